package dev.mailroom.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away schema on the PostgreSQL server named by the system property
 * {@code mailroom.test.pg.url} (set by .ci/run). Without it the tests skip with a message; with it
 * set, an unreachable server fails them.
 */
public final class TestPostgres implements AutoCloseable {

    private final String baseUrl;
    private final String schema;

    private TestPostgres(String baseUrl, String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    /** Creates a fresh schema, or skips the test when no server is configured. */
    public static TestPostgres create() {
        String url = System.getProperty("mailroom.test.pg.url", "");
        if (url.isBlank()) {
            url = System.getenv().getOrDefault("MAILROOM_TEST_PG_URL", "");
        }
        Assumptions.assumeFalse(url.isBlank(),
                "PostgreSQL tests skipped: set -Dmailroom.test.pg.url=jdbc:postgresql://... (.ci/run does)");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at mailroom.test.pg.url is not reachable: " + e.getMessage(), e);
        }
        return new TestPostgres(url, schema);
    }

    /** A JDBC URL whose connections use the fresh schema. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
