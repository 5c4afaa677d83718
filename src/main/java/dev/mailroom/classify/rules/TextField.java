package dev.mailroom.classify.rules;

import java.util.Locale;

/** The text of a message a {@link Condition.Text} looks at. */
public enum TextField {
    /** The sender: From addresses and names (and Sender). An address or domain matches its subdomains too. */
    FROM,
    /** The To addresses and names. */
    TO,
    /** The Cc addresses and names. */
    CC,
    /** The Bcc addresses and names. */
    BCC,
    /** To, Cc and Bcc together. */
    RECIPIENTS,
    /** The subject. */
    SUBJECT,
    /** The body text; an HTML-only body as its readable text. */
    BODY,
    /** The mailing list: the List-Id identifier and the whole List-Id header. */
    LIST,
    /** The name of the account the message came from. */
    ACCOUNT,
    /** The file name of any attachment. */
    FILENAME,
    /** The MIME type of any attachment, such as {@code application/pdf}. */
    ATTACHMENT_TYPE;

    /** The name as rules spell it: {@code from}, {@code attachment-type}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the field holds mail addresses (with display names). */
    public boolean addresses() {
        return this == FROM || this == TO || this == CC || this == BCC || this == RECIPIENTS;
    }

    /** The field spelt {@code key} ({@code attachment-type} or {@code attachment_type}), or null. */
    public static TextField byKey(String key) {
        for (TextField f : values()) {
            if (f.key().equals(key.toLowerCase(Locale.ROOT).replace('_', '-'))) {
                return f;
            }
        }
        return null;
    }
}
