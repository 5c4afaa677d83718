package dev.mailroom.mailbox;

/** A stored message that shares a normalised subject with a new one; input to the threading fallback. */
public record SubjectCandidate(long messageId, long threadId, long dateMillis) {}
