package dev.mailroom.classify.internal.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A set of phrases, each a small regular expression, found as whole words in lower-case text.
 *
 * <p>A phrase matches where no letter or digit precedes it and none follows it. At one position
 * the first phrase of the set that matches wins, and a match hides the positions it covers from the
 * rest of the set, just as one alternation of all of them would. The classifier looks for many sets
 * in one pass over the text through a {@link PhraseBook}; {@link #found} and {@link #in} are the
 * same search for this set alone.
 */
final class Phrases {

    private static final String META = "\\()[].^$|?*+{}";

    private final List<String> phrases;
    private final Pattern any;
    private PhraseBook alone;

    private Phrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.any = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")(?![\\p{L}\\p{N}])");
    }

    /** Phrases given as regular expressions (without groups that capture anything the caller needs). */
    static Phrases of(String... phrases) {
        return new Phrases(List.of(phrases));
    }

    List<String> phrases() {
        return phrases;
    }

    /**
     * The distinct phrases found in {@code text}, at most {@code limit}, as they first appear; a plural
     * and its singular ("offer", "offers") count once.
     */
    List<String> found(String text, int limit) {
        return book().scan(text).found(this, 0, text.length(), limit);
    }

    boolean in(String text) {
        return book().scan(text).in(this, 0, text.length());
    }

    private PhraseBook book() {
        PhraseBook b = alone;
        if (b == null) {
            b = PhraseBook.of(this);
            alone = b;
        }
        return b;
    }

    /** The whole alternation, for tests that compare it with the search. */
    Pattern pattern() {
        return any;
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

    /** The two characters a phrase surely starts with, when both are plain literals; else null. */
    static String firstTwo(String phrase) {
        if (phrase.length() < 2 || META.indexOf(phrase.charAt(0)) >= 0 || META.indexOf(phrase.charAt(1)) >= 0) {
            return null;
        }
        if (phrase.length() > 2 && "?*{".indexOf(phrase.charAt(2)) >= 0) {
            return null;
        }
        return phrase.substring(0, 2);
    }

    /**
     * The characters a phrase can start with, or null when that is not plain to see (a class, an
     * escape other than {@code \d}, an anchor, a first character that is optional, or a group whose
     * alternatives do not all start plainly).
     */
    static String firstCharacters(String phrase) {
        if (phrase.isEmpty()) {
            return null;
        }
        char c = phrase.charAt(0);
        int next = 1;
        String chars;
        if (c == '(') {
            int close = closingParenthesis(phrase);
            if (close < 0 || phrase.startsWith("(?")) {
                return null;
            }
            StringBuilder all = new StringBuilder();
            for (String alternative : alternatives(phrase.substring(1, close))) {
                String first = firstCharacters(alternative);
                if (first == null) {
                    return null;
                }
                all.append(first);
            }
            chars = all.toString();
            next = close + 1;
        } else if (c == '\\') {
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
        } else if ("[.^$|?*+{)]".indexOf(c) >= 0) {
            return null;
        } else {
            chars = String.valueOf(c);
        }
        if (next < phrase.length() && "?*{".indexOf(phrase.charAt(next)) >= 0) {
            return null;
        }
        return chars;
    }

    /** Where the group opened at 0 closes, or -1. */
    private static int closingParenthesis(String phrase) {
        int depth = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            } else if (c == '[') {
                return -1;
            }
        }
        return -1;
    }

    /** The alternatives of a group's inside, split at the bars of its own level. */
    private static List<String> alternatives(String inside) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(inside.substring(from, i));
                from = i + 1;
            }
        }
        out.add(inside.substring(from));
        return out;
    }

    /**
     * The text a phrase matches when it is plain (letters and escaped signs, perhaps a last
     * character that is optional), as {@code [literal, optional last character or ""]}; else null.
     */
    static String[] literal(String phrase) {
        StringBuilder text = new StringBuilder();
        String optional = "";
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            char unescaped;
            if (c == '\\') {
                if (i + 1 >= phrase.length() || Character.isLetterOrDigit(phrase.charAt(i + 1))) {
                    return null;
                }
                unescaped = phrase.charAt(++i);
            } else if (META.indexOf(c) >= 0) {
                return null;
            } else {
                unescaped = c;
            }
            if (i + 1 < phrase.length() && phrase.charAt(i + 1) == '?') {
                if (i + 2 != phrase.length() || text.isEmpty()) {
                    return null;
                }
                optional = String.valueOf(unescaped);
                break;
            }
            text.append(unescaped);
        }
        return text.isEmpty() ? null : new String[] {text.toString(), optional};
    }
}
