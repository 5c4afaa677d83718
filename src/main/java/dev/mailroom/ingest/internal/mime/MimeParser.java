package dev.mailroom.ingest.internal.mime;

import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.DateSource;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.shared.EmailAddress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses raw RFC 822 messages into {@link ParsedMessage}s with mime4j's streaming parser. Never
 * throws for bad input: whatever is broken is described in {@link ParsedMessage#defects()}.
 * Stateless and thread-safe; one instance can serve all threads.
 */
public final class MimeParser {

    /** Attached messages inside attached messages are parsed this deep, then left as they are. */
    private static final int MAX_NESTING = 8;

    private static final MimeConfig CONFIG = MimeConfig.copy(MimeConfig.PERMISSIVE)
            .setMaxLineLen(-1)
            .setMaxHeaderLen(-1)
            .setMaxHeaderCount(-1)
            .setMaxContentLen(-1)
            .setMalformedHeaderStartsBody(false)
            .build();

    /**
     * Parses one message. A leading mbox {@code From } line is skipped.
     *
     * @param raw the message bytes
     * @param fileTime the file's modification time, used as the date when the headers give none; may
     *     be {@code null}
     */
    public ParsedMessage parse(byte[] raw, Instant fileTime) {
        return parse(raw, fileTime, 0);
    }

    private final boolean htmlToText;
    private final boolean attachmentText;

    /**
     * The full parser, as {@code mailroom parse} uses it: converts HTML-only bodies to text and
     * extracts the text of PDF, text and HTML attachments into {@link Attachment#text()}.
     */
    public MimeParser() {
        this(true, true);
    }

    private MimeParser(boolean htmlToText, boolean attachmentText) {
        this.htmlToText = htmlToText;
        this.attachmentText = attachmentText;
    }

    /**
     * A parser for storing messages, which does not turn HTML-only bodies into text and does not
     * read attachments for their text: the store keeps the raw bytes and reads the text when it
     * needs it, and HTML conversion and PDF reading are the most costly steps of parsing. Everything
     * else, defects included, is the same as {@link #MimeParser()}'s; {@link Attachment#text()} is
     * always {@code null}.
     */
    public static MimeParser forStorage() {
        return new MimeParser(false, false);
    }

    /**
     * A parser for the search index: HTML-only bodies become text and attachments' text is
     * extracted, within the limits described by {@link Attachment#text()}. Gives the same result as
     * {@link #MimeParser()}; named so that indexing says what it relies on.
     */
    public static MimeParser forIndexing() {
        return new MimeParser(true, true);
    }

    private ParsedMessage parse(byte[] raw, Instant fileTime, int depth) {
        Defects defects = new Defects();
        try {
            return parseOrThrow(raw == null ? new byte[0] : raw, fileTime, depth, defects);
        } catch (RuntimeException | StackOverflowError e) {
            defects.add("unparseable message: " + e);
            return empty(fileTime, defects);
        }
    }

    private ParsedMessage parseOrThrow(byte[] raw, Instant fileTime, int depth, Defects defects) {
        int start = bodyStart(raw);
        PartTreeBuilder tree = new PartTreeBuilder(defects, bytes -> depth < MAX_NESTING
                ? parse(bytes, null, depth + 1)
                : empty(null, new Defects()), attachmentText);
        MimeStreamParser parser = new MimeStreamParser(CONFIG, defects, null);
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        parser.setContentHandler(tree);
        try {
            parser.parse(new ByteArrayInputStream(raw, start, raw.length - start));
        } catch (MimeException | IOException e) {
            defects.add("MIME structure: " + e.getMessage());
        }
        Part root = tree.root == null ? new Part() : tree.root;
        return build(root, tree, fileTime, defects);
    }

    private ParsedMessage build(Part root, PartTreeBuilder tree, Instant fileTime, Defects defects) {
        BodyAssembler.Bodies bodies = BodyAssembler.assemble(root, htmlToText);
        List<EmailAddress> senders = addresses(root, "sender", defects);
        List<String> references = MessageIds.parse(root.header("references"));
        Dated dated = date(root, fileTime, defects);
        return new ParsedMessage(
                EncodedWords.decode(root.header("subject"), defects),
                addresses(root, "from", defects),
                senders.isEmpty() ? null : senders.getFirst(),
                addresses(root, "reply-to", defects),
                addresses(root, "to", defects),
                addresses(root, "cc", defects),
                addresses(root, "bcc", defects),
                dated.date,
                dated.source,
                MessageIds.first(root.header("message-id")),
                MessageIds.first(root.header("in-reply-to")),
                references,
                listId(root.header("list-id")),
                bodies.text(),
                bodies.html(),
                tree.attachments,
                defects.toList());
    }

    private static List<EmailAddress> addresses(Part root, String header, Defects defects) {
        List<String> values = root.headers(header);
        if (values.isEmpty()) {
            return List.of();
        }
        String name = canonical(header);
        if (values.size() == 1) {
            return Addresses.parse(name, values.getFirst(), defects);
        }
        return values.stream().flatMap(v -> Addresses.parse(name, v, defects).stream()).toList();
    }

    private static String canonical(String header) {
        return switch (header) {
            case "reply-to" -> "Reply-To";
            case "cc" -> "Cc";
            default -> Character.toUpperCase(header.charAt(0)) + header.substring(1);
        };
    }

    private record Dated(OffsetDateTime date, DateSource source) {}

    private static Dated date(Part root, Instant fileTime, Defects defects) {
        String header = root.header("date");
        if (header != null && !header.isBlank()) {
            OffsetDateTime date = LenientDates.parse(header);
            if (date != null) {
                return new Dated(date, DateSource.HEADER);
            }
            defects.add("unparseable Date header: " + header);
        } else {
            defects.add("missing Date header");
        }
        for (String received : root.headers("received")) {
            int semi = received.lastIndexOf(';');
            OffsetDateTime date = semi < 0 ? null : LenientDates.parse(received.substring(semi + 1));
            if (date != null) {
                return new Dated(date, DateSource.RECEIVED);
            }
        }
        if (fileTime != null) {
            return new Dated(OffsetDateTime.ofInstant(fileTime, ZoneOffset.UTC), DateSource.FILE_TIME);
        }
        return new Dated(null, DateSource.NONE);
    }

    private static String listId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int open = value.lastIndexOf('<');
        int close = value.lastIndexOf('>');
        if (open >= 0 && close > open + 1) {
            return value.substring(open + 1, close).strip();
        }
        return value.strip();
    }

    /** Skips a leading mbox {@code From } envelope line and blank lines before the headers. */
    static int bodyStart(byte[] raw) {
        int i = 0;
        if (raw.length >= 5 && raw[0] == 'F' && raw[1] == 'r' && raw[2] == 'o' && raw[3] == 'm' && raw[4] == ' ') {
            while (i < raw.length && raw[i] != '\n') {
                i++;
            }
            i++;
        }
        while (i < raw.length && (raw[i] == '\r' || raw[i] == '\n')) {
            i++;
        }
        return Math.min(i, raw.length);
    }

    private static ParsedMessage empty(Instant fileTime, Defects defects) {
        OffsetDateTime date = fileTime == null ? null : OffsetDateTime.ofInstant(fileTime, ZoneOffset.UTC);
        return new ParsedMessage(null, List.of(), null, List.of(), List.of(), List.of(), List.of(), date,
                date == null ? DateSource.NONE : DateSource.FILE_TIME, null, null, List.of(), null, "", null,
                List.of(), defects.toList());
    }
}
