package dev.mailroom.ingest;

import java.time.Instant;
import java.util.Set;

/**
 * One message as a source delivers it: the RFC 822 bytes (without any mbox envelope line, already
 * unescaped) plus the facts the source knows about it.
 *
 * @param bytes the message bytes
 * @param folder the folder the message lives in ({@code INBOX} when the source has none), using
 *     {@code /} as separator, for example {@code Archive/2024}
 * @param flags flags set on the message in the source
 * @param location where the message came from, for messages and errors: a file path, or
 *     {@code path#N} for the N-th message (1-based) of an mbox file
 * @param fileTime the modification time of the file it came from, used as the last date fallback;
 *     may be {@code null}
 */
public record RawMessage(byte[] bytes, String folder, Set<MessageFlag> flags, String location, Instant fileTime) {

    public RawMessage {
        flags = Set.copyOf(flags);
    }
}
