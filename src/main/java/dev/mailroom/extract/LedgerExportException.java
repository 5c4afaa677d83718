package dev.mailroom.extract;

/** An export could not be written, such as to a folder that does not exist or cannot be written. */
public final class LedgerExportException extends RuntimeException {

    public LedgerExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
