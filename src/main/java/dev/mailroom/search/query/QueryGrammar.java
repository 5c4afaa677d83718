package dev.mailroom.search.query;

import dev.mailroom.search.query.QueryLexer.Kind;
import dev.mailroom.search.query.QueryLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The recursive-descent parser of one query, used once:
 *
 * <pre>
 * query   := or END | END
 * or      := and (("OR" | "or") and)*
 * and     := unary (("AND" | "and")? unary)*
 * unary   := ("-" | "NOT" | "not") unary | primary
 * primary := "(" or ")" | "{" anyOf "}" | PHRASE | WORD | NAME ":" value
 * anyOf   := both (("OR" | "or")? both)*          where both := unary (("AND" | "and") unary)*
 * value   := WORD | PHRASE | "(" or ")" | "{" anyOf "}"   (groups only after a text field)
 * </pre>
 *
 * Inside a group after a text field ({@code subject:(a b)}) that field replaces {@link Field#ANY}
 * for the words without an operator of their own.
 */
final class QueryGrammar {

    private final String query;
    private final List<Token> tokens;
    private final DateTerms dates;
    private int next;

    QueryGrammar(String query, DateTerms dates) {
        this.query = query;
        this.tokens = QueryLexer.tokens(query);
        this.dates = dates;
    }

    /** The whole query as a tree; throws {@link QuerySyntaxException} when it cannot be read. */
    QueryNode parse() {
        if (peek().kind() == Kind.END) {
            return Nodes.ALL;
        }
        QueryNode node = or(Field.ANY);
        Token extra = peek();
        if (extra.kind() != Kind.END) {
            throw error(extra.start(), "Unmatched \"" + extra.text() + "\"", null);
        }
        return Nodes.anchored(node);
    }

    private QueryNode or(Field field) {
        List<QueryNode> nodes = new ArrayList<>();
        nodes.add(and(field));
        while (isKeyword(peek(), "or")) {
            operand(advance());
            nodes.add(and(field));
        }
        return Nodes.or(nodes);
    }

    private QueryNode and(Field field) {
        List<QueryNode> nodes = new ArrayList<>();
        nodes.add(unary(field));
        while (true) {
            if (isKeyword(peek(), "and")) {
                operand(advance());
            } else if (!startsTerm(peek())) {
                return Nodes.and(nodes);
            }
            nodes.add(unary(field));
        }
    }

    private QueryNode anyOf(Field field) {
        List<QueryNode> nodes = new ArrayList<>();
        do {
            List<QueryNode> both = new ArrayList<>();
            both.add(unary(field));
            while (isKeyword(peek(), "and")) {
                operand(advance());
                both.add(unary(field));
            }
            nodes.add(Nodes.and(both));
            if (isKeyword(peek(), "or")) {
                operand(advance());
            }
        } while (startsTerm(peek()));
        return Nodes.or(nodes);
    }

    private QueryNode unary(Field field) {
        Token token = peek();
        if (token.kind() == Kind.MINUS || isKeyword(token, "not")) {
            operand(advance());
            if (token.kind() == Kind.MINUS && !token.touches(peek())) {
                throw error(token.start(), "Nothing after \"-\"", "write it right before the term, as in -word");
            }
            return Nodes.not(unary(field));
        }
        return primary(field);
    }

    private QueryNode primary(Field field) {
        Token token = peek();
        return switch (token.kind()) {
            case OPEN_PAREN, OPEN_BRACE -> group(field);
            case PHRASE -> words(field, advance().text(), true, token.start());
            case WORD -> {
                if (isKeyword(token, "or") || isKeyword(token, "and")) {
                    throw error(token.start(), "Nothing before \"" + token.text() + "\"", null);
                }
                yield word(field);
            }
            case CLOSE_PAREN, CLOSE_BRACE -> throw error(token.start(), "Unmatched \"" + token.text() + "\"", null);
            case MINUS, END -> throw error(token.start(), "Unexpected end of query", null);
        };
    }

    /** A group {@code (…)} or {@code {…}} starting at the next token. */
    private QueryNode group(Field field) {
        Token open = advance();
        Kind closing = open.kind() == Kind.OPEN_PAREN ? Kind.CLOSE_PAREN : Kind.CLOSE_BRACE;
        String pair = open.kind() == Kind.OPEN_PAREN ? "()" : "{}";
        if (peek().kind() == closing) {
            throw error(open.start(), "Empty group \"" + pair + "\"", null);
        }
        if (peek().kind() == Kind.END) {
            throw error(open.start(), "Unmatched \"" + open.text() + "\"", null);
        }
        QueryNode node = closing == Kind.CLOSE_PAREN ? or(field) : anyOf(field);
        Token close = peek();
        if (close.kind() == Kind.END) {
            throw error(open.start(), "Unmatched \"" + open.text() + "\"", null);
        }
        if (close.kind() != closing) {
            throw error(close.start(), "Unmatched \"" + close.text() + "\"", null);
        }
        advance();
        return node;
    }

    /** A bare word: {@code *}, text, or an operator with its value. */
    private QueryNode word(Field field) {
        Token token = advance();
        String text = token.text();
        if (text.equals("*")) {
            return Nodes.ALL;
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            String name = text.substring(0, colon);
            String value = text.substring(colon + 1);
            Optional<Operators.Operator> operator = Operators.find(name);
            if (operator.isPresent()) {
                return operator(operator.get(), token, colon);
            }
            if (Operators.looksLikeOperator(name, !value.isEmpty() || valueFollows(token), value)) {
                String hint = Operators.closestName(name).map(known -> "did you mean \"" + known + ":\"?")
                        .orElse("put it in quotes to search for the text");
                throw error(token.start(), "Unknown field \"" + name + ":\"", hint);
            }
        }
        return words(field, text, false, token.start());
    }

    /** The value of the operator in {@code token}, whose name ends at {@code colon}. */
    private QueryNode operator(Operators.Operator operator, Token token, int colon) {
        String written = token.text().substring(0, colon + 1);
        String value = token.text().substring(colon + 1);
        int valueStart = token.start() + colon + 1;
        boolean quoted = false;
        if (value.isEmpty()) {
            if (!valueFollows(token)) {
                throw error(token.end(), "Missing value after \"" + written + "\"", null);
            }
            Token after = peek();
            if (after.kind() != Kind.PHRASE) {
                if (operator.kind() != Operators.Kind.TEXT) {
                    throw error(after.start(), "Unexpected group after \"" + written + "\"", "it takes one value, as in " + written + example(operator.kind()));
                }
                return group(operator.field());
            }
            advance();
            value = after.text();
            valueStart = after.start();
            quoted = true;
        }
        try {
            return value(operator, written, value, quoted, valueStart);
        } catch (BadValue e) {
            throw e.in(query, quoted ? valueStart + 1 : valueStart);
        }
    }

    private QueryNode value(Operators.Operator operator, String written, String value, boolean quoted, int valueStart) {
        return switch (operator.kind()) {
            case TEXT -> {
                if (value.isBlank() || operator.field() == Field.MESSAGE_ID && stripAngleBrackets(value).isEmpty()) {
                    throw error(valueStart, "Missing value after \"" + written + "\"", null);
                }
                yield words(operator.field(), value, quoted, valueStart);
            }
            case IS, HAS -> state(operator.kind(), written, value, valueStart);
            case AFTER -> dates.after(value);
            case BEFORE -> dates.before(value);
            case ON -> dates.on(value);
            case OLDER_THAN -> dates.olderThan(value);
            case NEWER_THAN -> dates.newerThan(value);
            case LARGER -> SizeTerms.larger(value);
            case SMALLER -> SizeTerms.smaller(value);
        };
    }

    private QueryNode words(Field field, String text, boolean phrase, int start) {
        String value = field == Field.MESSAGE_ID ? stripAngleBrackets(text) : text;
        if (value.isBlank()) {
            throw error(start, "Empty phrase", null);
        }
        return new QueryNode.Words(field, value, phrase);
    }

    private QueryNode state(Operators.Kind kind, String written, String value, int start) {
        Map<String, MessageState> states = Operators.states(kind);
        MessageState state = states.get(value.toLowerCase(Locale.ROOT));
        if (state != null) {
            return new QueryNode.Flag(state);
        }
        String valid = "valid values: " + String.join(", ", states.keySet());
        String hint = Operators.closest(value, states.keySet()).map(near -> "did you mean \"" + written + near + "\"? " + valid).orElse(valid);
        throw error(start, "Unknown value \"" + value + "\" for \"" + written + "\"", hint);
    }

    private static String example(Operators.Kind kind) {
        return switch (kind) {
            case IS -> "unread";
            case HAS -> "attachment";
            case AFTER, BEFORE, ON -> "2024-03-15";
            case OLDER_THAN, NEWER_THAN -> "7d";
            case LARGER, SMALLER -> "10M";
            case TEXT -> "word";
        };
    }

    private static String stripAngleBrackets(String id) {
        String trimmed = id.strip();
        return trimmed.startsWith("<") && trimmed.endsWith(">") && trimmed.length() >= 2 ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    /** Throws unless a term follows the operator {@code token} ({@code OR}, {@code AND}, {@code NOT}, {@code -}). */
    private void operand(Token token) {
        if (!startsTerm(peek())) {
            throw error(token.start(), "Nothing after \"" + token.text() + "\"", null);
        }
    }

    /** Whether a phrase or group is glued to {@code token}, as in {@code subject:"a b"} or {@code subject:(a b)}. */
    private boolean valueFollows(Token token) {
        Token after = peek();
        boolean value = after.kind() == Kind.PHRASE || after.kind() == Kind.OPEN_PAREN || after.kind() == Kind.OPEN_BRACE;
        return value && token.touches(after);
    }

    private static boolean startsTerm(Token token) {
        return switch (token.kind()) {
            case WORD -> !isKeyword(token, "or") && !isKeyword(token, "and");
            case PHRASE, OPEN_PAREN, OPEN_BRACE, MINUS -> true;
            default -> false;
        };
    }

    /** Whether {@code token} is the keyword {@code lower}, written all in lower or all in upper case. */
    private static boolean isKeyword(Token token, String lower) {
        return token.kind() == Kind.WORD && (token.text().equals(lower) || token.text().equals(lower.toUpperCase(Locale.ROOT)));
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        return tokens.get(next++);
    }

    private QuerySyntaxException error(int position, String reason, String hint) {
        return new QuerySyntaxException(query, position, reason, hint);
    }
}
