package dev.mailroom.search.internal;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.search.IndexDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rebuilds index documents of stored messages from their raw bytes. */
public final class StoredDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(StoredDocuments.class);

    private final BlobStore blobs;

    public StoredDocuments(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** The documents of these messages, parsed in parallel; a message whose bytes are gone is skipped. */
    public List<IndexDocument> build(List<StoredMessage> messages) {
        return messages.parallelStream().map(this::build).flatMap(Optional::stream).filter(Objects::nonNull).toList();
    }

    public Optional<IndexDocument> build(StoredMessage s) {
        try {
            Optional<byte[]> raw = blobs.get(s.blobSha256());
            if (raw.isEmpty()) {
                LOG.warn("message {} has no raw bytes; not indexed", s.id());
                return Optional.empty();
            }
            // the stored date stands in for the file time the import had, so a fallback date comes out the same
            ParsedMessage m = IngestService.parseMessage(raw.get(), s.date() == null ? null : s.date().toInstant());
            return Optional.of(DocumentBuilder.build(s.id(), s.threadId(), s.account(), s.folder(), s.flags(), s.size(), m));
        } catch (RuntimeException e) {
            LOG.warn("cannot index message {} ({})", s.id(), e.toString());
            return Optional.empty();
        }
    }
}
