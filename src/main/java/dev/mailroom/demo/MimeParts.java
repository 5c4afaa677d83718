package dev.mailroom.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** MIME body parts as strings: their own headers, a blank line, then the encoded content. */
final class MimeParts {

    private MimeParts() {}

    static String text(String subtype, String content) {
        String type = "Content-Type: text/" + subtype + "; charset=UTF-8\r\n";
        if (subtype.equals("plain") && MimeText.isPlainAscii(content)) {
            return type + "Content-Transfer-Encoding: 7bit\r\n\r\n" + MimeText.crlf(content);
        }
        return type + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + MimeText.crlf(MimeText.quotedPrintable(content));
    }

    static String calendar(String ics) {
        return "Content-Type: text/calendar; charset=UTF-8; method=REQUEST\r\n"
                + "Content-Transfer-Encoding: 7bit\r\n\r\n" + MimeText.crlf(ics);
    }

    static String attachment(String fileName, String mimeType, byte[] content) {
        return "Content-Type: " + mimeType + "; name=\"" + fileName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + MimeText.base64Lines(content);
    }

    static String message(byte[] rfc822) {
        return "Content-Type: message/rfc822\r\n"
                + "Content-Disposition: inline\r\n\r\n" + new String(rfc822, StandardCharsets.UTF_8);
    }

    /** A multipart entity: its Content-Type header, a blank line, the parts between boundaries. */
    static String multipart(String subtype, String boundary, List<String> parts) {
        StringBuilder out = new StringBuilder();
        out.append("Content-Type: multipart/").append(subtype).append(";\r\n boundary=\"").append(boundary)
                .append("\"\r\n\r\n");
        out.append("This is a multi-part message in MIME format.\r\n");
        for (String part : parts) {
            out.append("\r\n--").append(boundary).append("\r\n").append(part);
        }
        out.append("\r\n--").append(boundary).append("--\r\n");
        return out.toString();
    }
}
