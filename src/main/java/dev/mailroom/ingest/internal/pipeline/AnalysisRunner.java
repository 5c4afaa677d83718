package dev.mailroom.ingest.internal.pipeline;

import dev.mailroom.ingest.AnalysisStage;
import dev.mailroom.ingest.MessagesStored;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the analysis stages on one thread, behind the writer: the writer hands over each committed
 * batch and goes on with the next, waiting only when a batch is already queued. One is enough to
 * keep analysis busy; more would only hold parsed messages in memory.
 */
final class AnalysisRunner {

    private final List<AnalysisStage> stages;
    private final String account;
    private final ThreadPoolExecutor executor;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    AnalysisRunner(List<AnalysisStage> stages, String account) {
        this.stages = List.copyOf(stages);
        this.account = account;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), r -> {
            Thread t = new Thread(r, "mailroom-analyze");
            t.setDaemon(true);
            return t;
        }, (task, pool) -> {
            try {
                pool.getQueue().put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            }
        });
    }

    boolean active() {
        return !stages.isEmpty();
    }

    /** Queues a committed batch for every stage; rethrows a failure of an earlier batch. */
    void submit(List<MessagesStored.Message> stored) {
        rethrow();
        if (stored.isEmpty() || stages.isEmpty()) {
            return;
        }
        MessagesStored event = new MessagesStored(account, stored);
        executor.execute(() -> {
            if (failure.get() != null) {
                return;
            }
            try {
                MessagesStored batch = event;
                for (AnalysisStage stage : stages) {
                    batch = stage.process(batch);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits for every queued batch, then tells the stages the import is over. */
    void finish(boolean completed) {
        executor.shutdown();
        try {
            while (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                // keep waiting: analysis of the last batches is part of the import
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
        if (completed) {
            rethrow();
        }
        for (AnalysisStage stage : stages) {
            stage.importFinished();
        }
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw new IllegalStateException("analysis of stored messages failed: " + e.getMessage(), e);
        }
    }
}
