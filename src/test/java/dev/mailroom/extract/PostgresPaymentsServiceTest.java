package dev.mailroom.extract;

import dev.mailroom.db.Database;
import dev.mailroom.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

class PostgresPaymentsServiceTest extends PaymentsServiceContract {

    private TestPostgres postgres;

    @Override
    Database database(Path dir) {
        postgres = TestPostgres.create();
        return Database.at(postgres.url()).migrate();
    }

    @AfterEach
    void dropSchema() {
        closeAll();
        if (postgres != null) {
            postgres.close();
        }
    }
}
