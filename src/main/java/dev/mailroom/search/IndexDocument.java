package dev.mailroom.search;

import dev.mailroom.shared.EmailAddress;
import java.util.List;
import java.util.Set;

/**
 * What the search index holds of one stored message. Built from the parsed message; the body is
 * split into the new text and what it quotes, so that quoted replies weigh less.
 *
 * @param id the store id
 * @param messageId the Message-ID header without angle brackets, or {@code null}
 * @param threadId the thread the message was in when it was indexed
 * @param account the account's name
 * @param folder the folder path, {@code /}-separated
 * @param flags lower-case flag names: {@code seen}, {@code answered}, {@code flagged}, {@code deleted},
 *     {@code draft}, {@code passed}
 * @param subject the decoded subject, or {@code null}
 * @param body the new text of the body (not quoted, no signature)
 * @param quoted quoted replies, forwarded text and the signature
 * @param attachmentNames attachment file names
 * @param attachmentText text extracted from attachments
 * @param listId the List-Id, or {@code null}
 * @param dateMillis the message date in epoch millis, or {@code null}
 * @param size the raw size in bytes
 * @param hasAttachment whether the message has a part meant as an attachment (not an inline image)
 * @param embedding the unit-length sentence embedding, or {@code null} when not computed yet
 */
public record IndexDocument(
        long id,
        String messageId,
        long threadId,
        String account,
        String folder,
        Set<String> flags,
        List<EmailAddress> from,
        List<EmailAddress> to,
        List<EmailAddress> cc,
        List<EmailAddress> bcc,
        String subject,
        String body,
        String quoted,
        List<String> attachmentNames,
        String attachmentText,
        String listId,
        Long dateMillis,
        long size,
        boolean hasAttachment,
        float[] embedding) {

    public IndexDocument {
        flags = Set.copyOf(flags);
        from = List.copyOf(from);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        attachmentNames = List.copyOf(attachmentNames);
        body = body == null ? "" : body;
        quoted = quoted == null ? "" : quoted;
        attachmentText = attachmentText == null ? "" : attachmentText;
    }

    /** This document with an embedding. */
    public IndexDocument withEmbedding(float[] vector) {
        return new IndexDocument(id, messageId, threadId, account, folder, flags, from, to, cc, bcc, subject, body, quoted,
                attachmentNames, attachmentText, listId, dateMillis, size, hasAttachment, vector);
    }
}
