package dev.mailroom.mailbox;

/** What the store keeps of an attachment: its description, not its bytes (those stay in the raw message). */
public record AttachmentMeta(
        String filename, String contentType, long size, String sha256, String contentId, boolean inline) {}
