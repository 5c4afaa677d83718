package dev.mailroom.ingest.internal.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Decides from the first bytes of a file whether it holds mail, and recognises mbox envelope lines.
 *
 * <p>Envelope heuristic: a line is an mbox separator when it starts with {@code "From "}, followed
 * by a sender token without spaces, a space, and then somewhere a time ({@code H:MM} or {@code
 * HH:MM}) and a four-digit year, as in {@code From alice@example.org  Thu Aug 22 13:17:22 2002} or
 * Thunderbird's {@code From - Sat Jan  3 01:05:34 1996}. A body line such as {@code From the desk of
 * the editor, 2024} that an mboxo writer failed to escape therefore does not split the message.
 * Envelope lines with an empty sender are not recognised.
 */
final class MailSniffer {

    /** What the first bytes of a file look like. */
    enum Content {
        /** Nothing but line breaks. */
        EMPTY,
        /** Starts with an mbox envelope line: one or more messages. */
        MBOX,
        /** Starts with an RFC 5322 header block: one message. */
        MESSAGE,
        /** Anything else. */
        NOT_MAIL
    }

    /** Header fields of which at least one must appear before we call a header block mail. */
    private static final Set<String> KNOWN_FIELDS = Set.of(
            "from", "to", "cc", "subject", "date", "message-id", "received", "return-path",
            "delivered-to", "mime-version", "content-type", "sender", "reply-to", "in-reply-to",
            "references", "x-mailer", "envelope-to");

    private MailSniffer() {}

    /**
     * Classifies {@code bytes[0, length)}, the beginning of a file; {@code complete} tells whether
     * that is the whole file.
     */
    static Content classify(byte[] bytes, int length, boolean complete) {
        int start = skipLineBreaks(bytes, 0, length);
        if (start == length) {
            return complete ? Content.EMPTY : Content.NOT_MAIL;
        }
        int firstEnd = lineEnd(bytes, start, length);
        if (startsWithFrom(bytes, start, firstEnd)) {
            boolean envelope = isEnvelope(bytes, start, firstEnd)
                    || firstEnd < length && headerNameEnd(bytes, firstEnd, lineEnd(bytes, firstEnd, length)) > 0;
            return envelope ? Content.MBOX : Content.NOT_MAIL;
        }
        return isHeaderBlock(bytes, start, length, complete) ? Content.MESSAGE : Content.NOT_MAIL;
    }

    /** Whether {@code bytes[from, to)}, one line, is an mbox envelope line (see the class comment). */
    static boolean isEnvelope(byte[] bytes, int from, int to) {
        if (!startsWithFrom(bytes, from, to)) {
            return false;
        }
        int i = from + 5;
        int tokenStart = i;
        while (i < to && !isWhitespace(bytes[i])) {
            i++;
        }
        if (i == tokenStart || i == to || bytes[i] != ' ') {
            return false;
        }
        return hasTime(bytes, i, to) && hasYear(bytes, i, to);
    }

    static boolean startsWithFrom(byte[] b, int from, int to) {
        return to - from >= 5
                && b[from] == 'F'
                && b[from + 1] == 'r'
                && b[from + 2] == 'o'
                && b[from + 3] == 'm'
                && b[from + 4] == ' ';
    }

    /**
     * If the line {@code bytes[from, to)} is a header field ({@code Name: value}), the index of its
     * colon, otherwise -1. Field names are printable US-ASCII except the colon; whitespace between
     * name and colon (obsolete syntax) is accepted.
     */
    static int headerNameEnd(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] > 32 && bytes[i] < 127 && bytes[i] != ':') {
            i++;
        }
        if (i == from) {
            return -1;
        }
        while (i < to && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        return i < to && bytes[i] == ':' ? i : -1;
    }

    private static boolean isHeaderBlock(byte[] bytes, int start, int length, boolean complete) {
        boolean known = false;
        int i = start;
        while (i < length) {
            int end = lineEnd(bytes, i, length);
            if (end == length && !complete && bytes[end - 1] != '\n') {
                break; // cut off by the sniff window: judge by the lines seen so far
            }
            if (isBlank(bytes, i, end)) {
                break;
            }
            boolean continuation = i > start && (bytes[i] == ' ' || bytes[i] == '\t');
            if (!continuation) {
                int colon = headerNameEnd(bytes, i, end);
                if (colon < 0) {
                    return false;
                }
                known |= KNOWN_FIELDS.contains(fieldName(bytes, i, colon));
            }
            i = end;
        }
        return known;
    }

    private static String fieldName(byte[] bytes, int from, int colon) {
        return new String(bytes, from, colon - from, StandardCharsets.US_ASCII).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean hasTime(byte[] b, int from, int to) {
        for (int i = from + 1; i + 2 < to; i++) {
            if (b[i] == ':' && isDigit(b[i - 1]) && isDigit(b[i + 1]) && isDigit(b[i + 2])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasYear(byte[] b, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            run = isDigit(b[i]) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** The index just past the line starting at {@code from} (past its LF), or {@code length}. */
    static int lineEnd(byte[] bytes, int from, int length) {
        for (int i = from; i < length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return length;
    }

    private static int skipLineBreaks(byte[] bytes, int from, int length) {
        int i = from;
        while (i < length && (bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '\r' && b[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
