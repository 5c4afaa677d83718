package dev.mailroom.ingest;

import dev.mailroom.db.Database;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.internal.SqlMetadataStore;
import dev.mailroom.mailbox.internal.SqliteBlobStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A data dir with real stores, for import tests. */
final class ImportFixture implements AutoCloseable {

    final MetadataStore store;
    final SqliteBlobStore blobs;
    final IngestService ingest;

    ImportFixture(Path dataDir) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        store = SqlMetadataStore.open(Database.sqlite(dataDir).migrate(), clock);
        blobs = new SqliteBlobStore(dataDir.resolve("blobs.db"));
        ingest = new IngestService(store, blobs, clock, 2);
    }

    ImportSummary importPaths(Path... paths) throws IOException {
        return ingest.importPaths(List.of(paths), "local", ImportListener.NONE);
    }

    @Override
    public void close() {
        store.close();
        blobs.close();
    }
}
