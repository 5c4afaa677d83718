package dev.mailroom.ingest.internal.mime;

import dev.mailroom.ingest.ParsedMessage;
import java.util.ArrayList;
import java.util.List;

/** One entity of the MIME tree as {@link PartTreeBuilder} found it; mutable while parsing only. */
final class Part {

    final List<HeaderField> headers = new ArrayList<>();
    final List<Part> children = new ArrayList<>();
    MimeHeaderValue contentType = MimeHeaderValue.EMPTY;
    MimeHeaderValue disposition = MimeHeaderValue.EMPTY;
    /** The effective MIME type (mime4j's, which applies defaults), lower case. */
    String mimeType = "text/plain";
    boolean multipart;
    /** Decoded text when this leaf is a body candidate (text/plain or text/html, not an attachment). */
    String text;
    /** The parsed message when this leaf is message/rfc822. */
    ParsedMessage nested;
    byte[] preamble;

    /** The first value of the header {@code name} (lower case), or {@code null}. */
    String header(String name) {
        for (HeaderField f : headers) {
            if (f.name().equals(name)) {
                return f.value();
            }
        }
        return null;
    }

    List<String> headers(String name) {
        List<String> values = new ArrayList<>(2);
        for (HeaderField f : headers) {
            if (f.name().equals(name)) {
                values.add(f.value());
            }
        }
        return values;
    }

    boolean isHtml() {
        return mimeType.equals("text/html");
    }

    String filename() {
        String name = disposition.param("filename");
        if (name == null || name.isBlank()) {
            name = contentType.param("name");
        }
        return name == null || name.isBlank() ? null : name.strip();
    }
}
