package dev.mailroom.search.query;

/** Where a {@link QueryNode.Words} looks for its text. */
public enum Field {
    /** All text fields: subject, body, addresses, attachment names and attachment text. */
    ANY,
    /** The sender's name and address ({@code from:}). */
    FROM,
    /** The names and addresses in {@code To:} only ({@code to:}). */
    TO,
    /** The names and addresses in {@code Cc:} ({@code cc:}). */
    CC,
    /** The names and addresses in {@code Bcc:} ({@code bcc:}). */
    BCC,
    /** The subject ({@code subject:}). */
    SUBJECT,
    /** The message text ({@code body:}). */
    BODY,
    /** Attachment file names ({@code filename:}). */
    FILENAME,
    /** The folder the message is in ({@code folder:}, {@code in:}, {@code label:}). */
    FOLDER,
    /** The account the message came from ({@code account:}). */
    ACCOUNT,
    /** The mailing list, from {@code List-Id:} ({@code list:}). */
    LIST,
    /** The Message-ID without its angle brackets ({@code id:}, {@code mid:}, {@code rfc822msgid:}). */
    MESSAGE_ID,
    /** Mailroom's id of the thread ({@code thread:}). */
    THREAD
}
