package dev.mailroom.search.internal.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the lines that introduce a quoted or forwarded message: attributions ("On ... wrote:"
 * and its German, French, Spanish, Italian, Dutch and Portuguese forms, also wrapped over two lines),
 * "-----Original Message-----" and "Forwarded message" separators, Apple Mail's "Begin forwarded
 * message:", and Outlook's header blocks ("From:" with "Sent:"/"Date:" and "To:"/"Subject:" below
 * it, optionally under a line of underscores). Only plain string tests, no regular expressions, so
 * each line costs time proportional to its length.
 */
final class ReplyHeaders {

    /** Longer lines are prose, not headers. */
    private static final int MAX_LENGTH = 300;
    /** How far below a "From:" line its "Sent:" and "To:" lines may be. */
    private static final int OUTLOOK_LINES = 8;
    /** A "<name> wrote:" without a date must be followed by a '>' line within this many lines. */
    private static final int WEAK_LOOKAHEAD = 3;

    /** Words that open a dated attribution: "On", "Am", "Le", "El", "Il (giorno)", "Op", "Em", ... */
    private static final List<String> OPENERS = List.of("on ", "am ", "le ", "el ", "il ", "op ", "em ", "den ", "at ");
    private static final List<String> VERBS = List.of(" wrote", " writes", " schrieb", " a écrit", " escribió",
            " ha scritto", " schreef", " escreveu", " skrev");
    private static final List<String> WEAK_ENDINGS = List.of(" wrote:", " writes:", " schrieb:", " a écrit :",
            " a écrit:", " escribió:", " ha scritto:", " schreef:", " escreveu:", " skrev:");
    private static final Map<String, Type> SEPARATORS = Map.ofEntries(
            Map.entry("original message", Type.BLOCK),
            Map.entry("ursprüngliche nachricht", Type.BLOCK),
            Map.entry("original-nachricht", Type.BLOCK),
            Map.entry("message d'origine", Type.BLOCK),
            Map.entry("mensaje original", Type.BLOCK),
            Map.entry("messaggio originale", Type.BLOCK),
            Map.entry("oorspronkelijk bericht", Type.BLOCK),
            Map.entry("mensagem original", Type.BLOCK),
            Map.entry("forwarded message", Type.FORWARD),
            Map.entry("weitergeleitete nachricht", Type.FORWARD),
            Map.entry("message transféré", Type.FORWARD),
            Map.entry("mensaje reenviado", Type.FORWARD),
            Map.entry("messaggio inoltrato", Type.FORWARD),
            Map.entry("doorgestuurd bericht", Type.FORWARD),
            Map.entry("mensagem encaminhada", Type.FORWARD));
    private static final Set<String> FORWARD_LINES = Set.of("begin forwarded message:",
            "anfang der weitergeleiteten nachricht:", "début du message réexpédié :", "début du message réexpédié:",
            "inicio del mensaje reenviado:");
    private static final int MAX_FIELD_NAME = 12;
    private static final Set<String> FROM = Set.of("from", "von", "de", "da", "van");
    private static final Set<String> SENT = Set.of("sent", "date", "gesendet", "datum", "envoyé", "enviado el",
            "enviado", "fecha", "data", "inviato", "verzonden");
    private static final Set<String> TO = Set.of("to", "subject", "an", "betreff", "à", "para", "asunto", "objet",
            "a", "oggetto", "aan", "onderwerp", "cc");

    private ReplyHeaders() {}

    /** What kind of header was found. */
    enum Type {
        /** "On ... wrote:" and its kin; a '>' quote usually follows. */
        ATTRIBUTION,
        /** "-----Original Message-----" or an Outlook "From:" block, followed by more header fields. */
        BLOCK,
        /** A forwarded message: what follows is never the author's own reply. */
        FORWARD
    }

    /** A header that starts at some line and takes {@code lines} lines (2 for a wrapped attribution). */
    record Found(int lines, Type type) {}

    /**
     * The reply header that starts at line {@code i}, or {@code null} when none does.
     *
     * @param quoted which lines are quoted with '>'; a quoted line is never a header
     */
    static Found find(String[] lines, int i, boolean[] quoted) {
        String line = lines[i];
        int a = firstNonBlank(line);
        int b = lastNonBlank(line) + 1;
        if (quoted[i] || b - a < 3 || b - a > MAX_LENGTH) {
            return null;
        }
        char first = line.charAt(a);
        if (first == '-') {
            Type type = separator(line.substring(a, b));
            return type == null ? null : new Found(1, type);
        }
        if (first == '_' && underscores(line.substring(a, b)) >= 20) {
            int next = nextContent(lines, i + 1, i + 3);
            return next >= 0 && fromField(lines[next]) ? new Found(1, Type.BLOCK) : null;
        }
        if (line.charAt(b - 1) == ':') {
            String lower = normalize(line.substring(a, b));
            if (FORWARD_LINES.contains(lower)) {
                return new Found(1, Type.FORWARD);
            }
            if (datedAttribution(lower) || weakAttribution(lower, lines, i, quoted)) {
                return new Found(1, Type.ATTRIBUTION);
            }
        }
        if (fromField(line) && outlookBlock(lines, i)) {
            return new Found(1, Type.BLOCK);
        }
        return wrappedAttribution(line, a, b, lines, i, quoted) ? new Found(2, Type.ATTRIBUTION) : null;
    }

    /** The type of a "----- Original Message -----" or "----- Forwarded message -----" line, or {@code null}. */
    private static Type separator(String t) {
        int a = 0;
        while (a < t.length() && t.charAt(a) == '-') {
            a++;
        }
        int b = t.length();
        while (b > a && t.charAt(b - 1) == '-') {
            b--;
        }
        if (a < 2 || t.length() - b < 2) {
            return null;
        }
        return SEPARATORS.get(normalize(t.substring(a, b).strip()));
    }

    /** "On Mon, 2 Mar 2020 at 10:00, Ann <ann@example.org> wrote:" and its translations: opener, digit, verb. */
    private static boolean datedAttribution(String lower) {
        if (!startsWithAny(lower, OPENERS)) {
            return false;
        }
        boolean digit = false;
        for (int k = 0; k < lower.length() && !digit; k++) {
            digit = Character.isDigit(lower.charAt(k));
        }
        if (!digit) {
            return false;
        }
        for (String verb : VERBS) {
            if (lower.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    /** "Ann Example wrote:" counts only when quoted lines follow, as prose may end like that too. */
    private static boolean weakAttribution(String lower, String[] lines, int i, boolean[] quoted) {
        for (String ending : WEAK_ENDINGS) {
            if (lower.endsWith(ending)) {
                int next = nextContent(lines, i + 1, i + 1 + WEAK_LOOKAHEAD);
                return next >= 0 && quoted[next];
            }
        }
        return false;
    }

    /** Gmail wraps a long attribution: "On Mon, Mar 2, 2020 at 10:00 AM Ann Example <" / "ann@example.org> wrote:". */
    private static boolean wrappedAttribution(String line, int a, int b, String[] lines, int i, boolean[] quoted) {
        if (i + 1 >= lines.length || quoted[i + 1] || b - a > MAX_LENGTH / 2 || !opens(line, a)) {
            return false;
        }
        String next = lines[i + 1];
        int nb = lastNonBlank(next);
        if (nb < 0 || next.charAt(nb) != ':' || next.length() > MAX_LENGTH / 2) {
            return false;
        }
        return datedAttribution(normalize(line.substring(a, b) + " " + next.strip()));
    }

    private static boolean opens(String line, int at) {
        for (String opener : OPENERS) {
            if (line.regionMatches(true, at, opener, 0, opener.length())) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonBlank(String s) {
        int k = 0;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The index of the last character that is not white space, or -1. */
    private static int lastNonBlank(String s) {
        int k = s.length() - 1;
        while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        return k;
    }

    private static boolean fromField(String line) {
        String name = fieldName(line);
        if (name == null || !FROM.contains(name)) {
            return false;
        }
        String value = line.substring(line.indexOf(':') + 1);
        for (int k = 0; k < value.length(); k++) {
            if (value.charAt(k) != '*' && !Character.isWhitespace(value.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean outlookBlock(String[] lines, int i) {
        boolean sent = false;
        boolean to = false;
        for (int j = i + 1; j < Math.min(lines.length, i + 1 + OUTLOOK_LINES) && !(sent && to); j++) {
            String name = fieldName(lines[j]);
            sent |= name != null && SENT.contains(name);
            to |= name != null && TO.contains(name);
        }
        return sent && to;
    }

    /**
     * The lower-case name of a header field line such as "Sent: ...", "*From:* ..." (Gmail writes
     * Outlook's bold names so) or "Envoyé : ...", or {@code null} when the line is no such field.
     */
    private static String fieldName(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == '*' || line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            k++;
        }
        int end = Math.min(line.length(), k + MAX_FIELD_NAME + 2);
        for (int c = k + 1; c < end; c++) {
            if (line.charAt(c) == ':') {
                return normalize(line.substring(k, c).replace("*", "")).strip();
            }
        }
        return null;
    }

    static int underscores(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) != '_') {
                return 0;
            }
        }
        return t.length();
    }

    /** The first non-blank line in {@code [from, to)}, or -1. */
    static int nextContent(String[] lines, int from, int to) {
        for (int j = from; j < Math.min(to, lines.length); j++) {
            if (!lines[j].isBlank()) {
                return j;
            }
        }
        return -1;
    }

    static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, with the non-breaking spaces that French punctuation and HTML bring read as spaces. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
