package dev.mailroom.ingest.internal.files;

import dev.mailroom.ingest.MessageFlag;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/** Reads what Maildir encodes in names: message flags and Maildir++ folder names. */
final class MaildirNames {

    private MaildirNames() {}

    /**
     * The flags in a {@code cur/} file name's info suffix {@code :2,FLAGS}; {@code !2,} and {@code
     * ;2,} (used where {@code :} is not allowed in file names) work too. Lower-case letters are
     * Dovecot keywords and are ignored.
     */
    static Set<MessageFlag> flags(String fileName) {
        int info = Math.max(fileName.lastIndexOf(":2,"), Math.max(fileName.lastIndexOf("!2,"), fileName.lastIndexOf(";2,")));
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        if (info < 0) {
            return flags;
        }
        for (int i = info + 3; i < fileName.length(); i++) {
            switch (fileName.charAt(i)) {
                case 'S' -> flags.add(MessageFlag.SEEN);
                case 'R' -> flags.add(MessageFlag.ANSWERED);
                case 'F' -> flags.add(MessageFlag.FLAGGED);
                case 'T' -> flags.add(MessageFlag.DELETED);
                case 'D' -> flags.add(MessageFlag.DRAFT);
                case 'P' -> flags.add(MessageFlag.PASSED);
                default -> {}
            }
        }
        return flags;
    }

    /**
     * The folder of a Maildir++ subfolder directory: {@code .Work.Projects} becomes {@code
     * Work/Projects}; IMAP modified UTF-7 ({@code &AOQ-}) is decoded.
     */
    static String subfolder(String directoryName) {
        String[] parts = directoryName.substring(1).split("\\.", -1);
        StringBuilder folder = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (!folder.isEmpty()) {
                folder.append('/');
            }
            folder.append(decodeModifiedUtf7(part));
        }
        return folder.toString();
    }

    /** Whether a directory name is a Maildir++ subfolder candidate (hidden, not {@code .} or {@code ..}). */
    static boolean isSubfolderName(String name) {
        return name.length() > 1 && name.charAt(0) == '.' && !name.equals("..");
    }

    static String decodeModifiedUtf7(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '&' ? text.indexOf('-', i + 1) : -1;
            if (end < 0) {
                out.append(c);
                i++;
            } else if (end == i + 1) {
                out.append('&');
                i = end + 1;
            } else {
                out.append(decodeBase64Utf16(text.substring(i + 1, end)));
                i = end + 1;
            }
        }
        return out.toString();
    }

    private static String decodeBase64Utf16(String encoded) {
        try {
            // Java's decoder does not require the padding that modified UTF-7 leaves out
            byte[] utf16 = Base64.getDecoder().decode(encoded.replace(',', '/'));
            return new String(utf16, StandardCharsets.UTF_16BE);
        } catch (IllegalArgumentException e) {
            return "&" + encoded + "-"; // not valid modified UTF-7: keep the name as it is
        }
    }
}
