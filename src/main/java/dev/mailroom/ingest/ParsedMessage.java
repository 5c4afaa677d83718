package dev.mailroom.ingest;

import dev.mailroom.shared.EmailAddress;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What Mailroom understands of one RFC 822 message. Produced by the MIME parser, never by an
 * exception: broken structure is listed in {@link #defects()}.
 *
 * @param subject decoded subject, or {@code null}
 * @param from the From mailboxes (usually one)
 * @param sender the Sender mailbox, or {@code null}
 * @param replyTo the Reply-To mailboxes
 * @param to the To mailboxes (groups flattened)
 * @param cc the Cc mailboxes
 * @param bcc the Bcc mailboxes
 * @param date the message date with its offset, or {@code null} when none could be found
 * @param dateSource where {@link #date()} came from
 * @param messageId the Message-ID without angle brackets, or {@code null}
 * @param inReplyTo the first message id of In-Reply-To without angle brackets, or {@code null}
 * @param references the message ids of References, oldest first, without angle brackets
 * @param listId the List-Id identifier (the part in angle brackets, else the whole value), or null
 * @param text the plain-text body: text/plain when present, else the HTML as readable text
 * @param html the HTML body, or {@code null}
 * @param attachments attachments and inline parts, in document order
 * @param defects human-readable descriptions of what was wrong with the message
 */
public record ParsedMessage(
        String subject,
        List<EmailAddress> from,
        EmailAddress sender,
        List<EmailAddress> replyTo,
        List<EmailAddress> to,
        List<EmailAddress> cc,
        List<EmailAddress> bcc,
        OffsetDateTime date,
        DateSource dateSource,
        String messageId,
        String inReplyTo,
        List<String> references,
        String listId,
        String text,
        String html,
        List<Attachment> attachments,
        List<String> defects) {

    public ParsedMessage {
        from = List.copyOf(from);
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        defects = List.copyOf(defects);
    }

    /** Whether the date is a fallback rather than the message's own Date header. */
    public boolean dateFlagged() {
        return dateSource != DateSource.HEADER;
    }
}
