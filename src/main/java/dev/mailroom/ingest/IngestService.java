package dev.mailroom.ingest;

import dev.mailroom.ingest.internal.mime.MimeParser;
import dev.mailroom.ingest.internal.pipeline.ImportPipeline;
import dev.mailroom.ingest.internal.pipeline.QuarantineRetry;
import dev.mailroom.mailbox.Account;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.MetadataStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest module's facade: imports mail files into the store, parses single messages, and
 * retries quarantined ones. The CLI, and later the API, call these methods.
 */
public final class IngestService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final MetadataStore store;
    private final BlobStore blobs;
    private final Clock clock;
    private final int workers;
    private final List<AnalysisStage> stages;

    /** An ingest service that only stores: no analysis stage runs on imported mail. */
    public IngestService(MetadataStore store, BlobStore blobs, Clock clock, int workers) {
        this(store, blobs, clock, workers, List.of());
    }

    /**
     * An ingest service that hands every stored batch to {@code stages}, in order, on one analysis
     * thread that runs beside the import.
     */
    public IngestService(MetadataStore store, BlobStore blobs, Clock clock, int workers, List<AnalysisStage> stages) {
        this.store = store;
        this.blobs = blobs;
        this.clock = clock;
        this.workers = workers;
        this.stages = List.copyOf(stages);
    }

    /**
     * Imports every message found under {@code paths} (mbox, Maildir, EML, bare RFC 822 files) into
     * the account {@code account}, created when missing. Safe to run again on the same input, also
     * after a crash: messages already stored count as duplicates.
     *
     * @throws IOException when a path does not exist or cannot be read at all
     */
    public ImportSummary importPaths(List<Path> paths, String account, ImportListener listener) throws IOException {
        long start = System.nanoTime();
        recover();
        Account acc = store.account(account, "files");
        long accountId = acc.id();
        ImportPipeline.Result r = new ImportPipeline(store, blobs, clock, workers, stages).run(paths, acc, listener);
        ImportSummary summary = ImportSummary.of(r.seen(), r.imported(), r.duplicates(), r.quarantined(), System.nanoTime() - start);
        LOG.info("import into account {} done: {}", accountId, summary);
        return summary;
    }

    /**
     * Removes what an interrupted import may have left: temporary blob files and blobs that no row
     * refers to. Must not run while another import writes to the same store.
     */
    public long recover() {
        blobs.recover();
        Set<String> referenced = store.referencedBlobs();
        long[] removed = {0};
        blobs.forEach(hash -> {
            if (!referenced.contains(hash)) {
                blobs.delete(hash);
                removed[0]++;
            }
        });
        if (removed[0] > 0) {
            LOG.info("removed {} unreferenced blobs left by an interrupted import", removed[0]);
        }
        return removed[0];
    }

    /** Parses one message without storing it. */
    public ParsedMessage parse(byte[] raw, Instant fileTime) {
        return parseMessage(raw, fileTime);
    }

    /**
     * Parses one message fully: every text it has (HTML-only bodies as text, attachments' text), as
     * the analysis pipeline sees it. Never throws for bad input.
     */
    public static ParsedMessage parseMessage(byte[] raw, Instant fileTime) {
        return MimeParser.forIndexing().parse(raw, fileTime);
    }

    /**
     * The header section of a raw message: everything before the first empty line (all of it when
     * there is none), without that line. Small enough to keep beside a parsed message.
     */
    public static byte[] headerSection(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '\n') {
                continue;
            }
            int next = i + 1;
            if (next < raw.length && raw[next] == '\r') {
                next++;
            }
            if (next >= raw.length || raw[next] == '\n') {
                return java.util.Arrays.copyOf(raw, i + 1);
            }
        }
        return raw.clone();
    }

    /** Tries every quarantined message again; those that now parse and store leave the quarantine. */
    public RetrySummary retryQuarantine() {
        return new QuarantineRetry(store, blobs, clock).run();
    }

}
