package dev.mailroom.shared;

/** Progress of long work on messages (catch-up, reindex, reanalyze), for a progress bar or log lines. */
public interface Progress {

    /** Work on {@code total} messages starts. */
    default void started(String task, long total) {}

    /** {@code done} of the total are finished. */
    default void advanced(long done) {}

    /** Ignores progress. */
    Progress NONE = new Progress() {};
}
