package dev.mailroom.search.internal.lucene;

import dev.mailroom.search.IndexDocument;
import dev.mailroom.search.IndexHit;
import dev.mailroom.search.IndexHits;
import dev.mailroom.search.SearchException;
import dev.mailroom.search.SearchIndex;
import dev.mailroom.search.SortOrder;
import dev.mailroom.search.query.QueryNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded {@link SearchIndex}: a Lucene index in a directory of the data dir. Opened for
 * writing it owns an {@link IndexWriter} and searches near-real-time; opened read-only it searches
 * the last commit and picks up newer commits (of an import running in another process) as they
 * appear.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final String INDEXED_UP_TO = "mailroom.indexed_up_to";

    /**
     * Lucene says on java.util.logging, at every start, that the incubating Vector API is not
     * enabled. The scalar code it falls back to is fast enough for mail, so the note is noise on a
     * command line; the reference keeps the level from being garbage-collected away.
     */
    private static final java.util.logging.Logger VECTOR_NOTE = quiet("org.apache.lucene.internal.vectorization");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Snippets snippets = new Snippets();

    private LuceneSearchIndex(Path path, boolean writable) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        if (writable) {
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer());
            config.setRAMBufferSizeMB(48);
            config.setCommitOnClose(false);
            try {
                this.writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new SearchException("the search index in " + path + " is being written by another Mailroom process", e);
            }
            this.searchers = new SearcherManager(writer, null);
        } else {
            this.writer = null;
            this.searchers = new SearcherManager(directory, null);
        }
    }

    /** Opens (creating when missing) an index for writing. */
    public static LuceneSearchIndex openForWriting(Path path) {
        try {
            Files.createDirectories(path);
            return new LuceneSearchIndex(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path, e);
        }
    }

    /** Opens an existing index for searching only; fails with a clear message when there is none. */
    public static LuceneSearchIndex openForReading(Path path) {
        try {
            if (!Files.isDirectory(path) || !hasCommit(path)) {
                throw new SearchException("there is no search index in " + path.getParent()
                        + " yet; build it with: mailroom reindex --data-dir " + path.getParent());
            }
            return new LuceneSearchIndex(path, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path, e);
        }
    }

    /** Whether a directory holds a committed index. */
    public static boolean hasCommit(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Directory d = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(d);
        }
    }

    static Analyzer indexAnalyzer() {
        MailAnalyzer text = new MailAnalyzer(MailAnalyzer.Mode.INDEX);
        return new PerFieldAnalyzerWrapper(text, Map.of(Fields.FILE_TEXT, new MailAnalyzer(MailAnalyzer.Mode.EXACT)));
    }

    @Override
    public void upsert(List<IndexDocument> documents) {
        requireWriter();
        try {
            for (IndexDocument d : documents) {
                writer.updateDocument(new Term(Fields.UID, Long.toString(d.id())), DocumentMapper.toDocument(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the search index in " + path, e);
        }
    }

    @Override
    public void add(List<IndexDocument> documents) {
        requireWriter();
        try {
            for (IndexDocument d : documents) {
                writer.addDocument(DocumentMapper.toDocument(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the search index in " + path, e);
        }
    }

    @Override
    public void delete(Collection<Long> ids) {
        requireWriter();
        try {
            for (long id : ids) {
                writer.deleteDocuments(new Term(Fields.UID, Long.toString(id)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        requireWriter();
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(INDEXED_UP_TO, "0").entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(long indexedUpTo) {
        requireWriter();
        try {
            writer.setLiveCommitData(Map.of(INDEXED_UP_TO, Long.toString(indexedUpTo)).entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index in " + path, e);
        }
    }

    @Override
    public long indexedUpTo() {
        Iterable<Map.Entry<String, String>> data = writer != null
                ? writer.getLiveCommitData()
                // read-only: the commit the current searcher sees, so search and marker agree
                : withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().entrySet());
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(INDEXED_UP_TO)) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    @Override
    public IndexHits search(QueryNode query, LongFunction<long[]> threadMembers, SortOrder sort, int limit, boolean withSnippets) {
        Query q = new QueryTranslator(threadMembers).translate(query);
        return withSearcher(s -> {
            int n = Math.max(1, limit);
            // count every hit in the same pass that ranks them: a second counting pass costs more
            TopDocs top = switch (sort) {
                case RELEVANCE -> s.search(q, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE));
                case NEWEST -> s.search(q, new TopFieldCollectorManager(
                        new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true)), n, Integer.MAX_VALUE));
                case OLDEST -> s.search(q, new TopFieldCollectorManager(
                        new Sort(new SortField(Fields.DATE, SortField.Type.LONG, false)), n, Integer.MAX_VALUE));
            };
            long total = top.totalHits.value();
            return new IndexHits(total, hits(s, q, top.scoreDocs, limit, withSnippets));
        });
    }

    @Override
    public IndexHits nearest(float[] vector, QueryNode filter, LongFunction<long[]> threadMembers, int k, boolean withSnippets) {
        Query f = filter == null || filter instanceof QueryNode.All ? null : new QueryTranslator(threadMembers).translate(filter);
        Query knn = new KnnByteVectorQuery(Fields.VECTOR, DocumentMapper.quantize(vector), Math.max(1, k), f);
        return withSearcher(s -> {
            TopDocs top = s.search(knn, Math.max(1, k));
            Query highlight = f == null ? knn : f;
            return new IndexHits(top.scoreDocs.length, hits(s, highlight, top.scoreDocs, k, withSnippets));
        });
    }

    private List<IndexHit> hits(IndexSearcher s, Query q, ScoreDoc[] docs, int limit, boolean withSnippets) throws IOException {
        int n = Math.min(limit, docs.length);
        List<IndexHit> out = new ArrayList<>(n);
        var stored = s.storedFields();
        Snippets.Words words = withSnippets ? Snippets.words(q) : null;
        for (int i = 0; i < n; i++) {
            Document d = stored.document(docs[i].doc);
            String snippet = null;
            if (words != null) {
                String text = d.get(Fields.BODY) != null ? d.get(Fields.BODY) : d.get(Fields.QUOTED);
                snippet = text == null ? "" : snippets.snippet(text, words);
            }
            Number date = d.getField(Fields.DATE) == null ? null : d.getField(Fields.DATE).numericValue();
            out.add(new IndexHit(d.getField(Fields.ID).numericValue().longValue(), Float.isNaN(docs[i].score) ? 0f : docs[i].score,
                    d.get(Fields.MSGID), d.getField(Fields.THREAD).numericValue().longValue(), d.get(Fields.SUBJECT),
                    d.get(Fields.FROM_DISPLAY), date == null ? null : date.longValue(), snippet));
        }
        return out;
    }

    @Override
    public List<Long> withoutEmbedding(long afterId, int limit) {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.HAS_VECTOR, "0")), Occur.FILTER)
                .add(LongPoint.newRangeQuery(Fields.ID, afterId + 1, Long.MAX_VALUE), Occur.FILTER)
                .build();
        return withSearcher(s -> {
            TopDocs top = s.search(q, Math.max(1, limit), new Sort(new SortField(Fields.ID, SortField.Type.LONG)), false);
            List<Long> ids = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(stored.document(sd.doc).getField(Fields.ID).numericValue().longValue());
            }
            return ids;
        });
    }

    @Override
    public Optional<float[]> embedding(long id) {
        return withSearcher(s -> {
            TopDocs top = s.search(LongPoint.newExactQuery(Fields.ID, id), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = top.scoreDocs[0].doc;
            LeafReaderContext leaf = s.getIndexReader().leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, s.getIndexReader().leaves()));
            ByteVectorValues values = leaf.reader().getByteVectorValues(Fields.VECTOR);
            if (values == null) {
                return Optional.empty();
            }
            var it = values.iterator();
            int target = doc - leaf.docBase;
            if (it.advance(target) != target) {
                return Optional.empty();
            }
            return Optional.of(DocumentMapper.dequantize(values.vectorValue(it.index())));
        });
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public long embeddedCount() {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.HAS_VECTOR, "1"))));
    }

    @Override
    public long sizeBytes() {
        try (var files = Files.list(path)) {
            return files.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            // read-only: pick up commits made by an import in another process; writable: our own writes
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + path, e);
        }
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the search index was opened read-only");
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback(); // uncommitted changes are dropped: the catch-up redoes them
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
