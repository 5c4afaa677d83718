package dev.mailroom.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlTest {

    private Sql sql;

    @BeforeEach
    void open() throws SQLException {
        sql = new Sql(DriverManager.getConnection("jdbc:sqlite::memory:"));
        sql.update("CREATE TABLE t (x INTEGER)");
    }

    @AfterEach
    void close() {
        sql.close();
    }

    @Test
    void firstShouldTreatARowHoldingNullAsNothing() {
        assertThat(sql.first("SELECT min(x) FROM t", rs -> {
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        })).isEmpty();
    }

    @Test
    void failuresShouldNameTheStatementOnOneShortLine() {
        assertThatThrownBy(() -> sql.update("""
                SELECT nonsense
                FROM nowhere_at_all WHERE a_rather_long_condition = 1 AND another_condition = 2"""))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("database error in [SELECT nonsense FROM nowhere_at_all WHERE a_rather_long_cond…]: ");
    }
}
