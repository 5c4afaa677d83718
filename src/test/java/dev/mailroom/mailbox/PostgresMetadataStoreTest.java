package dev.mailroom.mailbox;

import dev.mailroom.db.Database;
import dev.mailroom.mailbox.internal.SqlMetadataStore;
import dev.mailroom.testing.TestPostgres;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresMetadataStoreTest implements MetadataStoreContract {

    private TestPostgres postgres;
    private MetadataStore store;

    @BeforeEach
    void open() {
        postgres = TestPostgres.create();
        store = SqlMetadataStore.open(Database.at(postgres.url()).migrate(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    public MetadataStore store() {
        return store;
    }
}
