package dev.mailroom.mailbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.mailbox.BlobCorruptedException;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.BlobStoreContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest implements BlobStoreContract {

    @TempDir
    Path root;

    private FileBlobStore store;

    @BeforeEach
    void openStore() {
        store = new FileBlobStore(root);
    }

    @Override
    public BlobStore blobStore() {
        return store;
    }

    @Override
    public void corruptStoredBlob(String sha256) throws Exception {
        Path file = store.blobPath(sha256);
        byte[] compressed = Files.readAllBytes(file);
        compressed[compressed.length - 3] ^= 0x55;
        Files.write(file, compressed);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void putShouldLayOutBlobsAsTwoLevelsOfHexShards() {
        String sha256 = store.put(bytes("laid out"));

        assertThat(root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256 + ".zst"))
                .isRegularFile();
    }

    @Test
    void putShouldCompressTheBytes() throws Exception {
        byte[] repetitive = bytes("Received: from somewhere\r\n".repeat(1000));

        String sha256 = store.put(repetitive);

        assertThat(Files.size(store.blobPath(sha256))).isLessThan(repetitive.length / 10);
    }

    @Test
    void putShouldLeaveNoTemporaryFileBehind() throws Exception {
        store.put(bytes("tidy"));

        try (Stream<Path> leftovers = Files.list(root.resolve("tmp"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void recoverShouldRemoveTemporaryFiles() throws Exception {
        Files.write(root.resolve("tmp").resolve("abc.123.tmp"), bytes("half a blob"));
        String sha256 = store.put(bytes("whole"));

        store.recover();

        try (Stream<Path> leftovers = Files.list(root.resolve("tmp"))) {
            assertThat(leftovers).isEmpty();
        }
        assertThat(store.get(sha256)).isPresent();
    }

    @Test
    void getShouldReportAnEmptyFileAsCorrupted() throws Exception {
        String sha256 = store.put(bytes("truncated by a power loss"));
        Files.write(store.blobPath(sha256), new byte[0]);

        assertThatThrownBy(() -> store.get(sha256))
                .isInstanceOf(BlobCorruptedException.class)
                .hasMessage("blob " + sha256 + " is corrupted: the stored data is empty");
    }

    @Test
    void getShouldReportAValidFrameWithOtherContentAsCorrupted() throws Exception {
        String sha256 = store.put(bytes("original"));
        String other = store.put(bytes("another message"));
        Files.copy(store.blobPath(other), store.blobPath(sha256), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> store.get(sha256))
                .isInstanceOf(BlobCorruptedException.class)
                .hasMessage("blob " + sha256 + " is corrupted: content does not match its SHA-256");
    }

    @Test
    void getShouldReportGarbageAsCorrupted() throws Exception {
        String sha256 = store.put(bytes("original"));
        Files.write(store.blobPath(sha256), bytes("this is not zstd at all"));

        assertThatThrownBy(() -> store.get(sha256)).isInstanceOf(BlobCorruptedException.class);
    }

    @Test
    void getShouldRejectSomethingThatIsNotAHash() {
        assertThatThrownBy(() -> store.get("../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a lower-case hex SHA-256: ../../etc/passwd");
    }

    @Test
    void forEachShouldIgnoreTheTemporaryDirectoryAndStrayFiles() throws Exception {
        String sha256 = store.put(bytes("real"));
        Files.write(root.resolve("tmp").resolve("x.tmp"), bytes("stray"));
        Files.write(store.blobPath(sha256).resolveSibling("notes.txt"), bytes("stray"));

        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aStoreReopenedOnTheSameRootShouldSeeTheBlobs() {
        String sha256 = store.put(bytes("persisted"));

        FileBlobStore reopened = new FileBlobStore(root);

        assertThat(reopened.get(sha256)).isPresent();
        assertThat(reopened.count()).isEqualTo(1);
    }
}
