package dev.mailroom.ingest;

/** Where a message's date came from; anything but {@link #HEADER} is a fallback and is flagged. */
public enum DateSource {
    /** The Date header, parsed as written. */
    HEADER,
    /** The newest Received header, because the Date header was missing or malformed. */
    RECEIVED,
    /** The file's modification time, because no header gave a usable date. */
    FILE_TIME,
    /** No date could be found at all. */
    NONE
}
