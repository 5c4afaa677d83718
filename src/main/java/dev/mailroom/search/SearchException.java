package dev.mailroom.search;

/** A search that cannot run, for a reason the user can act on (no index yet, unknown message). */
public final class SearchException extends RuntimeException {

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
