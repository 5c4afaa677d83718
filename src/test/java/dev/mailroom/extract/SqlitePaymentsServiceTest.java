package dev.mailroom.extract;

import dev.mailroom.db.Database;
import java.nio.file.Path;

class SqlitePaymentsServiceTest extends PaymentsServiceContract {

    @Override
    Database database(Path dir) {
        return Database.sqlite(dir).migrate();
    }
}
