package dev.mailroom.mailbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A message to insert, with its thread already decided.
 *
 * @param reply whether the subject carries a reply or forward prefix
 * @param date the message date with its offset, or {@code null}
 * @param dateSource where the date came from ({@code HEADER}, {@code RECEIVED}, {@code FILE_TIME}, {@code NONE})
 * @param flags flag names in upper case, for example {@code SEEN}
 */
public record NewMessage(
        long accountId,
        long folderId,
        long threadId,
        Long parentId,
        Long twinOf,
        String blobSha256,
        long size,
        String messageId,
        String inReplyTo,
        List<String> references,
        String subject,
        String normalizedSubject,
        boolean reply,
        OffsetDateTime date,
        String dateSource,
        String listId,
        Set<String> flags,
        List<String> defects,
        String location,
        Instant importedAt,
        List<Participant> participants,
        List<AttachmentMeta> attachments) {

    public NewMessage {
        references = List.copyOf(references);
        flags = Set.copyOf(flags);
        defects = List.copyOf(defects);
        participants = List.copyOf(participants);
        attachments = List.copyOf(attachments);
    }
}
