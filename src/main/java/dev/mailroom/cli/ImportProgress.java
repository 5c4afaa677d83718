package dev.mailroom.cli;

import dev.mailroom.ingest.ImportListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows an import's progress: a bar on a terminal, a plain line every few seconds otherwise. */
final class ImportProgress implements ImportListener, AutoCloseable {

    private final boolean bar;
    private final PrintStream err;
    private final boolean quiet;
    private ProgressBar progressBar;
    private long total;
    private long lastLine;

    ImportProgress(boolean quiet) {
        this.quiet = quiet;
        this.bar = !quiet && Terminal.interactive();
        this.err = System.err;
    }

    @Override
    public synchronized void started(long totalBytes) {
        total = totalBytes;
        lastLine = System.nanoTime();
        if (bar) {
            progressBar = new ProgressBarBuilder()
                    .setTaskName("Importing")
                    .setInitialMax(Math.max(1, totalBytes / 1024))
                    .setUnit(" KiB", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUpdateIntervalMillis(200)
                    .build();
        }
    }

    @Override
    public synchronized void progress(long bytesRead, long messagesStored) {
        if (progressBar != null) {
            progressBar.stepTo(Math.min(bytesRead / 1024, progressBar.getMax()));
            progressBar.setExtraMessage(messagesStored + " messages");
        } else if (!quiet && System.nanoTime() - lastLine > 5_000_000_000L) {
            lastLine = System.nanoTime();
            err.printf("imported %d messages, read %d of %d MB%n", messagesStored, bytesRead >> 20, total >> 20);
        }
    }

    @Override
    public synchronized void close() {
        if (progressBar != null) {
            progressBar.stepTo(progressBar.getMax());
            progressBar.close();
        }
    }
}
