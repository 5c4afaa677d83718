package dev.mailroom.ingest.internal.mime;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Content-Type or Content-Disposition value split into its lower-case main value and
 * parameters. Parameters follow RFC 2231 (continuations {@code name*0*=}, {@code charset'lang'}
 * prefixes, percent escapes) and RFC 2047 encoded words, which many mailers put in {@code name=}.
 */
record MimeHeaderValue(String value, Map<String, String> params) {

    static final MimeHeaderValue EMPTY = new MimeHeaderValue("", Map.of());

    String param(String name) {
        return params.get(name);
    }

    static MimeHeaderValue parse(String header, Defects defects) {
        if (header == null || header.isBlank()) {
            return EMPTY;
        }
        List<String> pieces = split(header);
        String value = pieces.getFirst().trim().toLowerCase(Locale.ROOT);
        Map<String, String> plain = new HashMap<>();
        Map<String, TreeMap<Integer, String[]>> continued = new HashMap<>();
        for (int i = 1; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            int eq = piece.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = piece.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String raw = unquote(piece.substring(eq + 1).trim());
            int star = name.indexOf('*');
            if (star < 0) {
                plain.putIfAbsent(name, raw);
                continue;
            }
            String base = name.substring(0, star);
            String rest = name.substring(star + 1);
            boolean encoded = rest.endsWith("*") || rest.isEmpty();
            String number = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
            int index = number.isEmpty() ? 0 : parseIndex(number);
            continued.computeIfAbsent(base, k -> new TreeMap<>())
                    .putIfAbsent(index, new String[] {raw, encoded ? "*" : ""});
        }
        Map<String, String> params = new HashMap<>(plain);
        continued.forEach((name, parts) -> params.put(name, join(parts, defects)));
        params.replaceAll((k, v) -> EncodedWords.decode(v, defects));
        return new MimeHeaderValue(value, params);
    }

    private static int parseIndex(String number) {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Joins RFC 2231 segments; the first encoded segment names the charset for all of them. */
    private static String join(TreeMap<Integer, String[]> parts, Defects defects) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean first = true;
        for (String[] part : parts.values()) {
            String text = part[0];
            boolean encoded = !part[1].isEmpty();
            if (encoded && first) {
                int q1 = text.indexOf('\'');
                int q2 = q1 < 0 ? -1 : text.indexOf('\'', q1 + 1);
                if (q2 > 0) {
                    charset = text.substring(0, q1);
                    text = text.substring(q2 + 1);
                }
            }
            first = false;
            if (encoded) {
                percentDecode(text, bytes);
            } else {
                bytes.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        byte[] b = bytes.toByteArray();
        return Charsets.decode(b, 0, b.length, charset == null || charset.isBlank() ? null : charset, defects);
    }

    private static void percentDecode(String s, ByteArrayOutputStream out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && EncodedWords.hex(s.charAt(i + 1)) >= 0 && EncodedWords.hex(s.charAt(i + 2)) >= 0) {
                out.write(EncodedWords.hex(s.charAt(i + 1)) * 16 + EncodedWords.hex(s.charAt(i + 2)));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** Splits on semicolons outside quoted strings. */
    private static List<String> split(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\\' && quoted && i + 1 < header.length()) {
                cur.append(c).append(header.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                cur.append(c);
            } else if (c == ';' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.charAt(0) == '"') {
            int end = v.lastIndexOf('"');
            String inner = end > 0 ? v.substring(1, end) : v.substring(1);
            if (inner.indexOf('\\') < 0) {
                return inner;
            }
            StringBuilder b = new StringBuilder(inner.length());
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    c = inner.charAt(++i);
                }
                b.append(c);
            }
            return b.toString();
        }
        if (v.startsWith("\"")) {
            return v.substring(1);
        }
        return v;
    }
}
