package dev.mailroom.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens: words (anything up to white space, a parenthesis, a brace or a double
 * quote), quoted phrases, {@code ( ) { }} and a {@code -} that starts a term. Keywords such as
 * {@code OR} are words here; the grammar tells them apart.
 */
final class QueryLexer {

    enum Kind { WORD, PHRASE, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACE, CLOSE_BRACE, MINUS, END }

    /**
     * One token.
     *
     * @param text the word, the phrase without its quotes and escapes, or the punctuation itself
     * @param start the offset of its first character in the query (the opening quote of a phrase)
     * @param end the offset just after its last character
     */
    record Token(Kind kind, String text, int start, int end) {

        /** Whether {@code next} follows this token with no white space in between. */
        boolean touches(Token next) {
            return next.start == end;
        }
    }

    private QueryLexer() {}

    /** The tokens of {@code query}, ending with an {@link Kind#END} token. */
    static List<Token> tokens(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Token token = switch (c) {
                case '(' -> new Token(Kind.OPEN_PAREN, "(", i, i + 1);
                case ')' -> new Token(Kind.CLOSE_PAREN, ")", i, i + 1);
                case '{' -> new Token(Kind.OPEN_BRACE, "{", i, i + 1);
                case '}' -> new Token(Kind.CLOSE_BRACE, "}", i, i + 1);
                case '-' -> new Token(Kind.MINUS, "-", i, i + 1);
                case '"' -> phrase(query, i);
                default -> word(query, i);
            };
            tokens.add(token);
            i = token.end();
        }
        tokens.add(new Token(Kind.END, "", query.length(), query.length()));
        return tokens;
    }

    /** A phrase from the quote at {@code start} to the next unescaped quote; {@code \"} and {@code \\} are escapes. */
    private static Token phrase(String query, int start) {
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                return new Token(Kind.PHRASE, text.toString(), start, i + 1);
            }
            if (c == '\\' && i + 1 < query.length() && (query.charAt(i + 1) == '"' || query.charAt(i + 1) == '\\')) {
                i++;
                c = query.charAt(i);
            }
            text.append(c);
            i++;
        }
        throw new QuerySyntaxException(query, start, "Unterminated quote", null);
    }

    private static Token word(String query, int start) {
        int i = start;
        while (i < query.length() && !endsWord(query.charAt(i))) {
            i++;
        }
        return new Token(Kind.WORD, query.substring(start, i), start, i);
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '{' || c == '}' || c == '"';
    }
}
