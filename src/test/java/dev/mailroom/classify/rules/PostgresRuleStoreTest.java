package dev.mailroom.classify.rules;

import dev.mailroom.db.Database;
import dev.mailroom.db.Sql;
import dev.mailroom.testing.TestPostgres;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresRuleStoreTest implements RuleStoreContract {

    private TestPostgres postgres;
    private Sql sql;
    private RuleStore rules;

    @BeforeEach
    void open() throws SQLException {
        postgres = TestPostgres.create();
        sql = new Sql(Database.at(postgres.url()).migrate().open());
        rules = new RuleStore(sql, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (sql != null) {
            sql.close();
        }
        if (postgres != null) {
            postgres.close();
        }
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
