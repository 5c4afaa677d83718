package dev.mailroom.ingest.internal.mime;

import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * One header field: lower-case name and the unfolded value, not yet RFC 2047-decoded. Raw 8-bit
 * bytes are read as UTF-8 when they validate, else as windows-1252.
 */
record HeaderField(String name, String value) {

    static HeaderField of(Field field) {
        String name = field.getNameLowerCase().trim();
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return new HeaderField(name, unfold(field.getBody()));
        }
        byte[] bytes = raw.toByteArray();
        int colon = 0;
        while (colon < bytes.length && bytes[colon] != ':') {
            colon++;
        }
        int start = Math.min(colon + 1, bytes.length);
        int len = bytes.length - start;
        String value = Charsets.isAscii(bytes, start, len)
                ? new String(bytes, start, len, StandardCharsets.ISO_8859_1)
                : new String(bytes, start, len, Charsets.isUtf8(bytes, start, len) ? StandardCharsets.UTF_8 : Charsets.WINDOWS_1252);
        return new HeaderField(name, unfold(value));
    }

    /** Removes line breaks of folded lines and trims the value. */
    static String unfold(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value.trim();
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\r' && c != '\n') {
                b.append(c);
            }
        }
        return b.toString().trim();
    }
}
