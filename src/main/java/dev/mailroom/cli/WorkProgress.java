package dev.mailroom.cli;

import dev.mailroom.search.ProgressListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows progress of index work in messages: a bar on a terminal, a plain line every few seconds otherwise. */
final class WorkProgress implements ProgressListener, AutoCloseable {

    private final boolean quiet;
    private final boolean bar;
    private final PrintStream err = System.err;
    private ProgressBar progressBar;
    private String task;
    private long total;
    private long lastLine;

    WorkProgress(boolean quiet) {
        this.quiet = quiet;
        this.bar = !quiet && Terminal.interactive();
    }

    @Override
    public synchronized void started(String task, long total) {
        closeBar();
        this.task = task;
        this.total = total;
        this.lastLine = System.nanoTime();
        if (bar) {
            progressBar = new ProgressBarBuilder()
                    .setTaskName(label(task))
                    .setInitialMax(Math.max(1, total))
                    .setUnit(" msgs", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUpdateIntervalMillis(200)
                    .build();
        } else if (!quiet) {
            err.printf("%s: %d messages%n", label(task), total);
        }
    }

    @Override
    public synchronized void advanced(long done) {
        if (progressBar != null) {
            progressBar.stepTo(Math.min(done, progressBar.getMax()));
        } else if (!quiet && System.nanoTime() - lastLine > 5_000_000_000L) {
            lastLine = System.nanoTime();
            err.printf("%s: %d of %d messages%n", label(task), done, total);
        }
    }

    private static String label(String task) {
        return switch (task) {
            case "index" -> "Indexing";
            case "embeddings" -> "Embeddings";
            case "classify" -> "Classifying";
            case "reanalyze" -> "Reanalyzing";
            default -> task;
        };
    }

    private void closeBar() {
        if (progressBar != null) {
            progressBar.close();
            progressBar = null;
        }
    }

    @Override
    public synchronized void close() {
        closeBar();
    }
}
