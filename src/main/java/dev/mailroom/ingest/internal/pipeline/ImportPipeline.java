package dev.mailroom.ingest.internal.pipeline;

import dev.mailroom.ingest.AnalysisStage;
import dev.mailroom.ingest.ImportListener;
import dev.mailroom.ingest.RawMessage;
import dev.mailroom.ingest.internal.files.MailFileScanner;
import dev.mailroom.ingest.internal.files.SourceVisitor;
import dev.mailroom.ingest.internal.mime.MimeParser;
import dev.mailroom.mailbox.Account;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.MetadataStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an import: the calling thread reads the sources, a pool hashes, stores blobs and parses in
 * parallel, and one writer thread stores the results in input order, a batch per transaction. Input
 * order is kept so that threading, and so the whole store, does not depend on timing or on where
 * an interrupted run stopped.
 */
public final class ImportPipeline {

    /**
     * Messages per transaction. With the messages parsed ahead ({@code 2 * BATCH}) and the batches
     * waiting for analysis, about five batches are in memory at once: at 1,000 a large import stays
     * well inside the launcher's 256 MB heap even when analysis is the slower side.
     */
    static final int BATCH = 1000;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportPipeline.class);

    private static final Future<Prepared> END = CompletableFuture.completedFuture(null);

    private final MetadataStore store;
    private final BlobStore blobs;
    private final Clock clock;
    private final int workers;
    private final List<AnalysisStage> stages;

    public ImportPipeline(MetadataStore store, BlobStore blobs, Clock clock, int workers, List<AnalysisStage> stages) {
        this.store = store;
        this.blobs = blobs;
        this.clock = clock;
        this.workers = Math.max(1, workers);
        this.stages = List.copyOf(stages);
    }

    /** Counts of one run: seen and the three outcomes. */
    public record Result(long seen, long imported, long duplicates, long quarantined) {}

    /** Imports every message under {@code paths} into the account. */
    public Result run(List<Path> paths, Account account, ImportListener listener) throws IOException {
        MailFileScanner scanner = new MailFileScanner();
        listener.started(scanner.totalBytes(paths));
        AnalysisRunner analysis = new AnalysisRunner(stages, account.name());
        // Analysis needs the text of HTML-only bodies and attachments; storing alone does not.
        Preparer preparer = new Preparer(blobs, analysis.active() ? MimeParser.forIndexing() : MimeParser.forStorage());
        BatchWriter writer = new BatchWriter(store, blobs, account.id(), clock);
        BlockingQueue<Future<Prepared>> queue = new ArrayBlockingQueue<>(2 * BATCH);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "mailroom-parse");
            t.setDaemon(true);
            return t;
        });
        AtomicLong bytesRead = new AtomicLong();
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> drain(queue, writer, analysis, bytesRead, listener),
                runnable -> {
                    Thread t = new Thread(runnable, "mailroom-write");
                    t.setDaemon(true);
                    t.start();
                });
        long seen = 0;
        try {
            Feeder feeder = new Feeder(queue, pool, preparer, bytesRead, writing);
            scanner.scan(paths, feeder);
            seen = feeder.seen;
        } finally {
            offer(queue, END, writing);
            pool.shutdown();
        }
        boolean completed = false;
        try {
            writing.get();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            completed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            analysis.finish(completed);
        }
        BatchWriter.Counts c = writer.counts();
        LOG.debug("writer thread busy {} ms of the import", writer.counts().busyNanos / 1_000_000);
        return new Result(seen, c.imported, c.duplicates, c.quarantined);
    }

    private static void drain(BlockingQueue<Future<Prepared>> queue, BatchWriter writer, AnalysisRunner analysis,
            AtomicLong bytesRead, ImportListener listener) {
        List<Prepared> batch = new ArrayList<>(BATCH);
        while (true) {
            Future<Prepared> next = queue.poll();
            if (next == null) {
                // Nothing waiting: commit what we have rather than sit on it.
                flush(batch, writer, analysis, bytesRead, listener);
                next = take(queue);
            }
            if (next == END) {
                flush(batch, writer, analysis, bytesRead, listener);
                return;
            }
            batch.add(join(next));
            if (batch.size() >= BATCH) {
                flush(batch, writer, analysis, bytesRead, listener);
            }
        }
    }

    private static void flush(List<Prepared> batch, BatchWriter writer, AnalysisRunner analysis, AtomicLong bytesRead,
            ImportListener listener) {
        if (!batch.isEmpty()) {
            analysis.submit(writer.write(batch));
            batch.clear();
            listener.progress(bytesRead.get(), writer.counts().total());
        }
    }

    private static Prepared join(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    private static Future<Prepared> take(BlockingQueue<Future<Prepared>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** Queues {@code f}, giving up when the writer has stopped (it would never take it). */
    private static void offer(BlockingQueue<Future<Prepared>> queue, Future<Prepared> f, CompletableFuture<Void> writing) {
        try {
            while (!queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
                if (writing.isDone()) {
                    writing.join();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** Hands each scanned message to the pool, keeping input order in the queue. */
    private static final class Feeder implements SourceVisitor {
        private final BlockingQueue<Future<Prepared>> queue;
        private final ExecutorService pool;
        private final Preparer preparer;
        private final AtomicLong bytesRead;
        private final CompletableFuture<Void> writing;
        long seen;

        Feeder(BlockingQueue<Future<Prepared>> queue, ExecutorService pool, Preparer preparer, AtomicLong bytesRead,
                CompletableFuture<Void> writing) {
            this.queue = queue;
            this.pool = pool;
            this.preparer = preparer;
            this.bytesRead = bytesRead;
            this.writing = writing;
        }

        @Override
        public void message(RawMessage message) {
            submit(message, () -> preparer.prepare(message));
        }

        @Override
        public void unreadable(String location, byte[] bytes, String reason) {
            RawMessage raw = new RawMessage(bytes, "INBOX", Set.of(), location, null);
            submit(raw, () -> new Prepared.Broken(raw, preparer.keep(bytes), reason));
        }

        private void submit(RawMessage raw, java.util.concurrent.Callable<Prepared> task) {
            if (writing.isCompletedExceptionally()) {
                writing.join();
            }
            seen++;
            bytesRead.addAndGet(raw.bytes().length);
            offer(queue, pool.submit(task), writing);
        }
    }

}
