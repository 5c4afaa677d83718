package dev.mailroom.ingest.internal.mime;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words, decoded the way mail clients do: whitespace between adjacent encoded
 * words is dropped, adjacent words in the same charset are joined as bytes before decoding (so a
 * multi-byte character split across two words survives), sloppy base64 is repaired.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\r\\n]*?)\\?=");

    private EncodedWords() {}

    /** {@code text} with every encoded word decoded; text without {@code =?} is returned as is. */
    static String decode(String text, Defects defects) {
        if (text == null || text.indexOf("=?") < 0) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int last = 0;
        while (m.find()) {
            String between = text.substring(last, m.start());
            boolean adjacent = pendingCharset != null && between.isBlank();
            String charset = m.group(1);
            int star = charset.indexOf('*');
            if (star > 0) {
                charset = charset.substring(0, star);
            }
            if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset, defects);
                pendingCharset = null;
                if (!adjacent) {
                    out.append(between);
                }
            }
            byte[] bytes = isBase64(m.group(2)) ? base64(m.group(3), defects) : qDecode(m.group(3));
            pending.writeBytes(bytes);
            pendingCharset = charset;
            last = m.end();
        }
        flush(out, pending, pendingCharset, defects);
        out.append(text, last, text.length());
        return out.toString();
    }

    private static boolean isBase64(String encoding) {
        return encoding.charAt(0) == 'b' || encoding.charAt(0) == 'B';
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset, Defects defects) {
        if (charset != null && pending.size() > 0) {
            byte[] b = pending.toByteArray();
            out.append(Charsets.decode(b, 0, b.length, charset, defects));
        }
        pending.reset();
    }

    static byte[] qDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                writeChar(out, c);
            }
        }
        return out.toByteArray();
    }

    private static void writeChar(ByteArrayOutputStream out, char c) {
        if (c < 0x80) {
            out.write(c);
        } else {
            out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** Lenient base64: characters outside the alphabet are skipped, missing padding is tolerated. */
    static byte[] base64(String s, Defects defects) {
        StringBuilder clean = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
                clean.append(c);
            } else if (c == '=') {
                break;
            }
        }
        int rem = clean.length() % 4;
        if (rem == 1) {
            defects.add("bad base64 in encoded word");
            clean.setLength(clean.length() - 1);
        }
        try {
            return Base64.getDecoder().decode(padded(clean));
        } catch (IllegalArgumentException e) {
            defects.add("bad base64 in encoded word");
            return new byte[0];
        }
    }

    private static String padded(StringBuilder b) {
        while (b.length() % 4 != 0) {
            b.append('=');
        }
        return b.toString();
    }
}
