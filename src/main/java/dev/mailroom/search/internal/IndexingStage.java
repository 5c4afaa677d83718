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
    private long lastCommit;
    private long highest;
    private long uncommitted;

    public IndexingStage(SearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
        this.lastCommit = clock.millis();
        this.highest = index.indexedUpTo();
    }

    @Override
    public void messagesStored(MessagesStored batch) {
        List<IndexDocument> docs = new ArrayList<>(batch.messages().size());
        for (MessagesStored.Message m : batch.messages()) {
            try {
                docs.add(DocumentBuilder.build(m.id(), m.threadId(), batch.account(), m.folder(),
                        DocumentBuilder.flagNames(m.flags()), m.size(), m.parsed()));
            } catch (RuntimeException e) {
                LOG.warn("cannot index message {} ({}); it stays out of the search index", m.id(), e.toString());
            }
            highest = Math.max(highest, m.id());
        }
        index.upsert(docs);
        uncommitted += docs.size();
        if (clock.millis() - lastCommit >= COMMIT_EVERY_MILLIS) {
            commit();
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
