package dev.mailroom.search;

/** Progress of long index work (catch-up, reindex, embeddings), for a progress bar or log lines. */
public interface ProgressListener {

    /** Work on {@code total} messages starts. */
    default void started(String task, long total) {}

    /** {@code done} of the total are finished. */
    default void advanced(long done) {}

    /** Ignores progress. */
    ProgressListener NONE = new ProgressListener() {};
}
