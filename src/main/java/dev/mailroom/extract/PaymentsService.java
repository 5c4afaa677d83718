package dev.mailroom.extract;

import dev.mailroom.db.Database;
import dev.mailroom.db.DatabaseException;
import dev.mailroom.db.Sql;
import dev.mailroom.extract.internal.ledger.Decision;
import dev.mailroom.extract.internal.ledger.Extraction;
import dev.mailroom.extract.internal.ledger.LedgerBuilder;
import dev.mailroom.extract.internal.ledger.LedgerStore;
import dev.mailroom.extract.internal.ledger.Row;
import dev.mailroom.ingest.AnalysisStage;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.MessagesStored;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.shared.Progress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payments ledger's facade, for the CLI, the REST API, the dashboard and the MCP server alike:
 * finds bills, invoices, receipts, renewals, failed payments and refunds in stored mail (as an
 * analysis stage of imports, after classification, and for what an import left behind), keeps the
 * ledger of what is due, paid and late, detects recurring payments, raises reminders and takes the
 * user's decisions, which survive every rebuild. The rules are those of ADR 0012.
 *
 * <p>Only mail inside the scan window ({@code payments.scan-window}) is analysed, and each message
 * once: later runs skip what was analysed. "Today" is the clock's day in the settings' zone.
 */
public final class PaymentsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentsService.class);
    private static final int BATCH = 200;

    private final LedgerStore db;
    private final MetadataStore store;
    private final BlobStore blobs;
    private final Clock clock;
    private final PaymentSettings settings;
    private final PaymentFinder finder;
    private final PaymentViews views;

    private PaymentsService(LedgerStore db, MetadataStore store, BlobStore blobs, Clock clock, PaymentSettings settings,
            PaymentFinder finder) {
        this.db = db;
        this.store = store;
        this.blobs = blobs;
        this.clock = clock;
        this.settings = settings;
        this.finder = finder;
        this.views = new PaymentViews(db);
    }

    /** Opens the ledger on a migrated database (its own connection) beside the message store. */
    public static PaymentsService open(Database database, MetadataStore store, BlobStore blobs, Clock clock,
            PaymentSettings settings, PaymentFinder finder) {
        try {
            return new PaymentsService(new LedgerStore(new Sql(database.open())), store, blobs, clock, settings, finder);
        } catch (SQLException e) {
            throw new DatabaseException("cannot open " + database + ": " + e.getMessage(), e);
        }
    }

    /** The settings in force. */
    public PaymentSettings settings() {
        return settings;
    }

    /** Today in the settings' zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    /** The first day of the scan window, or null when every message is scanned. */
    public LocalDate windowStart() {
        return settings.scanWindow() == null ? null : today().minus(settings.scanWindow());
    }

    private Long windowStartMillis() {
        LocalDate start = windowStart();
        return start == null ? null : start.atStartOfDay(settings.zone()).toInstant().toEpochMilli();
    }

    // ---------------------------------------------------------------- analysis

    /** The analysis stage that finds payments in each stored batch; it runs after classification. */
    public AnalysisStage stage() {
        return this::analyseBatch;
    }

    private void analyseBatch(MessagesStored batch) {
        Long since = windowStartMillis();
        List<MessagesStored.Message> inWindow = batch.messages().stream()
                .filter(m -> since == null || m.parsed().date() == null || m.parsed().date().toInstant().toEpochMilli() >= since)
                .toList();
        if (inWindow.isEmpty()) {
            return;
        }
        Set<Long> done = db.scanned(inWindow.stream().map(MessagesStored.Message::id).toList());
        List<Found> found = inWindow.stream().filter(m -> !done.contains(m.id())).toList().parallelStream()
                .map(m -> find(m.id(), m.parsed(), m.header())).toList();
        if (save(found)) {
            rebuild();
        }
    }

    /** What was found in one message. */
    private record Found(long messageId, LocalDate messageDate, List<ExtractedPayment> payments) {}

    private Found find(long id, ParsedMessage parsed, byte[] header) {
        OffsetDateTime date = parsed.date();
        LocalDate day = date == null ? today() : date.atZoneSameInstant(settings.zone()).toLocalDate();
        try {
            List<ExtractedPayment> payments = finder.find(parsed, header);
            return new Found(id, day, payments == null ? List.of() : List.copyOf(payments));
        } catch (RuntimeException e) {
            LOG.warn("could not extract payments from message {}: {}", id, e.getClass().getSimpleName());
            return new Found(id, day, List.of());
        }
    }

    /** Stores the scans; true when any payment was found. */
    private boolean save(List<Found> found) {
        if (found.isEmpty()) {
            return false;
        }
        return db.transaction(() -> {
            boolean any = false;
            for (Found f : found) {
                db.saveScan(f.messageId(), f.messageDate(), f.payments(), clock.instant());
                any |= !f.payments().isEmpty();
            }
            return any;
        });
    }

    /**
     * Analyses the stored messages inside the scan window that were never analysed (after an
     * interrupted import, or when the window was widened). Returns how many were analysed.
     */
    public long catchUp(Progress progress) {
        Long since = windowStartMillis();
        long pending = db.unscannedCount(since);
        if (pending == 0) {
            return 0;
        }
        progress.started("payments", pending);
        long done = 0;
        long after = 0;
        boolean any = false;
        while (true) {
            List<Long> ids = db.unscanned(after, since, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            any |= save(ids.parallelStream().map(this::findStored).flatMap(Optional::stream).toList());
            after = ids.getLast();
            done += ids.size();
            progress.advanced(done);
        }
        if (any) {
            rebuild();
        }
        return done;
    }

    private Optional<Found> findStored(long id) {
        Optional<StoredMessage> s = store.message(id);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> raw = blobs.get(s.get().blobSha256());
        if (raw.isEmpty()) {
            LOG.warn("the raw mail of message {} is missing; no payments read from it", id);
            return Optional.of(new Found(id, today(), List.of()));
        }
        ParsedMessage parsed = IngestService.parseMessage(raw.get(), s.get().date() == null ? null : s.get().date().toInstant());
        return Optional.of(find(id, parsed, IngestService.headerSection(raw.get())));
    }

    /**
     * Analyses every stored message inside the scan window again, rebuilds the ledger from what is
     * found and replays every decision of the user.
     */
    public Reanalysis reanalyze(Progress progress) {
        long started = System.nanoTime();
        db.transaction(() -> {
            db.clearScans();
            return null;
        });
        long messages = catchUp(progress);
        LedgerBuilder.Built built = rebuild();
        long found = db.extractions().size();
        long inSpam = settings.skipSpam() ? found - built.rows().stream().filter(r -> r.messageId() != null).count() : 0;
        long entries = built.rows().stream().filter(r -> r.mergedInto() == null).count();
        return new Reanalysis(messages, found, inSpam, entries, built.replayed(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * How a re-analysis of payments went.
     *
     * @param messages how many messages were analysed
     * @param payments how many payments were found in them
     * @param inSpam how many of those are in mail filed as spam or kept in a junk folder, left out of
     *     the ledger ({@code payments.skip-spam})
     * @param entries how many ledger entries there are now (expected ones included, absorbed ones not)
     * @param decisionsReplayed how many decisions of the user were applied again
     * @param seconds how long it took
     */
    public record Reanalysis(long messages, long payments, long inSpam, long entries, long decisionsReplayed, double seconds) {}

    /**
     * Builds the ledger again from what was found, for when something it depends on changed outside
     * it: a message filed as spam or taken out of spam by hand. Returns how many entries it has.
     */
    public long refresh() {
        return rebuild().rows().stream().filter(r -> r.mergedInto() == null).count();
    }

    /**
     * Computes the ledger from the extractions and decisions and stores it, keeping the ids of entries
     * that stay. With {@code payments.skip-spam}, what was found in spam mail is left out.
     */
    private LedgerBuilder.Built rebuild() {
        return db.transaction(() -> {
            List<Extraction> found = db.extractions();
            if (settings.skipSpam()) {
                Set<Long> spam = db.spamWithPayments();
                if (!spam.isEmpty()) {
                    found = found.stream().filter(e -> !spam.contains(e.messageId())).toList();
                }
            }
            LedgerBuilder.Built built = LedgerBuilder.build(found, db.decisions(), today());
            db.replaceLedger(built.rows());
            return built;
        });
    }

    // ---------------------------------------------------------------- views

    /** The entries {@code query} asks for, by date (due date, else the day paid or the message's day), then id. */
    public List<LedgerEntry> list(PaymentQuery query) {
        return views.list(query, today());
    }

    /** One entry; empty when there is none with that id (or it was merged into another). */
    public Optional<LedgerEntry> entry(long id) {
        return views.entry(id, today());
    }

    /** The ledger at a glance. */
    public PaymentSummary summary() {
        return views.summary(today());
    }

    /**
     * Writes the entries {@code query} asks for to {@code out} as CSV, iCalendar (with alarms
     * {@code payments.reminder-days} before each due date) or a PDF statement per month, and
     * returns how many entries it holds.
     *
     * @throws LedgerExportException naming the file and the reason, when it cannot be written
     */
    public int export(LedgerExportFormat format, PaymentQuery query, java.nio.file.Path out) {
        List<LedgerEntry> entries = list(query);
        new LedgerExporter(clock, settings.zone(), settings.reminderDays()).export(format, entries, out);
        return entries.size();
    }

    /** The recurring series with their cadence and yearly cost, by payee. */
    public List<Subscription> subscriptions() {
        return views.subscriptions();
    }

    /** How many messages were analysed for payments. */
    public long scannedCount() {
        return db.scannedCount();
    }

    // ---------------------------------------------------------------- reminders

    /**
     * Raises the reminders that are due today and returns them: one {@code due_soon} when an
     * upcoming entry's due date is at most {@code payments.reminder-days} ahead, one {@code overdue}
     * once it has passed. Each is raised and stored once per entry, kind and due date (an edited due
     * date raises again); calling again returns the same events, no longer new. Expected entries
     * are not reminded of.
     */
    public List<ReminderEvent> reminders() {
        LocalDate today = today();
        LocalDate horizon = today.plusDays(settings.reminderDays());
        List<ReminderEvent> out = new ArrayList<>();
        db.transaction(() -> {
            for (LedgerStore.Stored s : db.ledger()) {
                Row r = s.row();
                if (r.mergedInto() != null || r.expected() || r.dueDate() == null) {
                    continue;
                }
                LedgerEntry e = r.toEntry(s.id(), today);
                ReminderEvent.Kind kind = switch (e.status()) {
                    case OVERDUE -> ReminderEvent.Kind.OVERDUE;
                    case UPCOMING -> r.dueDate().isAfter(horizon) ? null : ReminderEvent.Kind.DUE_SOON;
                    default -> null;
                };
                if (kind != null) {
                    boolean fresh = db.raise(r.key(), kind.key(), r.dueDate(), r.payee(), r.amount(), r.currency(),
                            clock.instant());
                    db.reminder(r.key(), kind.key(), r.dueDate()).ifPresent(m -> out.add(event(m, s.id(), fresh)));
                }
            }
            return null;
        });
        if (!out.isEmpty()) {
            LOG.info("{} payment reminders due, {} raised now", out.size(), out.stream().filter(ReminderEvent::newlyRaised).count());
        }
        return out;
    }

    /** Every reminder event raised so far, oldest first; an event whose entry is gone has entry id 0. */
    public List<ReminderEvent> reminderEvents() {
        Map<String, Long> ids = new LinkedHashMap<>();
        db.ledger().forEach(s -> ids.put(s.row().key(), s.id()));
        return db.reminders().stream().map(m -> event(m, ids.getOrDefault(m.entryKey(), 0L), false)).toList();
    }

    private static ReminderEvent event(LedgerStore.Reminder m, long entryId, boolean fresh) {
        return new ReminderEvent(m.id(), entryId, ReminderEvent.Kind.of(m.kind()), m.dueDate(), m.payee(), m.amount(),
                m.currency(), m.raisedAt(), fresh);
    }

    // ---------------------------------------------------------------- decisions

    /**
     * Agrees with an entry as it is: it is marked decided by the user, confidence 1.
     *
     * @throws NoSuchElementException when there is no such entry
     * @throws IllegalArgumentException when the entry is an expected one
     */
    public LedgerEntry confirm(long id) {
        return decide(id, Decision.Action.CONFIRM, Map.of());
    }

    /**
     * Changes an entry's payee, amount, currency, due date or kind; the change is kept over every
     * rebuild and decides what the entry matches (a receipt of the edited amount pays it).
     */
    public LedgerEntry edit(long id, PaymentEdit edit) {
        if (edit.isEmpty()) {
            throw new IllegalArgumentException("say what to change: payee, amount, currency, due date or kind");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (edit.payee() != null) {
            fields.put("payee", edit.payee());
        }
        if (edit.amount() != null) {
            fields.put("amount", edit.amount().toPlainString());
        }
        if (edit.currency() != null) {
            fields.put("currency", edit.currency());
        }
        if (edit.dueDate() != null) {
            fields.put("due_date", edit.dueDate().toString());
        }
        if (edit.kind() != null) {
            fields.put("kind", edit.kind().key());
        }
        return decide(id, Decision.Action.EDIT, fields);
    }

    /** Marks an entry paid on {@code on} (today when null). */
    public LedgerEntry markPaid(long id, LocalDate on) {
        return decide(id, Decision.Action.PAID, Map.of("on", (on == null ? today() : on).toString()));
    }

    /** Dismisses an entry: it is cancelled, reminded of no more and counted in no total. */
    public LedgerEntry dismiss(long id) {
        return decide(id, Decision.Action.DISMISS, Map.of());
    }

    /**
     * Merges entry {@code id} into {@code intoId}: the two are one payment. The merged entry is no
     * longer listed; the other keeps its fields and takes from it what it lacks (due date, invoice
     * number, account digits, period), and becomes paid when the merged one was a payment. Returns
     * the entry merged into.
     */
    public LedgerEntry merge(long id, long intoId) {
        if (id == intoId) {
            throw new IllegalArgumentException("an entry cannot be merged into itself");
        }
        Row into = decidable(intoId);
        decidable(id);
        record(id, Decision.Action.MERGE, Map.of("into", into.key()));
        return entry(intoId).orElseThrow();
    }

    private LedgerEntry decide(long id, Decision.Action action, Map<String, String> detail) {
        decidable(id);
        record(id, action, detail);
        return entry(id).orElseThrow();
    }

    private void record(long id, Decision.Action action, Map<String, String> detail) {
        Row r = db.entry(id).orElseThrow().row();
        db.transaction(() -> {
            db.addDecision(r.key(), action, detail, clock.instant());
            return null;
        });
        rebuild();
        LOG.info("payment entry {}: {} by the user", id, action.key());
    }

    private Row decidable(long id) {
        LedgerStore.Stored s = db.entry(id).orElseThrow(() -> new NoSuchElementException("no payment entry " + id));
        if (s.row().mergedInto() != null) {
            long into = db.entry(s.row().mergedInto()).map(LedgerStore.Stored::id).orElse(0L);
            throw new IllegalArgumentException("payment entry " + id + " was merged into entry " + into + "; use that one");
        }
        if (s.row().expected()) {
            throw new IllegalArgumentException("payment entry " + id
                    + " is expected from a recurring series, not found in a message; decide about the real one when it comes");
        }
        return s.row();
    }

    @Override
    public void close() {
        db.close();
    }
}
