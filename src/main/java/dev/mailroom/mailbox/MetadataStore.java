package dev.mailroom.mailbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Message metadata: accounts, folders, threads, messages, quarantine. One implementation serves
 * SQLite and PostgreSQL; both pass {@code MetadataStoreContract}. Writes happen inside
 * {@link #write}, one transaction each: a crash leaves either all of a call's rows or none.
 */
public interface MetadataStore extends AutoCloseable {

    /** The account named {@code name}, created with {@code kind} when missing. */
    Account account(String name, String kind);

    /** The account named {@code name}, if any. */
    Optional<Account> findAccount(String name);

    /** Every account, oldest first. */
    List<Account> accounts();

    /**
     * Runs {@code work} in one transaction and commits it; rolls back and rethrows when it throws.
     */
    <T> T write(Function<MailboxWriter, T> work);

    /** Row counts for {@code mailroom stats}. */
    StoreCounts counts();

    /** The most recently active threads, newest first. */
    List<ThreadSummary> threads(int limit);

    /** One message by its store id. */
    Optional<StoredMessage> message(long id);

    /** Up to {@code limit} messages with an id above {@code afterId}, ids ascending. */
    List<StoredMessage> messagesAfter(long afterId, int limit);

    /** Replaces a message's flags (names of {@code MessageFlag}s, such as {@code SEEN}). */
    void setFlags(long messageId, Set<String> flags);

    /** The highest message id, or 0 when there is no message. */
    long lastMessageId();

    /** The current thread of each of these messages; ids that do not exist are left out. */
    Map<Long, Long> threadIds(Collection<Long> messageIds);

    /** The messages of a thread, oldest first. */
    List<StoredMessage> threadMessages(long threadId);

    /** The participants of a message, in header order. */
    List<Participant> participants(long messageId);

    /** The attachments of a message, in document order. */
    List<AttachmentMeta> attachments(long messageId);

    /** Quarantined messages, oldest first. */
    List<QuarantineEntry> quarantine();

    /** The hash of every blob a message or a quarantine entry refers to. */
    Set<String> referencedBlobs();

    @Override
    void close();
}
