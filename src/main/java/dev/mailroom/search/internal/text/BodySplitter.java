package dev.mailroom.search.internal.text;

/**
 * Cuts a plain-text message body into new text, quoted text and signature, so that search can
 * weigh what the author wrote above what they quote. The rules:
 *
 * <ul>
 *   <li>Lines starting with '>' (after at most three spaces; any depth) are quoted; '|' is not a
 *       quote marker. A short line right between two '>' lines, the first of them long, is quoted
 *       too: it is the tail of a quoted line that the mailer wrapped without repeating the marker.
 *   <li>A reply header (see {@link ReplyHeaders}) and everything after it to the end is quoted,
 *       unless the header (with its From/Sent/To lines, if any) is followed by '>' lines and new
 *       text comes after them (an interleaved or bottom-posted reply): then only the header and the
 *       '>' lines are quoted. A forwarded message is always quoted to the end.
 *   <li>The signature is looked for in the last 15 non-blank lines of the new text, before the quote
 *       that runs to the end or at the end (see {@link Signatures}), so never more than that many.
 * </ul>
 *
 * <p>Linear in the length of the text, with no regular expressions; stateless and thread-safe.
 */
public final class BodySplitter {

    private static final byte FRESH = 0;
    private static final byte QUOTED = 1;
    private static final byte SIGNATURE = 2;
    /** An Outlook or "Original Message" header block has at most this many lines. */
    private static final int MAX_FIELD_LINES = 10;
    /** A line this short between a header and its '>' quote ("&lt;snip&gt;", "...") does not hide the quote. */
    private static final int MAX_LEAD_IN = 20;
    /** A wrapped quote line's tail is at most this long, and the line it was cut from at least {@link #MIN_WRAPPED}. */
    private static final int MAX_FRAGMENT = 30;
    private static final int MIN_WRAPPED = 60;

    private BodySplitter() {}

    /** Splits {@code text} (lines ending in LF or CRLF); {@code null} counts as empty. */
    public static SplitBody split(String text) {
        if (text == null || text.isBlank()) {
            return SplitBody.EMPTY;
        }
        String[] lines = lines(text);
        int n = lines.length;
        boolean[] quoted = new boolean[n];
        byte[] kind = new byte[n];
        int lastPlain = -1;
        for (int i = 0; i < n; i++) {
            quoted[i] = isQuote(lines[i]);
        }
        for (int i = 0; i < n; i++) {
            quoted[i] |= wrapFragment(lines, quoted, i);
            if (quoted[i]) {
                kind[i] = QUOTED;
            } else if (!lines[i].isBlank()) {
                lastPlain = i;
            }
        }
        int freshLimit = markHeaders(lines, quoted, kind, lastPlain);
        markSignature(lines, kind, freshLimit);
        return assemble(lines, kind);
    }

    /** Marks reply headers and what they introduce; returns where a quote that runs to the end starts, else n. */
    private static int markHeaders(String[] lines, boolean[] quoted, byte[] kind, int lastPlain) {
        int n = lines.length;
        for (int i = 0; i < n; i++) {
            ReplyHeaders.Found header = ReplyHeaders.find(lines, i, quoted);
            if (header == null) {
                continue;
            }
            int end = i + header.lines();
            if (header.type() == ReplyHeaders.Type.BLOCK) {
                end = skipFields(lines, quoted, end, i + MAX_FIELD_LINES);
            }
            int quote = header.type() == ReplyHeaders.Type.FORWARD ? -1 : quoteAfter(lines, quoted, end);
            if (quote >= 0 && lastPlain > quote) {
                fill(kind, i, end, QUOTED);
                i = end - 1;
            } else {
                fill(kind, i, n, QUOTED);
                return i;
            }
        }
        return n;
    }

    /** Past the "From:", "Sent:", "To:" ... lines of a header block: up to a blank or '>' line. */
    private static int skipFields(String[] lines, boolean[] quoted, int from, int max) {
        int j = from;
        while (j < Math.min(lines.length, max) && !quoted[j] && !lines[j].isBlank()) {
            j++;
        }
        return j;
    }

    /**
     * The first '>' line of the quote a header introduces, or -1 when the header is followed by
     * unmarked text. A short lead-in such as "&lt;snip&gt;" or another "Ann wrote:" may come first.
     */
    private static int quoteAfter(String[] lines, boolean[] quoted, int from) {
        int next = ReplyHeaders.nextContent(lines, from, lines.length);
        if (next < 0 || quoted[next]) {
            return next;
        }
        String t = lines[next].strip();
        if (t.length() <= MAX_LEAD_IN || t.length() <= 100 && t.endsWith(":")) {
            int after = ReplyHeaders.nextContent(lines, next + 1, lines.length);
            return after >= 0 && quoted[after] ? after : -1;
        }
        return -1;
    }

    /**
     * Marks the signature at the end of the new text before {@code limit}. When the last run of new
     * text holds none and sits below a quote, the run above that quote is tried too: a reply whose
     * signature sits above an unattributed quote, with only a list's link below it.
     */
    private static void markSignature(String[] lines, byte[] kind, int limit) {
        int end = lastFresh(lines, kind, limit);
        int from = windowStart(lines, kind, end);
        if (end > 0 && !markSignature(lines, kind, from, end) && from > 0 && kind[from - 1] == QUOTED) {
            int before = lastFresh(lines, kind, from);
            if (before > 0) {
                markSignature(lines, kind, windowStart(lines, kind, before), before);
            }
        }
    }

    private static boolean markSignature(String[] lines, byte[] kind, int from, int end) {
        int start = Signatures.start(lines, from, end);
        if (start >= 0) {
            fill(kind, start, end, SIGNATURE);
        }
        return start >= 0;
    }

    /** One past the last non-blank line of new text before {@code limit}, or 0. */
    private static int lastFresh(String[] lines, byte[] kind, int limit) {
        int end = limit;
        while (end > 0 && (kind[end - 1] != FRESH || lines[end - 1].isBlank())) {
            end--;
        }
        return end;
    }

    /** Where the signature window ending at {@code end} starts: {@link Signatures#WINDOW} non-blank lines of new text up. */
    private static int windowStart(String[] lines, byte[] kind, int end) {
        int from = end;
        int nonBlank = 0;
        while (from > 0 && kind[from - 1] == FRESH && (nonBlank < Signatures.WINDOW || lines[from - 1].isBlank())) {
            from--;
            nonBlank += lines[from].isBlank() ? 0 : 1;
        }
        return from;
    }

    /**
     * Whether line {@code i} is the tail of a long '>' line that a mailer wrapped without repeating
     * the marker: short, right between two '>' lines, the first of them long.
     */
    private static boolean wrapFragment(String[] lines, boolean[] quoted, int i) {
        if (i == 0 || i + 1 >= lines.length || quoted[i] || !quoted[i - 1] || !quoted[i + 1]) {
            return false;
        }
        int length = lines[i].strip().length();
        return length > 0 && length <= MAX_FRAGMENT && lines[i - 1].length() >= MIN_WRAPPED;
    }

    static boolean isQuote(String line) {
        int k = 0;
        while (k < 3 && k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return k < line.length() && line.charAt(k) == '>';
    }

    private static String[] lines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!l.isEmpty() && l.charAt(l.length() - 1) == '\r') {
                lines[i] = l.substring(0, l.length() - 1);
            }
        }
        return lines;
    }

    private static void fill(byte[] kind, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            kind[i] = value;
        }
    }

    /** Each part's lines in order; where other lines came between two of its lines, a blank line. */
    private static SplitBody assemble(String[] lines, byte[] kind) {
        StringBuilder[] parts = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        int[] last = {-1, -1, -1};
        for (int i = 0; i < lines.length; i++) {
            StringBuilder b = parts[kind[i]];
            boolean blank = lines[i].isBlank();
            if ((blank || last[kind[i]] < i - 1) && !b.isEmpty() && !endsWithBlankLine(b)) {
                b.append('\n');
            }
            if (!blank) {
                b.append(lines[i]).append('\n');
            }
            last[kind[i]] = i;
        }
        return new SplitBody(parts[FRESH].toString().stripTrailing(), parts[QUOTED].toString().stripTrailing(),
                parts[SIGNATURE].toString().stripTrailing());
    }

    private static boolean endsWithBlankLine(StringBuilder b) {
        return b.length() >= 2 && b.charAt(b.length() - 1) == '\n' && b.charAt(b.length() - 2) == '\n';
    }
}
