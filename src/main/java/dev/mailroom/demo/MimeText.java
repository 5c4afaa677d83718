package dev.mailroom.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The few encodings a hand-written RFC 822 message needs: CRLF, quoted-printable, RFC 2047, base64. */
final class MimeText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MimeText() {}

    static boolean isPlainAscii(String text) {
        for (String line : text.split("\n", -1)) {
            if (line.length() > 76) {
                return false;
            }
        }
        return text.chars().allMatch(c -> c == '\n' || (c >= 32 && c < 127));
    }

    /** Normalises line breaks to CRLF and makes sure the text ends with one. */
    static String crlf(String text) {
        String lf = text.replace("\r\n", "\n");
        if (!lf.endsWith("\n")) {
            lf += "\n";
        }
        return lf.replace("\n", "\r\n");
    }

    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            encodeLine(lines[i], out);
            if (i < lines.length - 1) {
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    private static void encodeLine(String line, StringBuilder out) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int column = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean last = i == bytes.length - 1;
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last);
            String token = literal ? String.valueOf((char) b) : "=" + HEX[b >> 4] + HEX[b & 0xf];
            if (column + token.length() > 75) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(token);
            column += token.length();
        }
    }

    /** A header value, as an RFC 2047 encoded word when it is not plain ASCII. */
    static String headerWord(String text) {
        if (text.chars().allMatch(c -> c >= 32 && c < 127)) {
            return text;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** A display name and address for From/To/Cc, quoting or encoding the name as needed. */
    static String mailbox(Person person) {
        String name = person.name();
        if (name.chars().allMatch(c -> c >= 32 && c < 127)) {
            boolean special = name.chars().anyMatch(c -> "()<>[]:;@\\,.\"".indexOf(c) >= 0);
            name = special ? "\"" + name.replace("\"", "\\\"") + "\"" : name;
        } else {
            name = headerWord(name);
        }
        return name + " <" + person.email() + ">";
    }

    static String base64Lines(byte[] bytes) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes)
                + "\r\n";
    }

    /** Folds a header at spaces so that no line passes 78 characters. */
    static String fold(String name, String value) {
        StringBuilder out = new StringBuilder(name).append(':');
        int column = out.length();
        for (String word : List.of(value.split(" "))) {
            if (column + 1 + word.length() > 78 && column > name.length() + 1) {
                out.append("\r\n");
                column = 0;
            }
            out.append(' ').append(word);
            column += 1 + word.length();
        }
        return out.append("\r\n").toString();
    }
}
