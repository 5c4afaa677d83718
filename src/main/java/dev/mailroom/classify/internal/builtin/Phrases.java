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

    private Phrases(Pattern any, Map<Character, Pattern> byFirst, Pattern unknownFirst) {
        this.any = any;
        this.byFirst = byFirst;
        this.unknownFirst = unknownFirst;
    }

    /** Phrases given as regular expressions (without groups that capture). */
    static Phrases of(String... phrases) {
        Map<Character, List<Integer>> starts = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < phrases.length; i++) {
            String first = firstCharacters(phrases[i]);
            if (first == null) {
                unknown.add(phrases[i]);
            } else {
                for (char c : first.toCharArray()) {
                    starts.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Character, Pattern> byFirst = new HashMap<>();
        for (Map.Entry<Character, List<Integer>> e : starts.entrySet()) {
            List<String> group = new ArrayList<>();
            for (int i = 0; i < phrases.length; i++) {
                if (e.getValue().contains(i) || unknown.contains(phrases[i])) {
                    group.add(phrases[i]);
                }
            }
            byFirst.put(e.getKey(), compile(group));
        }
        return new Phrases(compile(List.of(phrases)), byFirst, unknown.isEmpty() ? null : compile(unknown));
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
        Pattern p = byFirst.getOrDefault(text.charAt(i), unknownFirst);
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
