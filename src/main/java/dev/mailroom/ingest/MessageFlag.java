package dev.mailroom.ingest;

/** The standard IMAP / Maildir message flags. */
public enum MessageFlag {
    /** Maildir {@code S}, IMAP {@code \Seen}. */
    SEEN,
    /** Maildir {@code R}, IMAP {@code \Answered}. */
    ANSWERED,
    /** Maildir {@code F}, IMAP {@code \Flagged}. */
    FLAGGED,
    /** Maildir {@code T}, IMAP {@code \Deleted}. */
    DELETED,
    /** Maildir {@code D}, IMAP {@code \Draft}. */
    DRAFT,
    /** Maildir {@code P}: the message was passed on (forwarded). */
    PASSED
}
