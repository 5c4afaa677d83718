package dev.mailroom.mailbox;

import java.time.Instant;

/** A message that could not be parsed or stored: its raw bytes stay in the blob store under {@code blobSha256}. */
public record QuarantineEntry(
        long id,
        long accountId,
        String account,
        String blobSha256,
        long size,
        String folder,
        String location,
        String reason,
        int attempts,
        Instant createdAt) {}
