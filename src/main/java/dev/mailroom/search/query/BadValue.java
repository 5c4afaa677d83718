package dev.mailroom.search.query;

/**
 * An operator's value that cannot be read; the grammar turns it into a {@link QuerySyntaxException}
 * pointing into the query.
 *
 * @see DateTerms
 * @see SizeTerms
 */
final class BadValue extends RuntimeException {

    private final int offset;
    private final String reason;
    private final String hint;

    /**
     * @param offset where in the value the problem is (0 for the whole value)
     * @param reason what is wrong, as {@link QuerySyntaxException#reason()}
     * @param hint how to fix it, or {@code null}
     */
    BadValue(int offset, String reason, String hint) {
        super(reason, null, false, false);
        this.offset = offset;
        this.reason = reason;
        this.hint = hint;
    }

    /** This problem as a syntax error in {@code query}, whose value starts at {@code valueStart}. */
    QuerySyntaxException in(String query, int valueStart) {
        return new QuerySyntaxException(query, valueStart + offset, reason, hint);
    }
}
