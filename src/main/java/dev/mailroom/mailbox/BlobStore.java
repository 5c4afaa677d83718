package dev.mailroom.mailbox;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Raw message bytes, content-addressed by SHA-256. Writes are idempotent and atomic: a reader never
 * sees a half-written blob, and a crash leaves at most an unreferenced complete blob or a temporary
 * file that {@link #recover()} removes. Reads verify the hash.
 */
public interface BlobStore {

    /** Stores {@code bytes} and returns their lower-case hex SHA-256; storing twice is a no-op. */
    String put(byte[] bytes);

    /**
     * The bytes stored under {@code sha256}, or empty when there are none.
     *
     * @throws BlobCorruptedException when the stored bytes do not match their hash
     */
    Optional<byte[]> get(String sha256);

    /** Whether a blob with this hash is stored. */
    boolean contains(String sha256);

    /** Removes the blob; removing a missing blob is a no-op. */
    void delete(String sha256);

    /** Calls {@code action} with the hash of every stored blob. */
    void forEach(Consumer<String> action);

    /** How many blobs are stored. */
    long count();

    /**
     * Makes every put so far survive a crash of this process. Writers call it before they commit
     * metadata that refers to the blobs they put; a store may batch puts until then.
     */
    default void flush() {}

    /** Removes leftovers of interrupted writes (temporary files). Safe to call at any time when no write runs. */
    void recover();
}
