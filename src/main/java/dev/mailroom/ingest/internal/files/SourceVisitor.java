package dev.mailroom.ingest.internal.files;

import dev.mailroom.ingest.RawMessage;

/** Receives what a {@link MailFileScanner} finds, in a deterministic order. */
public interface SourceVisitor {

    /** One readable message. */
    void message(RawMessage message);

    /**
     * Something that should have been a message but could not be read as one (an unreadable file, a
     * truncated mbox entry). {@code bytes} holds whatever could be read, possibly empty, never null.
     */
    void unreadable(String location, byte[] bytes, String reason);
}
