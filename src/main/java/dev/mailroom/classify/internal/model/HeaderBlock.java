package dev.mailroom.classify.internal.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The raw header fields of a message: the text before the first empty line, unfolded. */
record HeaderBlock(List<Field> fields) {

    /** One header field: lower-case name and its unfolded value. */
    record Field(String name, String value) {}

    HeaderBlock {
        fields = List.copyOf(fields);
    }

    static HeaderBlock of(byte[] raw) {
        if (raw == null) {
            return new HeaderBlock(List.of());
        }
        String head = new String(raw, 0, headerEnd(raw), StandardCharsets.ISO_8859_1);
        List<Field> fields = new ArrayList<>();
        StringBuilder current = null;
        for (String line : head.split("\r?\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (current != null) {
                    current.append(' ').append(line.strip());
                }
                continue;
            }
            add(fields, current);
            current = line.indexOf(':') > 0 ? new StringBuilder(line) : null;
        }
        add(fields, current);
        return new HeaderBlock(fields);
    }

    private static int headerEnd(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                return i;
            }
        }
        return raw.length;
    }

    private static void add(List<Field> fields, StringBuilder line) {
        if (line == null) {
            return;
        }
        int colon = line.indexOf(":");
        String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && name.length() <= 60 && name.indexOf(' ') < 0) {
            fields.add(new Field(name, line.substring(colon + 1).strip()));
        }
    }

    /** The first value of the named header (lower-case name), or {@code null}. */
    String first(String name) {
        for (Field field : fields) {
            if (field.name().equals(name)) {
                return field.value();
            }
        }
        return null;
    }

    int count(String name) {
        int n = 0;
        for (Field field : fields) {
            if (field.name().equals(name)) {
                n++;
            }
        }
        return n;
    }
}
