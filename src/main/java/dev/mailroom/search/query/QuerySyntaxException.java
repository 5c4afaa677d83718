package dev.mailroom.search.query;

public final class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
