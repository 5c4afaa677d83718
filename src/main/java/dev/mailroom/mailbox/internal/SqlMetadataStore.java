package dev.mailroom.mailbox.internal;

import dev.mailroom.db.Database;
import dev.mailroom.db.DatabaseException;
import dev.mailroom.db.Sql;
import dev.mailroom.mailbox.Account;
import dev.mailroom.mailbox.AttachmentMeta;
import dev.mailroom.mailbox.MailboxWriter;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.Participant;
import dev.mailroom.mailbox.QuarantineEntry;
import dev.mailroom.mailbox.StoreCounts;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.mailbox.ThreadSummary;
import dev.mailroom.shared.EmailAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.type.TypeReference;

/**
 * The metadata store on one JDBC connection, for SQLite and PostgreSQL alike. Calls are serialised;
 * the embedded database has one writer anyway.
 */
public final class SqlMetadataStore implements MetadataStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final Sql sql;
    private final Clock clock;
    private final SqlMailboxWriter writer;

    private SqlMetadataStore(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
        this.writer = new SqlMailboxWriter(sql, clock);
    }

    /** Opens the store on a migrated database. */
    public static SqlMetadataStore open(Database database, Clock clock) {
        try {
            return new SqlMetadataStore(new Sql(database.open()), clock);
        } catch (SQLException e) {
            throw new DatabaseException("cannot open " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Account account(String name, String kind) {
        return findAccount(name).orElseGet(() -> write(w -> {
            sql.update("INSERT INTO accounts (name, kind, created_at) VALUES (?, ?, ?)", name, kind, clock.instant().toString());
            return findAccount(name).orElseThrow();
        }));
    }

    @Override
    public synchronized Optional<Account> findAccount(String name) {
        return sql.first("SELECT id, name, kind, created_at FROM accounts WHERE name = ?", SqlMetadataStore::account, name);
    }

    @Override
    public synchronized List<Account> accounts() {
        return sql.query("SELECT id, name, kind, created_at FROM accounts ORDER BY id", SqlMetadataStore::account);
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)));
    }

    @Override
    public synchronized <T> T write(Function<MailboxWriter, T> work) {
        var c = sql.connection();
        try {
            c.setAutoCommit(false);
            T result;
            try {
                result = work.apply(writer);
                c.commit();
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return result;
        } catch (SQLException e) {
            throw new DatabaseException("transaction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized StoreCounts counts() {
        return new StoreCounts(
                sql.count("SELECT count(*) FROM messages"),
                sql.count("SELECT count(*) FROM threads"),
                sql.count("SELECT count(*) FROM accounts"),
                sql.count("SELECT count(*) FROM folders"),
                sql.count("SELECT count(*) FROM quarantine"));
    }

    @Override
    public synchronized List<ThreadSummary> threads(int limit) {
        List<ThreadSummary> rows = sql.query(
                """
                SELECT t.id, a.name, t.subject, t.message_count, t.first_date, t.last_date
                FROM threads t JOIN accounts a ON a.id = t.account_id
                ORDER BY t.last_date DESC, t.id DESC LIMIT ?""",
                rs -> new ThreadSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        instant(rs, 5), instant(rs, 6), List.of()),
                limit);
        return rows.stream().map(t -> new ThreadSummary(t.id(), t.account(), t.subject(), t.messageCount(),
                t.firstDate(), t.lastDate(), threadParticipants(t.id()))).toList();
    }

    private List<String> threadParticipants(long threadId) {
        List<String> names = sql.query(
                """
                SELECT coalesce(p.name, p.address) FROM addresses p JOIN messages m ON m.id = p.message_id
                WHERE m.thread_id = ? AND p.role = 'from' ORDER BY m.date_millis, m.id""",
                rs -> rs.getString(1), threadId);
        return List.copyOf(new LinkedHashSet<>(names));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static final String MESSAGE_COLUMNS =
            """
            SELECT m.id, a.name, f.name, m.thread_id, m.parent_id, m.twin_of, m.blob_sha256, m.size, m.message_id,
                   m.in_reply_to, m.refs, m.subject, m.from_name, m.from_address, m.date_text, m.date_source,
                   m.list_id, m.attachments, m.flags, m.defects, m.location
            FROM messages m JOIN accounts a ON a.id = m.account_id JOIN folders f ON f.id = m.folder_id
            """;

    @Override
    public synchronized Optional<StoredMessage> message(long id) {
        return sql.first(MESSAGE_COLUMNS + " WHERE m.id = ?", SqlMetadataStore::storedMessage, id);
    }

    @Override
    public synchronized List<StoredMessage> messagesAfter(long afterId, int limit) {
        return sql.query(MESSAGE_COLUMNS + " WHERE m.id > ? ORDER BY m.id LIMIT ?", SqlMetadataStore::storedMessage, afterId, limit);
    }

    @Override
    public synchronized void setFlags(long messageId, Set<String> flags) {
        sql.update("UPDATE messages SET flags = ? WHERE id = ?", String.join(",", new java.util.TreeSet<>(flags)), messageId);
    }

    @Override
    public synchronized long lastMessageId() {
        return sql.first("SELECT max(id) FROM messages", rs -> rs.getLong(1)).orElse(0L);
    }

    @Override
    public synchronized Map<Long, Long> threadIds(Collection<Long> messageIds) {
        Map<Long, Long> out = new HashMap<>();
        List<Long> ids = List.copyOf(messageIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            sql.query("SELECT id, thread_id FROM messages WHERE id IN (" + marks + ")",
                    rs -> out.put(rs.getLong(1), rs.getLong(2)), chunk.toArray());
        }
        return out;
    }

    @Override
    public synchronized List<StoredMessage> threadMessages(long threadId) {
        return sql.query(MESSAGE_COLUMNS + " WHERE m.thread_id = ? ORDER BY m.date_millis, m.id",
                SqlMetadataStore::storedMessage, threadId);
    }

    private static StoredMessage storedMessage(ResultSet rs) throws SQLException {
        String refs = rs.getString(11);
        String from = rs.getString(14);
        String date = rs.getString(15);
        String flags = rs.getString(19);
        String defects = rs.getString(20);
        return new StoredMessage(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                nullableLong(rs, 5), nullableLong(rs, 6), rs.getString(7), rs.getLong(8), rs.getString(9),
                rs.getString(10), refs == null || refs.isEmpty() ? List.of() : Arrays.asList(refs.split(" ")),
                rs.getString(12), from == null ? null : new EmailAddress(rs.getString(13), from),
                date == null ? null : OffsetDateTime.parse(date), rs.getString(16), rs.getString(17), rs.getInt(18),
                flags.isEmpty() ? Set.of() : Set.of(flags.split(",")),
                defects == null ? List.of() : dev.mailroom.shared.Json.mapper().readValue(defects, STRINGS),
                rs.getString(21));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public synchronized List<Participant> participants(long messageId) {
        return sql.query("SELECT role, name, address FROM addresses WHERE message_id = ? ORDER BY role, position",
                rs -> new Participant(rs.getString(1), new EmailAddress(rs.getString(2), rs.getString(3))), messageId);
    }

    @Override
    public synchronized List<AttachmentMeta> attachments(long messageId) {
        return sql.query(
                "SELECT filename, content_type, size, sha256, content_id, inline FROM attachments WHERE message_id = ? ORDER BY position",
                rs -> new AttachmentMeta(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)),
                messageId);
    }

    @Override
    public synchronized List<QuarantineEntry> quarantine() {
        return sql.query(
                """
                SELECT q.id, q.account_id, a.name, q.blob_sha256, q.size, q.folder, q.location, q.reason, q.attempts, q.created_at
                FROM quarantine q JOIN accounts a ON a.id = q.account_id ORDER BY q.id""",
                rs -> new QuarantineEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), Instant.parse(rs.getString(10))));
    }

    @Override
    public synchronized Set<String> referencedBlobs() {
        Set<String> hashes = new HashSet<>(sql.query("SELECT blob_sha256 FROM messages", rs -> rs.getString(1)));
        hashes.addAll(sql.query("SELECT blob_sha256 FROM quarantine", rs -> rs.getString(1)));
        return hashes;
    }

    @Override
    public synchronized void close() {
        sql.close();
    }
}
