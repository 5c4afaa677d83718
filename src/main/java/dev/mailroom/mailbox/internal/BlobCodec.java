package dev.mailroom.mailbox.internal;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import com.github.luben.zstd.ZstdInputStream;
import dev.mailroom.mailbox.BlobCorruptedException;
import dev.mailroom.shared.Hashes;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * zstd compression of blobs, shared by the blob stores. Level 3 (zstd's default): on the
 * SpamAssassin corpus (5.4 KB a message) it stores 41.0% of the input against 41.8% at level 1, for
 * about 5 µs more per blob with a reused context. Contexts are reused per thread.
 */
final class BlobCodec {

    private static final int LEVEL = 3;

    private static final ThreadLocal<ZstdCompressCtx> COMPRESSOR = ThreadLocal.withInitial(() -> {
        ZstdCompressCtx ctx = new ZstdCompressCtx();
        ctx.setLevel(LEVEL);
        ctx.setChecksum(false); // the SHA-256 checks the content already
        ctx.setContentSize(true);
        return ctx;
    });
    private static final ThreadLocal<ZstdDecompressCtx> DECOMPRESSOR = ThreadLocal.withInitial(ZstdDecompressCtx::new);

    private BlobCodec() {}

    static byte[] compress(byte[] bytes) {
        return COMPRESSOR.get().compress(bytes);
    }

    /** Decompresses and verifies the hash. */
    static byte[] decompressVerified(String sha256, byte[] compressed) {
        byte[] bytes = decompress(sha256, compressed);
        if (!Hashes.sha256Hex(bytes).equals(sha256)) {
            throw new BlobCorruptedException(sha256, "content does not match its SHA-256");
        }
        return bytes;
    }

    private static byte[] decompress(String sha256, byte[] compressed) {
        if (compressed == null || compressed.length == 0) {
            throw new BlobCorruptedException(sha256, "the stored data is empty");
        }
        try {
            long size = Zstd.getFrameContentSize(compressed);
            if (size < 0 || size > Integer.MAX_VALUE - 8) {
                throw new BlobCorruptedException(sha256, "no valid zstd frame header");
            }
            // A damaged header can claim gigabytes; allocate up front only for plausible ratios and
            // otherwise let the stream grow with the data that is really there.
            if (size <= 64L * compressed.length + 65_536) {
                return DECOMPRESSOR.get().decompress(compressed, (int) size);
            }
            try (ZstdInputStream in = new ZstdInputStream(new ByteArrayInputStream(compressed))) {
                return in.readAllBytes();
            }
        } catch (ZstdException | IOException | IndexOutOfBoundsException e) {
            throw new BlobCorruptedException(sha256, "cannot decompress: " + e.getMessage());
        }
    }
}
