package dev.mailroom.ingest.internal.pipeline;

import dev.mailroom.ingest.RawMessage;
import dev.mailroom.ingest.RetrySummary;
import dev.mailroom.ingest.internal.mime.MimeParser;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.QuarantineEntry;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** {@code quarantine --retry}: parses and stores each quarantined message again. */
public final class QuarantineRetry {

    private final MetadataStore store;
    private final BlobStore blobs;
    private final Clock clock;

    public QuarantineRetry(MetadataStore store, BlobStore blobs, Clock clock) {
        this.store = store;
        this.blobs = blobs;
        this.clock = clock;
    }

    public RetrySummary run() {
        Preparer preparer = new Preparer(blobs, MimeParser.forStorage());
        long tried = 0, recovered = 0, duplicates = 0, still = 0;
        for (QuarantineEntry e : store.quarantine()) {
            tried++;
            Optional<byte[]> bytes = blobs.get(e.blobSha256());
            if (bytes.isEmpty()) {
                store.write(w -> w.quarantine(e.accountId(), e.blobSha256(), e.size(), e.folder(), e.location(),
                        "raw bytes missing from the blob store"));
                still++;
                continue;
            }
            RawMessage raw = new RawMessage(bytes.get(), e.folder(), Set.of(), e.location(), e.createdAt());
            Prepared p = preparer.prepare(raw);
            switch (p) {
                case Prepared.Broken b -> {
                    store.write(w -> w.quarantine(e.accountId(), e.blobSha256(), e.size(), e.folder(), e.location(), b.reason()));
                    still++;
                }
                case Prepared.Ready r -> {
                    boolean duplicate = store.write(w -> {
                        boolean dup = w.containsBlob(e.accountId(), r.sha256());
                        if (!dup) {
                            new BatchWriter(store, blobs, e.accountId(), clock).insert(w, r, w.folder(e.accountId(), e.folder()));
                        }
                        w.release(e.id());
                        return dup;
                    });
                    if (duplicate) {
                        duplicates++;
                    } else {
                        recovered++;
                    }
                }
            }
        }
        return new RetrySummary(tried, recovered, duplicates, still);
    }
}
