package dev.mailroom.mailbox;

/** Thrown when a stored blob no longer matches its SHA-256 or cannot be decompressed. */
public final class BlobCorruptedException extends RuntimeException {

    public BlobCorruptedException(String sha256, String reason) {
        super("blob " + sha256 + " is corrupted: " + reason);
    }
}
