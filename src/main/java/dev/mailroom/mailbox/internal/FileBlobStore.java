package dev.mailroom.mailbox.internal;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import com.github.luben.zstd.ZstdInputStream;
import dev.mailroom.mailbox.BlobCorruptedException;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.shared.Hashes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Blobs as zstd-compressed files named by the SHA-256 of their uncompressed bytes:
 * {@code root/ab/cd/abcd….zst}. Two levels of 256 shards keep directories small (60,000 blobs give
 * about one file per leaf directory; 10 million about 150).
 *
 * <p>A put writes a temporary file in {@code root/tmp/} and renames it into place, so a reader or
 * a crashed process never leaves a half-written blob under its final name. There is deliberately
 * no fsync per blob: the rename alone makes a <em>process</em> crash safe, because the written
 * bytes already sit in the kernel's page cache. Only a power loss or kernel crash can lose the
 * last seconds of blobs or leave an empty file under a final name, and then {@link #get} reports
 * it as {@link BlobCorruptedException} (the hash is verified on every read) and the message can
 * be imported again from its source. An fsync per blob would cap the importer at a few hundred
 * blobs a second on ordinary disks; durability points belong to the metadata store's commits.
 *
 * <p>Compression is {@link BlobCodec}'s. Creating a file per blob is slow on many file systems, so
 * the data dir uses {@link SqliteBlobStore}; this store suits trees that other tools should read.
 *
 * <p>Thread-safe: concurrent puts of the same bytes each write their own temporary file and the
 * last rename wins with identical content.
 */
public final class FileBlobStore implements BlobStore {

    private static final String SUFFIX = ".zst";


    private final Path root;
    private final Path tmp;
    private final Set<String> createdShards = ConcurrentHashMap.newKeySet();
    private final String tmpPrefix;
    private final AtomicLong tmpCounter = new AtomicLong();

    /** A store under {@code root}, created if missing. */
    public FileBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        // Unique per instance so that two processes sharing a root never pick the same temp name.
        this.tmpPrefix = ProcessHandle.current().pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blob store at " + this.root, e);
        }
    }

    @Override
    public String put(byte[] bytes) {
        String sha256 = Hashes.sha256Hex(bytes);
        Path target = blobPath(sha256);
        if (Files.exists(target)) {
            return sha256;
        }
        Path temp = tmp.resolve(sha256 + "." + tmpPrefix + "-" + tmpCounter.incrementAndGet() + ".tmp");
        try {
            writeCompressed(bytes, temp);
            moveIntoPlace(sha256, temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot store blob " + sha256, e);
        }
        return sha256;
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        byte[] compressed;
        try {
            compressed = Files.readAllBytes(blobPath(sha256));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + sha256, e);
        }
        return Optional.of(BlobCodec.decompressVerified(sha256, compressed));
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(blobPath(sha256));
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(blobPath(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete blob " + sha256, e);
        }
    }

    @Override
    public void forEach(Consumer<String> action) {
        try (DirectoryStream<Path> level1 = Files.newDirectoryStream(root, FileBlobStore::isShard)) {
            for (Path dir1 : level1) {
                try (DirectoryStream<Path> level2 = Files.newDirectoryStream(dir1, FileBlobStore::isShard)) {
                    for (Path dir2 : level2) {
                        forEachBlobIn(dir2, action);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list blobs under " + root, e);
        }
    }

    @Override
    public long count() {
        LongAdder count = new LongAdder();
        forEach(sha256 -> count.increment());
        return count.sum();
    }

    @Override
    public void recover() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tmp)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + tmp, e);
        }
    }

    /** Where the blob with this hash lives, whether or not it exists. */
    Path blobPath(String sha256) {
        if (!Hashes.isSha256Hex(sha256)) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256 + SUFFIX);
    }

    private static void writeCompressed(byte[] bytes, Path temp) throws IOException {
        Files.write(temp, BlobCodec.compress(bytes), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private void moveIntoPlace(String sha256, Path temp, Path target) throws IOException {
        String shard = sha256.substring(0, 4);
        if (!createdShards.contains(shard)) {
            Files.createDirectories(target.getParent());
            createdShards.add(shard);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            // The shard directory went away behind our back (a manual clean-up): make it again once.
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // A concurrent put of the same bytes won on a file system that does not replace.
            Files.deleteIfExists(temp);
        }
    }

    private static void forEachBlobIn(Path dir, Consumer<String> action) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    String sha256 = name.substring(0, name.length() - SUFFIX.length());
                    if (Hashes.isSha256Hex(sha256)) {
                        action.accept(sha256);
                    }
                }
            }
        }
    }

    private static boolean isShard(Path path) {
        String name = path.getFileName().toString();
        return name.length() == 2 && isLowerHex(name.charAt(0)) && isLowerHex(name.charAt(1)) && Files.isDirectory(path);
    }

    private static boolean isLowerHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the temp file stays for recover()
        }
    }
}
