package dev.mailroom.classify.rules;

import dev.mailroom.db.Database;
import dev.mailroom.db.Sql;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteRuleStoreTest implements RuleStoreContract {

    @TempDir
    Path dir;

    private Sql sql;
    private RuleStore rules;

    @BeforeEach
    void open() throws SQLException {
        sql = new Sql(Database.sqlite(dir).migrate().open());
        rules = new RuleStore(sql, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        sql.close();
    }

    @Override
    public RuleStore rules() {
        return rules;
    }

    @Override
    public Sql sql() {
        return sql;
    }
}
