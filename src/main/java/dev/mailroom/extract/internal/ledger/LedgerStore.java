package dev.mailroom.extract.internal.ledger;

import dev.mailroom.db.Sql;
import dev.mailroom.extract.BillingPeriod;
import dev.mailroom.extract.ExtractedPayment;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.extract.PaymentStatus;
import dev.mailroom.shared.Json;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.type.TypeReference;

/**
 * The payments tables of migration V3 on one connection: scanned messages, extractions, the ledger,
 * the user's decisions and reminder events. Calls are serialised.
 */
public final class LedgerStore implements AutoCloseable {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final Sql sql;

    public LedgerStore(Sql sql) {
        this.sql = sql;
    }

    /** Runs {@code work} in one transaction. */
    public synchronized <T> T transaction(Supplier<T> work) {
        return sql.transaction(work);
    }

    // ---------------------------------------------------------------- scanning

    /** Which of {@code ids} were analysed already. */
    public synchronized Set<Long> scanned(List<Long> ids) {
        Set<Long> out = new HashSet<>();
        for (long id : ids) {
            if (sql.count("SELECT count(*) FROM payment_scans WHERE message_id = ?", id) > 0) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Up to {@code limit} ids above {@code afterId} of stored messages never analysed whose date is
     * at or after {@code sinceMillis} (null: any date); messages without a date count as inside.
     */
    public synchronized List<Long> unscanned(long afterId, Long sinceMillis, int limit) {
        return sql.query("""
                SELECT m.id FROM messages m LEFT JOIN payment_scans s ON s.message_id = m.id
                WHERE s.message_id IS NULL AND m.id > ? AND (m.date_millis IS NULL OR m.date_millis >= ?)
                ORDER BY m.id LIMIT ?
                """, rs -> rs.getLong(1), afterId, since(sinceMillis), limit);
    }

    /** How many stored messages inside the window were never analysed. */
    public synchronized long unscannedCount(Long sinceMillis) {
        return sql.count("""
                SELECT count(*) FROM messages m LEFT JOIN payment_scans s ON s.message_id = m.id
                WHERE s.message_id IS NULL AND (m.date_millis IS NULL OR m.date_millis >= ?)
                """, since(sinceMillis));
    }

    private static long since(Long sinceMillis) {
        return sinceMillis == null ? Long.MIN_VALUE : sinceMillis;
    }

    /** How many messages were analysed. */
    public synchronized long scannedCount() {
        return sql.count("SELECT count(*) FROM payment_scans");
    }

    /** Records that a message was analysed and what was found in it, replacing what an earlier run found. */
    public synchronized void saveScan(long messageId, LocalDate messageDate, List<ExtractedPayment> found, Instant now) {
        sql.update("DELETE FROM payment_extractions WHERE message_id = ?", messageId);
        for (int i = 0; i < found.size(); i++) {
            ExtractedPayment p = found.get(i);
            sql.update("""
                    INSERT INTO payment_extractions (message_id, position, kind, payee, amount, currency, due_date,
                        invoice_number, account_last4, period, confidence, message_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, messageId, i, p.kind().key(), p.payee(), p.amount().toPlainString(), p.currency(), p.dueDate(),
                    p.invoiceNumber(), p.accountLast4(), p.period(), p.confidence(), messageDate);
        }
        sql.update("""
                INSERT INTO payment_scans (message_id, found, scanned_at) VALUES (?, ?, ?)
                ON CONFLICT (message_id) DO UPDATE SET found = excluded.found, scanned_at = excluded.scanned_at
                """, messageId, found.size(), now.toString());
    }

    /** Forgets every scan and extraction, for a re-analysis. */
    public synchronized void clearScans() {
        sql.update("DELETE FROM payment_extractions");
        sql.update("DELETE FROM payment_scans");
    }

    /** Every extraction, by message and position. */
    public synchronized List<Extraction> extractions() {
        return sql.query("SELECT * FROM payment_extractions ORDER BY message_id, position", rs -> new Extraction(
                rs.getLong("message_id"), rs.getInt("position"), LocalDate.parse(rs.getString("message_date")),
                new ExtractedPayment(PaymentKind.of(rs.getString("kind")), rs.getString("payee"),
                        new BigDecimal(rs.getString("amount")), rs.getString("currency"), date(rs, "due_date"),
                        rs.getString("invoice_number"), rs.getString("account_last4"), period(rs),
                        rs.getDouble("confidence"))));
    }

    /**
     * The messages with a payment found that are spam to the reader: filed as spam by the classifier
     * or by hand, or stored in a junk folder ({@link JunkFolders}).
     */
    public synchronized Set<Long> spamWithPayments() {
        Set<Long> out = new HashSet<>();
        sql.query("""
                SELECT DISTINCT e.message_id, f.name, c.category FROM payment_extractions e
                JOIN messages m ON m.id = e.message_id JOIN folders f ON f.id = m.folder_id
                LEFT JOIN classifications c ON c.message_id = e.message_id
                """, rs -> {
            if ("spam".equals(rs.getString(3)) || JunkFolders.isJunk(rs.getString(2))) {
                out.add(rs.getLong(1));
            }
            return null;
        });
        return out;
    }

    // ---------------------------------------------------------------- decisions

    /** Stores a decision; it is applied from the next rebuild on. */
    public synchronized void addDecision(String entryKey, Decision.Action action, Map<String, String> detail, Instant now) {
        sql.update("INSERT INTO payment_decisions (entry_key, action, detail, decided_at) VALUES (?, ?, ?, ?)", entryKey,
                action.key(), Json.write(detail), now.toString());
    }

    /** Every decision, in the order made. */
    public synchronized List<Decision> decisions() {
        return sql.query("SELECT * FROM payment_decisions ORDER BY id", rs -> new Decision(rs.getLong("id"),
                rs.getString("entry_key"), Decision.Action.of(rs.getString("action")),
                rs.getString("detail") == null ? Map.of() : Json.mapper().readValue(rs.getString("detail"), FIELDS),
                Instant.parse(rs.getString("decided_at"))));
    }

    // ---------------------------------------------------------------- ledger

    /** A stored ledger row with its id. */
    public record Stored(long id, Row row) {}

    /**
     * Makes the ledger table hold exactly {@code rows}: an entry whose key was there keeps its id,
     * new keys get new ids, keys no longer computed are deleted.
     */
    public synchronized void replaceLedger(List<Row> rows) {
        Set<String> keep = new HashSet<>();
        for (Row r : rows) {
            keep.add(r.key());
            sql.update("""
                    INSERT INTO payment_entries (entry_key, message_id, kind, payee, amount, currency, due_date, status,
                        paid_on, paid_by_message_id, recurring, expected, invoice_number, account_last4, period, confidence,
                        user_decided, merged_into, sort_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (entry_key) DO UPDATE SET message_id = excluded.message_id, kind = excluded.kind,
                        payee = excluded.payee, amount = excluded.amount, currency = excluded.currency,
                        due_date = excluded.due_date, status = excluded.status, paid_on = excluded.paid_on,
                        paid_by_message_id = excluded.paid_by_message_id, recurring = excluded.recurring,
                        expected = excluded.expected, invoice_number = excluded.invoice_number,
                        account_last4 = excluded.account_last4, period = excluded.period, confidence = excluded.confidence,
                        user_decided = excluded.user_decided, merged_into = excluded.merged_into, sort_date = excluded.sort_date
                    """, r.key(), r.messageId(), r.kind().key(), r.payee(), r.amount().toPlainString(), r.currency(),
                    r.dueDate(), r.status().key(), r.paidOn(), r.paidByMessageId(), r.recurring(), r.expected(),
                    r.invoiceNumber(), r.accountLast4(), r.period(), r.confidence(), r.userDecided(), r.mergedInto(),
                    r.sortDate());
        }
        for (String key : sql.query("SELECT entry_key FROM payment_entries", rs -> rs.getString(1))) {
            if (!keep.contains(key)) {
                sql.update("DELETE FROM payment_entries WHERE entry_key = ?", key);
            }
        }
    }

    /** Every ledger row, absorbed ones too, by date. */
    public synchronized List<Stored> ledger() {
        return sql.query("SELECT * FROM payment_entries ORDER BY sort_date, id", LedgerStore::stored);
    }

    /** One ledger row by id. */
    public synchronized Optional<Stored> entry(long id) {
        return sql.first("SELECT * FROM payment_entries WHERE id = ?", LedgerStore::stored, id);
    }

    /** One ledger row by key. */
    public synchronized Optional<Stored> entry(String key) {
        return sql.first("SELECT * FROM payment_entries WHERE entry_key = ?", LedgerStore::stored, key);
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        long paidBy = rs.getLong("paid_by_message_id");
        Long paidByMessage = rs.wasNull() ? null : paidBy;
        long message = rs.getLong("message_id");
        Long messageId = rs.wasNull() ? null : message;
        return new Stored(rs.getLong("id"), new Row(rs.getString("entry_key"), messageId,
                PaymentKind.of(rs.getString("kind")), rs.getString("payee"), new BigDecimal(rs.getString("amount")),
                rs.getString("currency"), date(rs, "due_date"), PaymentStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                date(rs, "paid_on"), paidByMessage, rs.getBoolean("recurring"), rs.getBoolean("expected"),
                rs.getString("invoice_number"), rs.getString("account_last4"), period(rs), rs.getDouble("confidence"),
                rs.getBoolean("user_decided"), rs.getString("merged_into"), LocalDate.parse(rs.getString("sort_date"))));
    }

    // ---------------------------------------------------------------- reminders

    /** A stored reminder event. */
    public record Reminder(long id, String entryKey, String kind, LocalDate dueDate, String payee, BigDecimal amount,
            String currency, Instant raisedAt) {}

    /** Stores a reminder unless one of the same entry, kind and due date exists; true when it was new. */
    public synchronized boolean raise(String entryKey, String kind, LocalDate dueDate, String payee, BigDecimal amount,
            String currency, Instant now) {
        return sql.update("""
                INSERT INTO payment_reminders (entry_key, kind, due_date, payee, amount, currency, raised_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry_key, kind, due_date) DO NOTHING
                """, entryKey, kind, dueDate, payee, amount.toPlainString(), currency, now.toString()) > 0;
    }

    /** The reminder of an entry, kind and due date. */
    public synchronized Optional<Reminder> reminder(String entryKey, String kind, LocalDate dueDate) {
        return sql.first("SELECT * FROM payment_reminders WHERE entry_key = ? AND kind = ? AND due_date = ?",
                LedgerStore::reminder, entryKey, kind, dueDate);
    }

    /** Every stored reminder, oldest first. */
    public synchronized List<Reminder> reminders() {
        return sql.query("SELECT * FROM payment_reminders ORDER BY id", LedgerStore::reminder);
    }

    private static Reminder reminder(ResultSet rs) throws SQLException {
        return new Reminder(rs.getLong("id"), rs.getString("entry_key"), rs.getString("kind"),
                LocalDate.parse(rs.getString("due_date")), rs.getString("payee"), new BigDecimal(rs.getString("amount")),
                rs.getString("currency"), Instant.parse(rs.getString("raised_at")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    private static BillingPeriod period(ResultSet rs) throws SQLException {
        String s = rs.getString("period");
        return s == null ? null : BillingPeriod.parse(s);
    }

    @Override
    public void close() {
        sql.close();
    }
}
