package dev.mailroom.search;

import dev.mailroom.shared.Progress;

/** Progress of long index work (catch-up, reindex, embeddings), for a progress bar or log lines. */
public interface ProgressListener extends Progress {

    /** Ignores progress. */
    ProgressListener NONE = new ProgressListener() {};
}
