package dev.mailroom.ingest.internal.mime;

import java.util.ArrayList;
import java.util.List;

/** Message ids of Message-ID, In-Reply-To and References, without angle brackets; junk between is skipped. */
final class MessageIds {

    private MessageIds() {}

    static List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        int i = 0;
        while ((i = value.indexOf('<', i)) >= 0) {
            int end = value.indexOf('>', i + 1);
            if (end < 0) {
                break;
            }
            String id = strip(value.substring(i + 1, end));
            if (!id.isEmpty()) {
                ids.add(id);
            }
            i = end + 1;
        }
        if (ids.isEmpty()) {
            for (String token : value.split("[\\s,]+")) {
                String t = strip(token.replace("<", "").replace(">", ""));
                if (t.indexOf('@') > 0) {
                    ids.add(t);
                }
            }
        }
        return ids;
    }

    /** The first id, else the trimmed value itself when it is a single token. */
    static String first(String value) {
        List<String> ids = parse(value);
        if (!ids.isEmpty()) {
            return ids.getFirst();
        }
        if (value == null) {
            return null;
        }
        String t = strip(value.replace("<", "").replace(">", ""));
        return t.isEmpty() || t.indexOf(' ') >= 0 ? null : t;
    }

    private static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
