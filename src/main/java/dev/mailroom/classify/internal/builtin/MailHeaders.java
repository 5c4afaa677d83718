package dev.mailroom.classify.internal.builtin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level header fields of a raw message: the block before the first empty line, unfolded,
 * with RFC 2047 encoded words decoded, as a multimap whose names ignore case. A leading mbox
 * {@code From } line is skipped. Never throws on malformed input; lines that are not fields are
 * ignored.
 */
public final class MailHeaders {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\r\\n]*?)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private final Map<String, List<String>> fields;

    private MailHeaders(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** Reads the header block of {@code raw}; an empty or null message gives no fields. */
    public static MailHeaders parse(byte[] raw) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (raw == null) {
            return new MailHeaders(fields);
        }
        String block = new String(raw, 0, headerEnd(raw), StandardCharsets.UTF_8);
        String name = null;
        StringBuilder value = new StringBuilder();
        int n = block.length();
        for (int start = 0; start <= n; ) {
            int newline = block.indexOf('\n', start);
            int next = newline < 0 ? n + 1 : newline + 1;
            int end = newline < 0 ? n : newline;
            if (end > start && block.charAt(end - 1) == '\r') {
                end--;
            }
            String line = block.substring(start, end);
            boolean first = start == 0;
            start = next;
            if (first && line.startsWith("From ")) {
                continue;
            }
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (name != null) {
                    value.append(' ').append(line.strip());
                }
                continue;
            }
            add(fields, name, value);
            int colon = line.indexOf(':');
            boolean field = colon > 0 && printableName(line, colon);
            name = field ? line.substring(0, colon).toLowerCase(Locale.ROOT) : null;
            value.setLength(0);
            if (field) {
                value.append(line, colon + 1, line.length());
                trim(value);
            }
        }
        add(fields, name, value);
        return new MailHeaders(fields);
    }

    /** Whether the characters before {@code colon} are all printable ASCII other than space. */
    private static boolean printableName(String line, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (c <= 32 || c >= 127) {
                return false;
            }
        }
        return true;
    }

    /** Strips white space from both ends, as {@link String#strip()} does. */
    private static void trim(StringBuilder value) {
        int end = value.length();
        while (end > 0 && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        value.setLength(end);
        int begin = 0;
        while (begin < end && Character.isWhitespace(value.charAt(begin))) {
            begin++;
        }
        value.delete(0, begin);
    }

    /** All values of the field {@code name}, in message order; empty when absent. */
    public List<String> all(String name) {
        return fields.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The first value of the field {@code name}. */
    public Optional<String> first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether the message has the field {@code name}. */
    public boolean has(String name) {
        return !all(name).isEmpty();
    }

    /** The field names present, lower-cased, in order of first appearance. */
    public List<String> names() {
        return List.copyOf(fields.keySet());
    }

    private static void add(Map<String, List<String>> fields, String name, StringBuilder value) {
        if (name != null) {
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(decode(value.toString()));
        }
    }

    /** Offset of the empty line that ends the header block, or the length when there is none. */
    private static int headerEnd(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '\n') {
                continue;
            }
            int next = i + 1;
            if (next < raw.length && raw[next] == '\r') {
                next++;
            }
            if (next >= raw.length || raw[next] == '\n') {
                return i;
            }
        }
        return raw.length;
    }

    static String decode(String text) {
        if (text.indexOf("=?") < 0) {
            return text;
        }
        String joined = BETWEEN_WORDS.matcher(text).replaceAll("$1$2");
        Matcher m = ENCODED_WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decodeWord(m.group(1), m.group(2), m.group(3), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decodeWord(String charsetName, String encoding, String text, String original) {
        try {
            int star = charsetName.indexOf('*');
            Charset charset = Charset.forName(star > 0 ? charsetName.substring(0, star) : charsetName);
            byte[] bytes = encoding.equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(text) : quoted(text);
            return new String(bytes, charset);
        } catch (IllegalArgumentException e) {
            return original;
        }
    }

    private static byte[] quoted(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
