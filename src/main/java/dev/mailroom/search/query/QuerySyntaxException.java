package dev.mailroom.search.query;

import java.util.Objects;
import java.util.Optional;

/**
 * A search query that {@link QueryParser} cannot read. Its message is meant for a person at a
 * terminal: the reason, the position (counted from 1), an optional hint, then the query with a caret
 * under the offending spot.
 *
 * <pre>
 * Unknown field "form:" at position 1 (did you mean "from:"?)
 *   form:alice
 *   ^
 * </pre>
 */
public final class QuerySyntaxException extends RuntimeException {

    private final String query;
    private final int position;
    private final String reason;
    private final String hint;

    /**
     * @param query the whole query
     * @param position the 0-based offset of the offending character in {@code query}
     * @param reason what is wrong, in a few words
     * @param hint how to fix it, or {@code null}
     */
    QuerySyntaxException(String query, int position, String reason, String hint) {
        super(render(query, position, reason, hint));
        this.query = Objects.requireNonNull(query, "query");
        this.position = position;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.hint = hint;
    }

    /** The query as given to the parser. */
    public String query() {
        return query;
    }

    /** The 0-based offset in {@link #query()} of the character the error is about. */
    public int position() {
        return position;
    }

    /** What is wrong, in a few words: {@code Unknown field "form:"}. */
    public String reason() {
        return reason;
    }

    /** How to fix it, when the parser can tell: {@code did you mean "from:"?}. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    private static String render(String query, int position, String reason, String hint) {
        String shown = query.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        int column = shown.codePointCount(0, Math.min(Math.max(position, 0), shown.length()));
        return reason + " at position " + (position + 1) + (hint == null ? "" : " (" + hint + ")") + "\n"
                + "  " + shown + "\n"
                + "  " + " ".repeat(column) + "^";
    }
}
