package dev.mailroom.classify.internal.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of phrases, each a small regular expression, found as whole words in lower-case text.
 *
 * <p>One alternation of dozens of phrases tried at every character is what made classification
 * slow, so the phrases are grouped by the character they can start with: at each word start only
 * the group of that character is tried. Within a group the phrases keep their order, so a match is
 * the one the full alternation would find.
 */
final class Phrases {

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    private final Pattern any;
    private final Map<Character, Pattern> byFirst;
    private final Pattern unknownFirst;
    /** {@link #byFirst} for ASCII characters, where nearly every word starts: no boxing, no hashing. */
    private final Pattern[] ascii = new Pattern[128];
    /** The phrases that can start with two given characters (as {@code c0 << 16 | c1}): most word starts have none. */
    private final Map<Integer, Pattern> byFirstTwo;

    /** The same phrases without those whose start is not plain, for texts that lack their {@link #literals}; null when there is none. */
    private Phrases known;
    /** Text that each phrase whose start is not plain must contain; null when one of them has none. */
    private List<String> literals;

    private Phrases(Pattern any, Map<Character, Pattern> byFirst, Pattern unknownFirst, Map<Integer, Pattern> byFirstTwo) {
        this.any = any;
        this.byFirst = byFirst;
        this.unknownFirst = unknownFirst;
        this.byFirstTwo = byFirstTwo;
        for (char c = 0; c < 128; c++) {
            ascii[c] = byFirst.getOrDefault(c, unknownFirst);
        }
    }

    /** Phrases given as regular expressions (without groups that capture). */
    static Phrases of(String... phrases) {
        Phrases all = build(phrases);
        List<String> knownStart = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        for (String p : phrases) {
            if (firstCharacters(p) != null) {
                knownStart.add(p);
            } else {
                String literal = requiredLiteral(p);
                if (literal == null) {
                    return all;
                }
                literals.add(literal);
            }
        }
        if (!literals.isEmpty() && !knownStart.isEmpty()) {
            all.known = build(knownStart.toArray(String[]::new));
            all.literals = literals;
        }
        return all;
    }

    /**
     * The longest run of plain letters (four or more) outside groups, classes and escapes, which
     * every match of the phrase contains; null when there is none.
     */
    static String requiredLiteral(String phrase) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\') {
                plain.append('\u0000');
                i++;
                if (i + 1 < phrase.length() && phrase.charAt(i) == 'p' && phrase.charAt(i + 1) == '{') {
                    i = phrase.indexOf('}', i);
                }
            } else if (c == '(' || c == '[') {
                depth++;
                plain.append('\u0000');
            } else if (c == ')' || c == ']') {
                depth--;
                plain.append('\u0000');
            } else if (depth > 0 || !Character.isLetter(c)) {
                plain.append('\u0000');
            } else if (i + 1 < phrase.length() && "?*{".indexOf(phrase.charAt(i + 1)) >= 0) {
                plain.append('\u0000');
            } else {
                plain.append(c);
            }
        }
        String best = null;
        for (String run : plain.toString().split("\u0000")) {
            if (run.length() >= 4 && (best == null || run.length() > best.length())) {
                best = run;
            }
        }
        return best;
    }

    /** The phrases to try on {@code text}: without those whose required text it lacks. */
    private Phrases forText(String text) {
        if (known == null) {
            return this;
        }
        for (String literal : literals) {
            if (text.contains(literal)) {
                return this;
            }
        }
        return known;
    }

    private static Phrases build(String... phrases) {
        int n = phrases.length;
        String[] first = new String[n];
        String[] two = new String[n];
        for (int i = 0; i < n; i++) {
            first[i] = firstCharacters(phrases[i]);
            two[i] = firstTwo(phrases[i]);
        }
        // a word start whose two characters no phrase begins with tries the phrases known by one character only
        Map<Character, Pattern> byFirst = new HashMap<>();
        Map<Integer, Pattern> byFirstTwo = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (first[i] == null) {
                unknown.add(phrases[i]);
            }
        }
        java.util.Set<Character> chars = new java.util.TreeSet<>();
        for (String f : first) {
            if (f != null) {
                f.chars().forEach(c -> chars.add((char) c));
            }
        }
        for (char c : chars) {
            List<String> group = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (first[i] == null || (two[i] == null && first[i].indexOf(c) >= 0)) {
                    group.add(phrases[i]);
                }
            }
            if (!group.isEmpty()) {
                byFirst.put(c, compile(group));
            }
        }
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (String t : two) {
            if (t != null) {
                keys.add(t);
            }
        }
        for (String key : keys) {
            List<String> group = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (first[i] == null || key.equals(two[i]) || (two[i] == null && first[i].indexOf(key.charAt(0)) >= 0)) {
                    group.add(phrases[i]);
                }
            }
            byFirstTwo.put(key.charAt(0) << 16 | key.charAt(1), compile(group));
        }
        return new Phrases(compile(List.of(phrases)), byFirst, unknown.isEmpty() ? null : compile(unknown), byFirstTwo);
    }

    /** The two characters a phrase surely starts with, when both are plain literals; else null. */
    static String firstTwo(String phrase) {
        String meta = "\\()[].^$|?*+{}";
        if (phrase.length() < 2 || meta.indexOf(phrase.charAt(0)) >= 0 || meta.indexOf(phrase.charAt(1)) >= 0) {
            return null;
        }
        if (phrase.length() > 2 && "?*{".indexOf(phrase.charAt(2)) >= 0) {
            return null;
        }
        return phrase.substring(0, 2);
    }

    private static Pattern compile(List<String> phrases) {
        return Pattern.compile(BEFORE + "(?:" + String.join("|", phrases) + ")" + AFTER);
    }

    /**
     * The characters a phrase can start with, or null when that is not plain to see (a group, a
     * class, an escape other than {@code \d}, an anchor, or a first character that is optional).
     */
    static String firstCharacters(String phrase) {
        if (phrase.isEmpty()) {
            return null;
        }
        char c = phrase.charAt(0);
        int next = 1;
        String chars;
        if (c == '\\') {
            if (phrase.length() < 2) {
                return null;
            }
            char e = phrase.charAt(1);
            next = 2;
            if (e == 'd') {
                chars = "0123456789";
            } else if (!Character.isLetterOrDigit(e)) {
                chars = String.valueOf(e);
            } else {
                return null;
            }
        } else if ("([.^$|?*+{)]".indexOf(c) >= 0) {
            return null;
        } else {
            chars = String.valueOf(c);
        }
        if (next < phrase.length() && "?*{".indexOf(phrase.charAt(next)) >= 0) {
            return null;
        }
        return chars;
    }

    /**
     * The distinct phrases found in {@code text}, at most {@code limit}, as they first appear; a plural
     * and its singular ("offer", "offers") count once.
     */
    List<String> found(String text, int limit) {
        Phrases p = forText(text);
        return p == this ? search(text, limit) : p.search(text, limit);
    }

    private List<String> search(String text, int limit) {
        Map<String, String> found = new LinkedHashMap<>();
        Map<Pattern, Matcher> matchers = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n && found.size() < limit) {
            int end = matchAt(text, i, matchers);
            if (end < 0) {
                i = nextStart(text, i);
                continue;
            }
            String phrase = text.substring(i, end).strip();
            found.putIfAbsent(phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase, phrase);
            i = Math.max(end, i + 1);
        }
        return List.copyOf(found.values());
    }

    boolean in(String text) {
        Phrases p = forText(text);
        return p == this ? contains(text) : p.contains(text);
    }

    private boolean contains(String text) {
        Map<Pattern, Matcher> matchers = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (matchAt(text, i, matchers) >= 0) {
                return true;
            }
            i = nextStart(text, i);
        }
        return false;
    }

    /** Where a phrase starting at {@code i} ends, or -1. */
    private int matchAt(String text, int i, Map<Pattern, Matcher> matchers) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return -1;
        }
        char c = text.charAt(i);
        Pattern p = i + 1 < text.length() ? byFirstTwo.get(c << 16 | text.charAt(i + 1)) : null;
        if (p == null) {
            p = c < 128 ? ascii[c] : byFirst.getOrDefault(c, unknownFirst);
        }
        if (p == null) {
            return -1;
        }
        Matcher m = matchers.computeIfAbsent(p, k -> k.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
        m.region(i, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** The next position after {@code i} where a phrase could start: after a character that is not a letter or digit. */
    private static int nextStart(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && Character.isLetterOrDigit(text.charAt(j - 1))) {
            j++;
        }
        return j;
    }

    /** The whole alternation, for tests that compare with the grouped search. */
    Pattern pattern() {
        return any;
    }
}
