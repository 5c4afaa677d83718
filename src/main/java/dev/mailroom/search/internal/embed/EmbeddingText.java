package dev.mailroom.search.internal.embed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text an {@link Embedder} is given for a message or a query: only words that carry meaning,
 * within what the model reads.
 */
public final class EmbeddingText {

    /** A message's text is cut to at most this many characters... */
    public static final int MAX_CHARS = 1_000;

    /** ...and this many words: about the 256 word pieces the model reads. */
    public static final int MAX_WORDS = 200;

    private static final Pattern URL = Pattern.compile("(?iU)<?\\b(?:(?:https?|ftp)://|www\\.|mailto:)\\S+");
    private static final Pattern CODE_LIKE = Pattern.compile("(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]{16,}(?![A-Za-z0-9+/=_-])");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern RULER = Pattern.compile("([^\\p{L}\\p{N}\\s])\\1{3,}");
    private static final Pattern SPACE = Pattern.compile("(?U)[\\s\\u200B\\uFEFF]+");

    private EmbeddingText() {}

    /**
     * A message as the subject, then the new (unquoted) text of its body; without URLs, long
     * base64-, hex- or ID-like strings and runs of one symbol or emoji such as the ruler
     * {@code -----}; whitespace collapsed to
     * single spaces; cut at a word boundary to {@value #MAX_WORDS} words and {@value #MAX_CHARS}
     * characters. Either part may be {@code null}; the result is empty when neither has words.
     */
    public static String of(String subject, String body) {
        String s = clean(subject);
        String b = clean(body);
        String text;
        if (s.isEmpty() || b.isEmpty()) {
            text = s + b;
        } else {
            text = s + (endsSentence(s) ? " " : ". ") + b;
        }
        return cut(firstWords(text, MAX_WORDS), MAX_CHARS);
    }

    /** A search query with its whitespace collapsed; {@code null} gives the empty string. */
    public static String query(String q) {
        return q == null ? "" : SPACE.matcher(q).replaceAll(" ").strip();
    }

    /**
     * The start of {@code text}, at most {@code maxChars} long: up to the last whitespace in the
     * second half of the budget, or else exactly {@code maxChars} characters (one fewer rather than
     * half a surrogate pair) for text without spaces, such as Chinese or Japanese.
     */
    static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        for (int i = maxChars; i > maxChars / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i).strip();
            }
        }
        return text.substring(0, Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String noUrls = URL.matcher(text).replaceAll(" ");
        String noCodes = CODE_LIKE.matcher(noUrls).replaceAll(m -> isCodeLike(m.group()) ? " " : Matcher.quoteReplacement(m.group()));
        String noRulers = RULER.matcher(noCodes).replaceAll(" ");
        return SPACE.matcher(noRulers).replaceAll(" ").strip();
    }

    // Words are rarely 16+ characters, and then have no digits; hashes, IDs and base64 do.
    private static boolean isCodeLike(String token) {
        return token.length() >= 40
                || HEX.matcher(token).matches()
                || token.length() >= 20 && DIGIT.matcher(token).find() && LETTER.matcher(token).find();
    }

    private static String firstWords(String text, int maxWords) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && ++words == maxWords) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static boolean endsSentence(String text) {
        return ".!?:;…。！？".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
