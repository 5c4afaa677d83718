package dev.mailroom.ingest;

import dev.mailroom.shared.EmailAddress;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented JSON shape of a {@link ParsedMessage}, as printed by {@code mailroom parse --json}
 * and used by the golden tests.
 */
public final class ParsedMessageJson {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ParsedMessageJson() {}

    /**
     * The message as an ordered map with exactly the keys {@code file, subject, from, sender,
     * reply_to, to, cc, bcc, date, message_id, in_reply_to, references, list_id, text, html,
     * attachments, defects}, followed by {@code date_source} and {@code date_flagged}. Absent values
     * are {@code null}; addresses are {@code {name, address}} maps; the date is ISO-8601 with its
     * offset, for example {@code 2002-08-22T18:26:25+07:00}. Each attachment has the keys {@code
     * filename, content_type, size, sha256, content_id, inline, text_chars}, the last being the
     * length of its extracted text (the text itself is left out), or {@code null} when none was
     * extracted.
     */
    public static Map<String, Object> toJson(String file, ParsedMessage m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("subject", m.subject());
        json.put("from", addresses(m.from()));
        json.put("sender", m.sender() == null ? null : address(m.sender()));
        json.put("reply_to", addresses(m.replyTo()));
        json.put("to", addresses(m.to()));
        json.put("cc", addresses(m.cc()));
        json.put("bcc", addresses(m.bcc()));
        json.put("date", formatDate(m.date()));
        json.put("message_id", m.messageId());
        json.put("in_reply_to", m.inReplyTo());
        json.put("references", m.references());
        json.put("list_id", m.listId());
        json.put("text", m.text());
        json.put("html", m.html());
        json.put("attachments", m.attachments().stream().map(ParsedMessageJson::attachment).toList());
        json.put("defects", m.defects());
        json.put("date_source", m.dateSource() == null ? null : m.dateSource().name().toLowerCase(java.util.Locale.ROOT));
        json.put("date_flagged", m.dateFlagged());
        return json;
    }

    /** The date as written in the JSON view: ISO-8601 with seconds and offset, or {@code null}. */
    public static String formatDate(OffsetDateTime date) {
        return date == null ? null : ISO.format(date);
    }

    private static List<Map<String, Object>> addresses(List<EmailAddress> list) {
        List<Map<String, Object>> out = new ArrayList<>(list.size());
        list.forEach(a -> out.add(address(a)));
        return out;
    }

    private static Map<String, Object> address(EmailAddress a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("address", a.address());
        return m;
    }

    private static Map<String, Object> attachment(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filename", a.filename());
        m.put("content_type", a.contentType());
        m.put("size", a.size());
        m.put("sha256", a.sha256());
        m.put("content_id", a.contentId());
        m.put("inline", a.inline());
        m.put("text_chars", a.text() == null ? null : a.text().length());
        return m;
    }
}
