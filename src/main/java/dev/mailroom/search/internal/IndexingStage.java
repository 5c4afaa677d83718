package dev.mailroom.search.internal;

import dev.mailroom.ingest.AnalysisStage;
import dev.mailroom.ingest.MessagesStored;
import dev.mailroom.search.IndexDocument;
import dev.mailroom.search.SearchIndex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text stage of the analysis pipeline: indexes each stored batch and commits at most
 * every {@link #COMMIT_EVERY_MILLIS}, so that other processes see new mail within a second or so and
 * a crash loses at most that much indexing, which the next start catches up.
 */
public final class IndexingStage implements AnalysisStage {

    static final long COMMIT_EVERY_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(IndexingStage.class);

    private final SearchIndex index;
    private final Clock clock;
    private final long floor;
    private long lastCommit;
    private long highest;
    private long uncommitted;

    public IndexingStage(SearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
        this.lastCommit = clock.millis();
        this.highest = index.indexedUpTo();
        this.floor = highest;
    }

    @Override
    public void messagesStored(MessagesStored batch) {
        // Messages above what the index held when this stage started are new to it: adding them
        // skips a look-up per message. Anything else (not expected) replaces its document.
        List<IndexDocument> fresh = new ArrayList<>();
        List<IndexDocument> known = new ArrayList<>();
        List<IndexDocument> docs = batch.messages().parallelStream().map(m -> build(batch.account(), m))
                .filter(java.util.Objects::nonNull).toList();
        for (IndexDocument d : docs) {
            (d.id() > floor ? fresh : known).add(d);
        }
        // in slices, so that both cores analyse text (Lucene's writer takes documents from many threads)
        int slice = Math.max(64, fresh.size() / (2 * Runtime.getRuntime().availableProcessors()) + 1);
        java.util.stream.IntStream.range(0, (fresh.size() + slice - 1) / slice).parallel()
                .forEach(i -> index.add(fresh.subList(i * slice, Math.min(fresh.size(), (i + 1) * slice))));
        if (!known.isEmpty()) {
            index.upsert(known);
        }
        for (MessagesStored.Message m : batch.messages()) {
            highest = Math.max(highest, m.id());
        }
        uncommitted += docs.size();
        if (clock.millis() - lastCommit >= COMMIT_EVERY_MILLIS) {
            commit();
        }
    }

    private static IndexDocument build(String account, MessagesStored.Message m) {
        try {
            return DocumentBuilder.build(m.id(), m.threadId(), account, m.folder(), DocumentBuilder.flagNames(m.flags()), m.size(),
                    m.parsed());
        } catch (RuntimeException e) {
            LOG.warn("cannot index message {} ({}); it stays out of the search index", m.id(), e.toString());
            return null;
        }
    }

    @Override
    public void importFinished() {
        commit();
    }

    private void commit() {
        index.commit(highest);
        lastCommit = clock.millis();
        LOG.debug("search index committed up to message {} ({} new documents)", highest, uncommitted);
        uncommitted = 0;
    }
}
