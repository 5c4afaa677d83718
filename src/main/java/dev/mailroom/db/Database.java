package dev.mailroom.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * Opens the metadata database (SQLite in the data dir, or PostgreSQL) and brings its schema up to
 * date with the Flyway migrations under {@code db/migration}.
 */
public final class Database {

    private final String url;
    private final Dialect dialect;

    private Database(String url) {
        this.url = url;
        this.dialect = Dialect.of(url);
    }

    /** The embedded database of a data dir: {@code DIR/mailroom.db}. */
    public static Database sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new DatabaseException("cannot create data dir " + dataDir + ": " + e.getMessage(), e);
        }
        return new Database("jdbc:sqlite:" + dataDir.resolve("mailroom.db"));
    }

    /** A database at a JDBC URL ({@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}). */
    public static Database at(String jdbcUrl) {
        return new Database(jdbcUrl);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Applies pending migrations; safe to call on every start. */
    public Database migrate() {
        try (Connection c = open()) {
            Flyway.configure()
                    .dataSource(new SingleConnectionDataSource(c))
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("id", dialect.idColumn(), "clustered", dialect.clustered()))
                    .load()
                    .migrate();
        } catch (SQLException e) {
            throw new DatabaseException("cannot open database " + Dialect.redact(url) + ": " + e.getMessage(), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new DatabaseException("cannot migrate database " + Dialect.redact(url) + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** A new connection with the session settings Mailroom relies on; the caller closes it. */
    public Connection open() throws SQLException {
        Connection c;
        if (dialect == Dialect.SQLITE) {
            Properties p = new Properties();
            // Mailroom uses INSERT ... RETURNING; the driver's own generated-keys emulation would
            // run an extra query after every insert.
            p.setProperty("jdbc.get_generated_keys", "false");
            // Write transactions take the write lock when they begin and wait for it (busy_timeout):
            // a deferred transaction that reads first and then finds another connection has written
            // fails at once with SQLITE_BUSY, which two writers (import and analysis) would hit.
            p.setProperty("transaction_mode", "IMMEDIATE");
            c = DriverManager.getConnection(url, p);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=30000");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA cache_size=-65536");
                s.execute("PRAGMA temp_store=MEMORY");
                s.execute("PRAGMA wal_autocheckpoint=16384");
            }
        } else {
            c = DriverManager.getConnection(url);
        }
        return c;
    }

    @Override
    public String toString() {
        return "Database[" + Dialect.redact(url) + "]";
    }
}
