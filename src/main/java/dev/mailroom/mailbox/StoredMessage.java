package dev.mailroom.mailbox;

import dev.mailroom.shared.EmailAddress;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A message as the store holds it: metadata and where its raw bytes are. */
public record StoredMessage(
        long id,
        String account,
        String folder,
        long threadId,
        Long parentId,
        Long twinOf,
        String blobSha256,
        long size,
        String messageId,
        String inReplyTo,
        List<String> references,
        String subject,
        EmailAddress from,
        OffsetDateTime date,
        String dateSource,
        String listId,
        int attachments,
        Set<String> flags,
        List<String> defects,
        String location) {}
