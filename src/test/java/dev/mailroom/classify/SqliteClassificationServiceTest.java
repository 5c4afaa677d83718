package dev.mailroom.classify;

import dev.mailroom.db.Database;
import java.nio.file.Path;

class SqliteClassificationServiceTest extends ClassificationServiceContract {

    @Override
    Database database(Path dir) {
        return Database.sqlite(dir).migrate();
    }
}
