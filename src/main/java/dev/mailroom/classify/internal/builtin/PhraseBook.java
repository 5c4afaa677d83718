package dev.mailroom.classify.internal.builtin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several {@link Phrases} sets looked for in one pass over a text.
 *
 * <p>Trying a regular expression at every word for each set was most of what classification cost.
 * Here the text is walked once; at each place a word can start, its first two characters pick the
 * few phrases (of any set) that can start there, from a table built once. Plain phrases, most of
 * them, are compared as text; only the others run as regular expressions, and not at all in a text
 * that lacks a word they must contain. A phrase that cannot be indexed by its start is tried at
 * every word.
 * Thread-safe: a {@link Scan} holds what one text needs.
 */
final class PhraseBook {

    private static final Phrase[] NONE = new Phrase[0];
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private final List<Phrases> sets;
    /** Candidates by first two characters when both are ASCII, as {@code c0 << 7 | c1}. */
    private final Phrase[][] ascii = new Phrase[128 * 128][];
    private final List<Phrase> all;
    private final int regexCount;
    /** The regular expressions that need a word in the text, with that word: skipped when the text lacks it. */
    private final Phrase[] unindexed;
    private final ConcurrentHashMap<Integer, Phrase[]> other = new ConcurrentHashMap<>();

    /**
     * One phrase of one set. {@code order} is its place among all phrases: set first, then its place
     * in the set, the order in which phrases are tried at a position.
     */
    private record Phrase(int set, int order, String text, String optional, Pattern regex, int regexIndex,
            String firstTwo, String firstChars, String required, int requiredIndex) {

        /** Where this phrase ends when it starts at {@code i}, or -1. */
        int matchAt(String s, int i, Scan scan) {
            if (regex == null) {
                if (!s.startsWith(text, i)) {
                    return -1;
                }
                int end = i + text.length();
                if (!optional.isEmpty() && end < s.length() && s.charAt(end) == optional.charAt(0) && !wordAt(s, end + 1)) {
                    return end + 1;
                }
                return wordAt(s, end) ? -1 : end;
            }
            Matcher m = scan.matcher(this, s);
            m.region(i, s.length());
            return m.lookingAt() ? m.end() : -1;
        }

        boolean startsWith(char c0, char c1) {
            if (firstTwo != null) {
                return firstTwo.charAt(0) == c0 && firstTwo.charAt(1) == c1;
            }
            return firstChars == null || firstChars.indexOf(c0) >= 0;
        }
    }

    private PhraseBook(List<Phrases> sets) {
        this.sets = List.copyOf(sets);
        List<Phrase> phrases = new ArrayList<>();
        int regexes = 0;
        int required = 0;
        List<Phrase> tried = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            for (String p : sets.get(s).phrases()) {
                String[] literal = Phrases.literal(p);
                String first = Phrases.firstCharacters(p);
                String need = literal == null ? Phrases.requiredLiteral(p) : null;
                Phrase phrase = literal != null
                        ? new Phrase(s, phrases.size(), literal[0], literal[1], null, -1, Phrases.firstTwo(p), first, null, -1)
                        : new Phrase(s, phrases.size(), null, null, Pattern.compile("(?:" + p + ")" + AFTER), regexes++,
                                Phrases.firstTwo(p), first, need, need == null ? -1 : required++);
                phrases.add(phrase);
                if (phrase.requiredIndex() >= 0) {
                    tried.add(phrase);
                }
            }
        }
        this.all = List.copyOf(phrases);
        this.regexCount = regexes;
        this.unindexed = tried.toArray(Phrase[]::new);
        for (char c0 = 0; c0 < 128; c0++) {
            Phrase[] firstOnly = select(c0, '\u0000');
            for (char c1 = 0; c1 < 128; c1++) {
                boolean pair = false;
                for (Phrase p : all) {
                    if (p.firstTwo() != null && p.firstTwo().charAt(0) == c0 && p.firstTwo().charAt(1) == c1) {
                        pair = true;
                        break;
                    }
                }
                ascii[c0 << 7 | c1] = pair ? select(c0, c1) : firstOnly;
            }
        }
    }

    /** A book of these sets; a set must be in the book to be asked about in its scans. */
    static PhraseBook of(Phrases... sets) {
        return new PhraseBook(List.of(sets));
    }

    private Phrase[] select(char c0, char c1) {
        List<Phrase> out = new ArrayList<>();
        for (Phrase p : all) {
            if (p.startsWith(c0, c1)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingInt(Phrase::order));
        return out.isEmpty() ? NONE : out.toArray(Phrase[]::new);
    }

    private Phrase[] candidates(char c0, char c1) {
        if (c0 < 128 && c1 < 128) {
            return ascii[c0 << 7 | c1];
        }
        return other.computeIfAbsent(c0 << 16 | c1, k -> select(c0, c1));
    }

    private static boolean wordAt(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c < 128 ? ASCII_WORD[c] : isWord(c);
    }

    /** A letter or a number, as {@code [\p{L}\p{N}]} has it. */
    private static boolean isWord(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Finds every phrase of every set in {@code text}, in one pass. */
    Scan scan(String text) {
        return new Scan(text);
    }

    /** The phrases found in one text, by set. */
    final class Scan {

        private final String text;
        private final Matcher[] matchers = new Matcher[regexCount];
        /** Per set, the starts and ends of its matches, in order. */
        private final int[][] matches = new int[sets.size()][];
        private final int[] count = new int[sets.size()];

        private Scan(String text) {
            this.text = text;
            boolean[] present = new boolean[unindexed.length];
            for (Phrase p : unindexed) {
                present[p.requiredIndex()] = text.contains(p.required());
            }
            int[] nextAllowed = new int[sets.size()];
            int n = text.length();
            boolean afterWord = false;
            for (int i = 0; i < n; i++) {
                char c0 = text.charAt(i);
                boolean word = c0 < 128 ? ASCII_WORD[c0] : isWord(c0);
                if (afterWord) {
                    afterWord = word;
                    continue;
                }
                afterWord = word;
                Phrase[] candidates = candidates(c0, i + 1 < n ? text.charAt(i + 1) : '\u0000');
                for (Phrase p : candidates) {
                    int s = p.set();
                    if (nextAllowed[s] > i || (p.requiredIndex() >= 0 && !present[p.requiredIndex()])) {
                        continue;
                    }
                    int end = p.matchAt(text, i, this);
                    if (end >= 0) {
                        add(s, i, end);
                        nextAllowed[s] = Math.max(end, i + 1);
                    }
                }
            }
        }

        private Matcher matcher(Phrase p, String s) {
            Matcher m = matchers[p.regexIndex()];
            if (m == null) {
                m = p.regex().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[p.regexIndex()] = m;
            }
            return m;
        }

        private void add(int set, int start, int end) {
            int[] m = matches[set];
            if (m == null) {
                m = new int[8];
            } else if (count[set] * 2 == m.length) {
                m = Arrays.copyOf(m, m.length * 2);
            }
            m[count[set] * 2] = start;
            m[count[set] * 2 + 1] = end;
            matches[set] = m;
            count[set]++;
        }

        private int index(Phrases set) {
            int s = sets.indexOf(set);
            if (s < 0) {
                throw new IllegalArgumentException("these phrases are not in the book");
            }
            return s;
        }

        /**
         * The distinct phrases of {@code set} found between {@code from} and {@code to}, at most
         * {@code limit}, as they first appear; a plural and its singular count once.
         */
        List<String> found(Phrases set, int from, int to, int limit) {
            int s = index(set);
            List<String> keys = new ArrayList<>();
            List<String> out = new ArrayList<>();
            int[] m = matches[s];
            for (int k = 0; k < count[s] && out.size() < limit; k++) {
                int start = m[2 * k];
                int end = m[2 * k + 1];
                if (start < from || end > to) {
                    continue;
                }
                String phrase = text.substring(start, end).strip();
                String key = phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
                if (!keys.contains(key)) {
                    keys.add(key);
                    out.add(phrase);
                }
            }
            return List.copyOf(out);
        }

        /** Whether a phrase of {@code set} was found between {@code from} and {@code to}. */
        boolean in(Phrases set, int from, int to) {
            int s = index(set);
            int[] m = matches[s];
            for (int k = 0; k < count[s]; k++) {
                if (m[2 * k] >= from && m[2 * k + 1] <= to) {
                    return true;
                }
            }
            return false;
        }
    }
}
