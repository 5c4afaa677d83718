package dev.mailroom.db;

/** The metadata database could not be opened, migrated, read or written. */
public final class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
