package dev.mailroom.ingest.internal.pipeline;

import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.ingest.RawMessage;
import dev.mailroom.ingest.internal.mime.MimeParser;
import dev.mailroom.mailbox.BlobStore;

/**
 * The parallel part of an import: keeps the raw bytes in the blob store first (so a stored row
 * never lacks its blob), then parses. Never throws for a bad message.
 */
final class Preparer {

    private final BlobStore blobs;
    private final MimeParser parser;

    Preparer(BlobStore blobs, MimeParser parser) {
        this.blobs = blobs;
        this.parser = parser;
    }

    Prepared prepare(RawMessage raw) {
        String sha = blobs.put(raw.bytes());
        String problem = structuralProblem(raw.bytes());
        if (problem != null) {
            return new Prepared.Broken(raw, sha, problem);
        }
        try {
            ParsedMessage parsed = parser.parse(raw.bytes(), raw.fileTime());
            return new Prepared.Ready(raw, sha, parsed);
        } catch (RuntimeException | StackOverflowError e) {
            return new Prepared.Broken(raw, sha, "parser failed: " + e);
        }
    }

    /** Keeps bytes that are not a message, so that quarantine loses nothing; returns their hash. */
    String keep(byte[] bytes) {
        return blobs.put(bytes);
    }

    /** Why the bytes cannot be a message at all, or {@code null} when they can. */
    static String structuralProblem(byte[] bytes) {
        if (bytes.length == 0) {
            return "empty message";
        }
        int i = 0;
        while (i < bytes.length && (bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        int nameStart = i;
        while (i < bytes.length && bytes[i] > 32 && bytes[i] < 127 && bytes[i] != ':') {
            i++;
        }
        if (i == nameStart || i >= bytes.length || bytes[i] != ':') {
            return "no header fields found at the start of the message";
        }
        return null;
    }
}
