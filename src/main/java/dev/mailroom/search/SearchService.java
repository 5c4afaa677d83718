package dev.mailroom.search;

import dev.mailroom.ingest.AnalysisStage;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.search.internal.EmbeddingWorker;
import dev.mailroom.search.internal.IndexingStage;
import dev.mailroom.search.internal.Ranking;
import dev.mailroom.search.internal.StoredDocuments;
import dev.mailroom.search.internal.embed.Embedder;
import dev.mailroom.search.internal.embed.EmbeddingText;
import dev.mailroom.search.internal.embed.MiniLmEmbedder;
import dev.mailroom.search.internal.lucene.LuceneSearchIndex;
import dev.mailroom.search.query.Field;
import dev.mailroom.search.query.QueryNode;
import dev.mailroom.search.query.QueryParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The search module's facade: full-text, structured and semantic search over the store, and the
 * work that keeps the index in step with it. The CLI calls it today; the REST API and the MCP server
 * will call the same methods.
 */
public final class SearchService implements AutoCloseable {

    /** In thread view, this many matching messages at most are grouped into threads. */
    static final int THREAD_WINDOW = 1_000;

    private final SearchIndex index;
    private final MetadataStore store;
    private final BlobStore blobs;
    private final QueryParser parser;
    private final ZoneId zone;
    private final Supplier<Embedder> embedders;
    private Embedder embedder;

    SearchService(SearchIndex index, MetadataStore store, BlobStore blobs, Clock clock, ZoneId zone, Supplier<Embedder> embedders) {
        this.index = index;
        this.store = store;
        this.blobs = blobs;
        this.parser = new QueryParser(clock, zone);
        this.zone = zone;
        this.embedders = embedders;
    }

    /** The directory of a data dir that holds the search index. */
    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("index");
    }

    /**
     * Opens the index of a data dir for writing (creating it when missing). The caller must hold the
     * data dir's write lock. Call {@link #catchUp} before importing, so that messages stored while
     * the index was not running are indexed.
     */
    public static SearchService openForWriting(Path dataDir, MetadataStore store, BlobStore blobs, Clock clock, ZoneId zone) {
        return new SearchService(LuceneSearchIndex.openForWriting(indexDir(dataDir)), store, blobs, clock, zone, SearchService::defaultEmbedder);
    }

    /** Opens the index of a data dir for searching, beside a running import if there is one. */
    public static SearchService openForReading(Path dataDir, MetadataStore store, BlobStore blobs, Clock clock, ZoneId zone) {
        return new SearchService(LuceneSearchIndex.openForReading(indexDir(dataDir)), store, blobs, clock, zone, SearchService::defaultEmbedder);
    }

    /**
     * The local sentence-embedding model: one ONNX Runtime thread per text and as many texts at once
     * as there are cores, which is what runs fastest for mail-length texts.
     */
    private static Embedder defaultEmbedder() {
        int cores = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "mailroom-embed");
            t.setDaemon(true);
            return t;
        });
        return new MiniLmEmbedder(1, pool);
    }

    /** The stage that indexes each batch an import stores. */
    public AnalysisStage indexingStage() {
        return new IndexingStage(index, Clock.systemUTC());
    }

    /**
     * Indexes the stored messages the index does not have yet (after a crash, or mail stored
     * before the index existed) and commits. Returns how many were indexed.
     */
    public long catchUp(ProgressListener progress) {
        long from = index.indexedUpTo();
        long last = store.lastMessageId();
        if (last <= from) {
            return 0;
        }
        StoredDocuments documents = new StoredDocuments(blobs);
        progress.started("index", estimatePending(from, last));
        long done = 0;
        long after = from;
        while (true) {
            List<StoredMessage> batch = store.messagesAfter(after, 500);
            if (batch.isEmpty()) {
                break;
            }
            index.upsert(documents.build(batch));
            after = batch.getLast().id();
            done += batch.size();
            progress.advanced(done);
            if (done % 10_000 < 500) {
                index.commit(after);
            }
        }
        index.commit(after);
        return done;
    }

    private long estimatePending(long from, long last) {
        return Math.max(0, Math.min(last - from, store.counts().messages()));
    }

    /** Throws the index away and builds it again from the store. Returns how many messages were indexed. */
    public long reindex(ProgressListener progress) {
        index.clear();
        return catchUp(progress);
    }

    /**
     * Computes the sentence embeddings that semantic search needs, for every indexed message that
     * lacks one, until done or until {@code stop} returns true. Returns how many were computed.
     */
    public long embedPending(ProgressListener progress, BooleanSupplier stop) {
        return new EmbeddingWorker(index, store, new StoredDocuments(blobs), embedder()).run(progress, stop);
    }

    /** Counts that tell how complete the index is. */
    public SearchStats stats() {
        return new SearchStats(index.count(), index.embeddedCount(), index.indexedUpTo(), store.lastMessageId(), index.sizeBytes());
    }

    /**
     * Runs a search.
     *
     * @throws dev.mailroom.search.query.QuerySyntaxException when the query is malformed; its message
     *     points at the problem
     */
    public SearchResults search(SearchRequest request) {
        long start = System.nanoTime();
        QueryNode query = parser.parse(request.query());
        int window = request.threads() ? Math.max(THREAD_WINDOW, request.limit()) : request.limit();
        List<String> notes = new ArrayList<>();
        long behind = store.lastMessageId() - index.indexedUpTo();
        if (behind > 0) {
            notes.add("up to " + behind + " stored messages are not searchable yet: an import is indexing them, or one was "
                    + "interrupted (the next mailroom import or mailroom reindex indexes them)");
        }
        IndexHits hits = switch (request.mode()) {
            case KEYWORD -> index.search(query, threadMembers(), request.sort(), window, true);
            case SEMANTIC -> semantic(query, request.query(), window, notes);
            case HYBRID -> hybrid(query, request.query(), window, notes);
        };
        return results(hits, request, start, notes);
    }

    /** The messages most like message {@code id}, by their embeddings. */
    public SearchResults similar(long id, int limit) {
        long start = System.nanoTime();
        float[] vector = index.embedding(id).orElseGet(() -> {
            StoredMessage m = store.message(id).orElseThrow(() -> new SearchException("there is no message " + id));
            IndexDocument d = new StoredDocuments(blobs).build(m)
                    .orElseThrow(() -> new SearchException("message " + id + " cannot be read"));
            return embedder().embed(EmbeddingText.of(d.subject(), d.body()));
        });
        IndexHits near = index.nearest(vector, new QueryNode.All(), threadMembers(), limit + 1, true);
        List<IndexHit> others = near.hits().stream().filter(h -> h.id() != id).limit(limit).toList();
        List<String> notes = new ArrayList<>();
        notePending(notes);
        return results(new IndexHits(others.size(), others), new SearchRequest("", limit, SearchMode.SEMANTIC, SortOrder.RELEVANCE,
                false), start, notes);
    }

    private IndexHits semantic(QueryNode query, String text, int limit, List<String> notes) {
        Split split = Split.of(query);
        String words = split.words().isBlank() ? text : split.words();
        notePending(notes);
        float[] vector = embedder().embed(EmbeddingText.query(words));
        return index.nearest(vector, split.filter(), threadMembers(), limit, true);
    }

    private IndexHits hybrid(QueryNode query, String text, int limit, List<String> notes) {
        int depth = Math.max(50, limit * 2);
        IndexHits keyword = index.search(query, threadMembers(), SortOrder.RELEVANCE, depth, true);
        IndexHits semantic = semantic(query, text, depth, notes);
        List<IndexHit> fused = Ranking.fuse(List.of(keyword.hits(), semantic.hits()), limit);
        return new IndexHits(Math.max(keyword.total(), fused.size()), fused);
    }

    private void notePending(List<String> notes) {
        long pending = index.count() - index.embeddedCount();
        if (pending > 0) {
            notes.add(pending + " messages have no embedding yet and are left out of semantic results; "
                    + "they are computed after each import, or run: mailroom reindex --embeddings");
        }
    }

    private SearchResults results(IndexHits hits, SearchRequest request, long start, List<String> notes) {
        Map<Long, Long> threads = store.threadIds(hits.hits().stream().map(IndexHit::id).toList());
        List<SearchHit> out = new ArrayList<>();
        long total = hits.total();
        if (request.threads()) {
            Map<Long, List<IndexHit>> byThread = new LinkedHashMap<>();
            for (IndexHit h : hits.hits()) {
                byThread.computeIfAbsent(threads.getOrDefault(h.id(), h.threadId()), t -> new ArrayList<>()).add(h);
            }
            for (Map.Entry<Long, List<IndexHit>> e : byThread.entrySet()) {
                if (out.size() < request.limit()) {
                    out.add(hit(e.getValue().getFirst(), e.getKey(), e.getValue().size()));
                }
            }
            total = hits.total() <= hits.hits().size() ? byThread.size() : Math.max(byThread.size(), total);
        } else {
            for (IndexHit h : hits.hits()) {
                out.add(hit(h, threads.getOrDefault(h.id(), h.threadId()), 1));
            }
        }
        return new SearchResults(total, (System.nanoTime() - start) / 1_000_000, out, notes);
    }

    private SearchHit hit(IndexHit h, long threadId, int matches) {
        String date = h.dateMillis() == null ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(h.dateMillis()), zone).toString();
        return new SearchHit(h.id(), h.messageId(), threadId, h.subject(), h.from(), date, h.snippet(), h.score(), matches);
    }

    private LongFunction<long[]> threadMembers() {
        return threadId -> store.threadMessages(threadId).stream().mapToLong(StoredMessage::id).toArray();
    }

    private synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = embedders.get();
        }
        return embedder;
    }

    @Override
    public void close() {
        index.close();
        if (embedder != null) {
            embedder.close();
        }
    }

    /** A query split into the free words (the meaning to look for) and the rest (filters). */
    private record Split(String words, QueryNode filter) {

        static Split of(QueryNode q) {
            if (q instanceof QueryNode.Words w && w.field() == Field.ANY) {
                return new Split(w.text(), new QueryNode.All());
            }
            if (q instanceof QueryNode.And and) {
                StringBuilder words = new StringBuilder();
                List<QueryNode> rest = new ArrayList<>();
                for (QueryNode n : and.nodes()) {
                    if (n instanceof QueryNode.Words w && w.field() == Field.ANY) {
                        words.append(w.text()).append(' ');
                    } else {
                        rest.add(n);
                    }
                }
                QueryNode filter = rest.isEmpty() ? new QueryNode.All() : rest.size() == 1 ? rest.getFirst() : new QueryNode.And(rest);
                return new Split(words.toString().strip(), filter);
            }
            return new Split("", q);
        }
    }
}
