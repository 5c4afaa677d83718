package dev.mailroom.search.internal;

import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.search.IndexDocument;
import dev.mailroom.search.ProgressListener;
import dev.mailroom.search.SearchIndex;
import dev.mailroom.search.internal.embed.Embedder;
import dev.mailroom.search.internal.embed.EmbeddingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the embeddings the index lacks, oldest message first, and writes them into the
 * messages' documents. Runs after keyword indexing, so that an import never waits for it; stopped
 * at any point, it goes on where it left off next time.
 */
public final class EmbeddingWorker {

    static final int BATCH = 32;
    static final long COMMIT_EVERY_MILLIS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingWorker.class);

    private final SearchIndex index;
    private final MetadataStore store;
    private final StoredDocuments documents;
    private final Embedder embedder;

    public EmbeddingWorker(SearchIndex index, MetadataStore store, StoredDocuments documents, Embedder embedder) {
        this.index = index;
        this.store = store;
        this.documents = documents;
        this.embedder = embedder;
    }

    /** Embeds until every document has a vector or {@code stop} says so; returns how many were embedded. */
    public long run(ProgressListener progress, BooleanSupplier stop) {
        long pending = index.count() - index.embeddedCount();
        if (pending <= 0) {
            return 0;
        }
        progress.started("embeddings", pending);
        long done = 0;
        long after = 0;
        long lastCommit = System.currentTimeMillis();
        while (!stop.getAsBoolean()) {
            List<Long> ids = index.withoutEmbedding(after, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            after = ids.getLast();
            List<StoredMessage> messages = new ArrayList<>();
            List<Long> gone = new ArrayList<>();
            for (long id : ids) {
                Optional<StoredMessage> m = store.message(id);
                m.ifPresentOrElse(messages::add, () -> gone.add(id));
            }
            if (!gone.isEmpty()) {
                index.delete(gone);
            }
            List<IndexDocument> docs = documents.build(messages);
            List<float[]> vectors = embedder.embedAll(docs.stream().map(d -> EmbeddingText.of(d.subject(), d.body())).toList());
            List<IndexDocument> embedded = new ArrayList<>(docs.size());
            for (int i = 0; i < docs.size(); i++) {
                embedded.add(docs.get(i).withEmbedding(vectors.get(i)));
            }
            index.upsert(embedded);
            done += ids.size();
            progress.advanced(done);
            if (System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MILLIS) {
                index.commit(index.indexedUpTo());
                lastCommit = System.currentTimeMillis();
            }
        }
        index.commit(index.indexedUpTo());
        LOG.info("computed {} embeddings", done);
        return done;
    }
}
