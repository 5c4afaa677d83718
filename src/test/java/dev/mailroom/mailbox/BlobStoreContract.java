package dev.mailroom.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.shared.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} promises. An implementation's test implements this interface and
 * hands out a fresh, empty store per test.
 */
public interface BlobStoreContract {

    /** A store for the current test, empty at first. */
    BlobStore blobStore();

    /** Damages the stored form of the blob {@code sha256} so that it no longer reads back as written. */
    void corruptStoredBlob(String sha256) throws Exception;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    default void putShouldReturnTheLowerCaseHexSha256OfTheBytes() {
        byte[] message = bytes("Subject: hello\r\n\r\nbody\r\n");

        assertThat(blobStore().put(message)).isEqualTo(Hashes.sha256Hex(message));
    }

    @Test
    default void getShouldReturnTheBytesThatWerePut() {
        byte[] message = bytes("Subject: round trip\r\n\r\nsome body text\r\n");

        String sha256 = blobStore().put(message);

        assertThat(blobStore().get(sha256)).hasValueSatisfying(b -> assertThat(b).isEqualTo(message));
    }

    @Test
    default void putShouldBeIdempotent() {
        byte[] message = bytes("Subject: twice\r\n\r\n");

        String first = blobStore().put(message);
        String second = blobStore().put(message);

        assertThat(second).isEqualTo(first);
        assertThat(blobStore().count()).isEqualTo(1);
        assertThat(blobStore().get(first)).hasValueSatisfying(b -> assertThat(b).isEqualTo(message));
    }

    @Test
    default void getShouldReturnEmptyWhenNothingIsStoredUnderTheHash() {
        assertThat(blobStore().get(Hashes.sha256Hex(bytes("never stored")))).isEmpty();
    }

    @Test
    default void containsShouldTellWhetherABlobIsStored() {
        String stored = blobStore().put(bytes("stored"));

        assertThat(blobStore().contains(stored)).isTrue();
        assertThat(blobStore().contains(Hashes.sha256Hex(bytes("not stored")))).isFalse();
    }

    @Test
    default void deleteShouldRemoveTheBlobAndLeaveOthers() {
        String gone = blobStore().put(bytes("gone"));
        String kept = blobStore().put(bytes("kept"));

        blobStore().delete(gone);

        assertThat(blobStore().contains(gone)).isFalse();
        assertThat(blobStore().get(gone)).isEmpty();
        assertThat(blobStore().contains(kept)).isTrue();
    }

    @Test
    default void deleteOfAMissingBlobShouldBeANoOp() {
        blobStore().delete(Hashes.sha256Hex(bytes("missing")));

        assertThat(blobStore().count()).isZero();
    }

    @Test
    default void putAfterDeleteShouldStoreTheBlobAgain() {
        byte[] message = bytes("back again");
        String sha256 = blobStore().put(message);
        blobStore().delete(sha256);

        blobStore().put(message);

        assertThat(blobStore().get(sha256)).hasValueSatisfying(b -> assertThat(b).isEqualTo(message));
    }

    @Test
    default void forEachShouldListEveryStoredBlobOnce() {
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            stored.add(blobStore().put(bytes("message " + i)));
        }

        List<String> listed = new ArrayList<>();
        blobStore().forEach(listed::add);

        assertThat(listed).hasSize(300).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    default void countShouldBeZeroForAnEmptyStoreAndGrowWithDistinctBlobs() {
        assertThat(blobStore().count()).isZero();

        blobStore().put(bytes("one"));
        blobStore().put(bytes("two"));
        blobStore().put(bytes("one"));

        assertThat(blobStore().count()).isEqualTo(2);
    }

    @Test
    default void getShouldThrowBlobCorruptedWhenTheStoredBlobWasDamaged() throws Exception {
        String sha256 = blobStore().put(bytes("Subject: precious\r\n\r\n" + "x".repeat(2000)));

        corruptStoredBlob(sha256);

        assertThatThrownBy(() -> blobStore().get(sha256))
                .isInstanceOf(BlobCorruptedException.class)
                .hasMessageStartingWith("blob " + sha256 + " is corrupted: ");
    }

    @Test
    default void concurrentPutsOfTheSameBytesShouldLeaveOneBlob() throws Exception {
        byte[] message = bytes("Subject: race\r\n\r\n" + "y".repeat(50_000));
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<String> putMany = () -> {
                    start.await();
                    String last = null;
                    for (int i = 0; i < 50; i++) {
                        last = blobStore().put(message);
                    }
                    return last;
                };
                results.add(pool.submit(putMany));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(Hashes.sha256Hex(message));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(blobStore().count()).isEqualTo(1);
        assertThat(blobStore().get(Hashes.sha256Hex(message)))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(message));
    }

    @Test
    default void concurrentPutsOfDifferentBytesShouldKeepThemAll() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        blobStore().put(bytes("thread " + thread + " message " + i));
                    }
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(blobStore().count()).isEqualTo(800);
    }

    @Test
    default void recoverShouldKeepStoredBlobs() {
        String sha256 = blobStore().put(bytes("survivor"));

        blobStore().recover();

        assertThat(blobStore().get(sha256)).isPresent();
    }

    @Test
    default void aTwentyMegabyteBlobShouldRoundTrip() {
        byte[] large = new byte[20 * 1024 * 1024];
        new Random(42).nextBytes(large);
        // half random, half repetitive, like a message with a big attachment and a long quote
        java.util.Arrays.fill(large, large.length / 2, large.length, (byte) 'a');

        String sha256 = blobStore().put(large);

        assertThat(blobStore().get(sha256)).hasValueSatisfying(b -> assertThat(b).isEqualTo(large));
    }

    @Test
    default void aHighlyCompressibleTwentyMegabyteBlobShouldRoundTrip() {
        byte[] zeros = new byte[20 * 1024 * 1024];

        String sha256 = blobStore().put(zeros);

        assertThat(blobStore().get(sha256)).hasValueSatisfying(b -> assertThat(b).isEqualTo(zeros));
    }

    @Test
    default void anEmptyBlobShouldRoundTrip() {
        String sha256 = blobStore().put(new byte[0]);

        assertThat(sha256).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(blobStore().get(sha256)).hasValueSatisfying(b -> assertThat(b).isEmpty());
        assertThat(blobStore().count()).isEqualTo(1);
    }
}
