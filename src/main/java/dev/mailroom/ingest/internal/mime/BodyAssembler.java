package dev.mailroom.ingest.internal.mime;

import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.shared.EmailAddress;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chooses the text and HTML bodies from a {@link Part} tree. In multipart/alternative the
 * text/plain part is preferred for text and the last HTML part is kept as HTML; in
 * multipart/related only the root counts; other multiparts (mixed, report, unknown) concatenate
 * their inline text parts in order. A nested message/rfc822 contributes its text after a
 * "---------- Forwarded message ----------" block naming its From, Date, Subject and To. HTML is
 * turned into text with jsoup only for segments that have no text/plain alternative.
 */
final class BodyAssembler {

    static final String FORWARDED = "---------- Forwarded message ----------";

    /** A run of body content: its plain text and/or HTML, either may be null. */
    private record Segment(String plain, String html) {}

    /** The chosen bodies; {@code text} is never null, {@code html} may be. */
    record Bodies(String text, String html) {}

    private BodyAssembler() {}

    static Bodies assemble(Part root) {
        return assemble(root, true);
    }

    /** With {@code htmlToText} false, HTML-only segments add nothing to the text (jsoup is the costly part). */
    static Bodies assemble(Part root, boolean htmlToText) {
        List<Segment> segments = collect(root);
        List<String> texts = new ArrayList<>(segments.size());
        List<String> htmls = new ArrayList<>(1);
        for (Segment s : segments) {
            String text = s.plain != null ? s.plain : htmlToText ? HtmlText.toText(s.html) : "";
            if (!text.isBlank()) {
                texts.add(text.strip());
            }
            if (s.html != null) {
                htmls.add(s.html);
            }
        }
        String html = htmls.isEmpty() ? null : String.join("\n", htmls);
        return new Bodies(String.join("\n\n", texts).replace("\r\n", "\n").replace('\r', '\n'), html);
    }

    private static List<Segment> collect(Part p) {
        if (p.nested != null) {
            return List.of(new Segment(forwarded(p.nested), null));
        }
        if (!p.multipart || p.children.isEmpty()) {
            if (p.text == null) {
                return List.of();
            }
            return List.of(p.isHtml() ? new Segment(null, p.text) : new Segment(p.text, null));
        }
        return switch (p.mimeType) {
            case "multipart/alternative" -> alternative(p);
            case "multipart/related" -> collect(relatedRoot(p));
            default -> {
                List<Segment> all = new ArrayList<>();
                p.children.forEach(c -> all.addAll(collect(c)));
                yield all;
            }
        };
    }

    private static List<Segment> alternative(Part p) {
        String plain = null;
        String html = null;
        for (Part child : p.children) {
            List<Segment> segs = collect(child);
            String childPlain = join(segs.stream().map(Segment::plain).filter(s -> s != null).toList());
            String childHtml = join(segs.stream().map(Segment::html).filter(s -> s != null).toList());
            if (plain == null && childPlain != null) {
                plain = childPlain;
            }
            if (childHtml != null) {
                html = childHtml;
            }
        }
        return plain == null && html == null ? List.of() : List.of(new Segment(plain, html));
    }

    private static Part relatedRoot(Part p) {
        String start = p.contentType.param("start");
        if (start != null) {
            String id = start.replace("<", "").replace(">", "").strip();
            for (Part c : p.children) {
                String cid = c.header("content-id");
                if (cid != null && cid.replace("<", "").replace(">", "").strip().equals(id)) {
                    return c;
                }
            }
        }
        return p.children.getFirst();
    }

    private static String join(List<String> parts) {
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private static String forwarded(ParsedMessage m) {
        StringBuilder b = new StringBuilder(FORWARDED).append('\n');
        line(b, "From", addresses(m.from()));
        line(b, "Date", m.date() == null ? null : DateTimeFormatter.RFC_1123_DATE_TIME.format(m.date()));
        line(b, "Subject", m.subject());
        line(b, "To", addresses(m.to()));
        return b.append('\n').append(m.text()).toString();
    }

    private static void line(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append(name).append(": ").append(value).append('\n');
        }
    }

    private static String addresses(List<EmailAddress> list) {
        return list.stream().map(EmailAddress::toString).collect(Collectors.joining(", "));
    }
}
