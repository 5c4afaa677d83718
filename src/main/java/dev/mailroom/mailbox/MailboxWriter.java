package dev.mailroom.mailbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The write operations of a {@link MetadataStore}, valid only inside {@link MetadataStore#write}.
 * Reads here see the transaction's own uncommitted rows.
 */
public interface MailboxWriter {

    /** The id of the folder {@code name} of an account, created when missing. */
    long folder(long accountId, String name);

    /** Whether the account already holds a message with these raw bytes. */
    boolean containsBlob(long accountId, String blobSha256);

    /** Whether the account holds these raw bytes already, as a message or in quarantine. */
    boolean knows(long accountId, String blobSha256);

    /** The oldest message of the account with this Message-ID header, if any. */
    Optional<Long> firstByMessageId(long accountId, String messageId);

    /** The threads that already know any of these Message-IDs, keyed by Message-ID. */
    Map<String, Long> threadsByMessageIds(long accountId, Collection<String> messageIds);

    /**
     * Messages with this normalised subject dated between the bounds (epoch millis), newest first;
     * with {@code repliesOnly}, only those whose subject is a reply or forward.
     */
    List<SubjectCandidate> subjectCandidates(
            long accountId, String normalizedSubject, long fromMillis, long toMillis, boolean repliesOnly, int limit);

    /** The lower-cased addresses of a message's From, To and Cc. */
    Set<String> participantAddresses(long messageId);

    /** Starts a new thread and returns its id. */
    long newThread(long accountId, String subject);

    /** Moves every message and Message-ID of thread {@code from} into thread {@code into}, and removes {@code from}. */
    void mergeThreads(long into, long from);

    /** Records that a thread knows these Message-IDs (existing entries are kept). */
    void addThreadIds(long accountId, long threadId, Collection<String> messageIds);

    /** Inserts a message, updates its thread's count and dates, and returns its id. */
    long insertMessage(NewMessage message);

    /** Sets the parent of messages that reply to {@code messageIdHeader} and have no parent yet. */
    void adoptReplies(long accountId, String messageIdHeader, long parentId);

    /** Whether the account already has a quarantine entry for these bytes. */
    boolean quarantined(long accountId, String blobSha256);

    /** Adds a quarantine entry (or counts another attempt on an existing one) and returns its id. */
    long quarantine(long accountId, String blobSha256, long size, String folder, String location, String reason);

    /** Removes a quarantine entry. */
    void release(long quarantineId);
}
