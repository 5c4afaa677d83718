package dev.mailroom.mailbox;

import dev.mailroom.db.Database;
import dev.mailroom.mailbox.internal.SqlMetadataStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteMetadataStoreTest implements MetadataStoreContract {

    @TempDir
    Path dir;

    private MetadataStore store;

    @BeforeEach
    void open() {
        store = SqlMetadataStore.open(Database.sqlite(dir).migrate(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    public MetadataStore store() {
        return store;
    }
}
