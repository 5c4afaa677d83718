package dev.mailroom.ingest;

/** Follows a long import, for progress bars; called from the import's own threads. */
public interface ImportListener {

    /** The import starts and will read about {@code totalBytes} bytes of input. */
    default void started(long totalBytes) {}

    /** Progress so far: input bytes read and messages committed to the store. */
    default void progress(long bytesRead, long messagesStored) {}

    /** A listener that ignores everything. */
    ImportListener NONE = new ImportListener() {};
}
