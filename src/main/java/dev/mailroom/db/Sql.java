package dev.mailroom.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A connection with prepared statements kept for reuse: the import runs the same few statements thousands of times. */
public final class Sql implements AutoCloseable {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public Sql(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * Called inside a transaction already open on this connection, it simply runs {@code work} as
     * part of it.
     */
    public synchronized <T> T transaction(java.util.function.Supplier<T> work) {
        try {
            if (!connection.getAutoCommit()) {
                return work.get();
            }
            connection.setAutoCommit(false);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("transaction failed: " + e.getMessage(), e);
        }
    }

    public Connection connection() {
        return connection;
    }

    public PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    public int update(String sql, Object... args) {
        try {
            PreparedStatement ps = prepare(sql);
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try {
            PreparedStatement ps = prepare(sql);
            bind(ps, args);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        // An aggregate such as min() yields one row holding NULL: that is "nothing" too.
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public long count(String sql, Object... args) {
        return first(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    /** Runs an {@code INSERT ... RETURNING id} and gives the id. */
    public long insert(String sql, Object... args) {
        return first(sql, rs -> rs.getLong(1), args)
                .orElseThrow(() -> new DatabaseException("insert returned no id: " + sql, null));
    }

    public static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof Boolean b) {
                ps.setBoolean(i + 1, b);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (a instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (a instanceof Double n) {
                ps.setDouble(i + 1, n);
            } else {
                ps.setString(i + 1, a.toString());
            }
        }
    }

    public static DatabaseException failure(String sql, SQLException e) {
        String statement = sql.strip().replaceAll("\\s+", " ");
        String shown = statement.length() <= 60 ? statement : statement.substring(0, 60) + "…";
        return new DatabaseException("database error in [" + shown + "]: " + e.getMessage(), e);
    }

    public void clearStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
    }

    @Override
    public void close() {
        clearStatements();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DatabaseException("cannot close database: " + e.getMessage(), e);
        }
    }
}
