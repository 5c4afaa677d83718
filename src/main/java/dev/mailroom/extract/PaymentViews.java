package dev.mailroom.extract;

import dev.mailroom.extract.internal.ledger.LedgerBuilder;
import dev.mailroom.extract.internal.ledger.LedgerStore;
import dev.mailroom.extract.internal.ledger.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the stored ledger: lists, single entries, the summary and the subscriptions. */
final class PaymentViews {

    private static final int UPCOMING_DAYS = 30;

    private final LedgerStore db;

    PaymentViews(LedgerStore db) {
        this.db = db;
    }

    /** The visible entries with their ids and rows, by date. */
    private List<LedgerStore.Stored> visible() {
        return db.ledger().stream().filter(s -> s.row().mergedInto() == null).toList();
    }

    List<LedgerEntry> list(PaymentQuery q, LocalDate today) {
        List<LedgerEntry> out = new ArrayList<>();
        for (LedgerStore.Stored s : visible()) {
            LedgerEntry e = s.row().toEntry(s.id(), today);
            LocalDate date = s.row().sortDate();
            if ((q.status() == null || e.status() == q.status()) && (q.from() == null || !date.isBefore(q.from()))
                    && (q.to() == null || !date.isAfter(q.to()))) {
                out.add(e);
            }
        }
        return out;
    }

    Optional<LedgerEntry> entry(long id, LocalDate today) {
        return db.entry(id).filter(s -> s.row().mergedInto() == null).map(s -> s.row().toEntry(s.id(), today));
    }

    PaymentSummary summary(LocalDate today) {
        List<LedgerEntry> upcoming = new ArrayList<>();
        List<LedgerEntry> overdue = new ArrayList<>();
        Map<String, PaymentSummary.Total> months = new TreeMap<>();
        Map<String, PaymentSummary.PayeeTotal> payees = new LinkedHashMap<>();
        long paid = 0;
        long open = 0;
        LocalDate horizon = today.plusDays(UPCOMING_DAYS);
        for (LedgerStore.Stored s : visible()) {
            Row r = s.row();
            LedgerEntry e = r.toEntry(s.id(), today);
            switch (e.status()) {
                case OVERDUE -> overdue.add(e);
                case UPCOMING -> {
                    if (e.dueDate() != null && !e.dueDate().isBefore(today) && !e.dueDate().isAfter(horizon)) {
                        upcoming.add(e);
                    }
                }
                default -> {
                    // paid and cancelled entries are only counted below
                }
            }
            if (e.expected() || e.status() == PaymentStatus.CANCELLED) {
                continue;
            }
            if (e.status() == PaymentStatus.PAID) {
                paid++;
            } else {
                open++;
            }
            YearMonth month = YearMonth.from(r.sortDate());
            months.merge(month + "|" + e.currency(), new PaymentSummary.Total(month, e.currency(), e.amount(), 1),
                    (a, b) -> new PaymentSummary.Total(a.month(), a.currency(), a.amount().add(b.amount()), a.count() + 1));
            payees.merge(e.payee().toLowerCase(java.util.Locale.ROOT) + "|" + e.currency(),
                    new PaymentSummary.PayeeTotal(e.payee(), e.currency(), e.amount(), 1),
                    (a, b) -> new PaymentSummary.PayeeTotal(a.payee(), a.currency(), a.amount().add(b.amount()), a.count() + 1));
        }
        upcoming.sort(Comparator.comparing(LedgerEntry::dueDate).thenComparingLong(LedgerEntry::id));
        List<PaymentSummary.PayeeTotal> perPayee = new ArrayList<>(payees.values());
        perPayee.sort(Comparator.comparing(PaymentSummary.PayeeTotal::amount).reversed()
                .thenComparing(PaymentSummary.PayeeTotal::payee));
        List<Subscription> subscriptions = subscriptions();
        Map<String, BigDecimal> yearly = new TreeMap<>();
        subscriptions.forEach(sub -> yearly.merge(sub.currency(), sub.yearlyCost(), BigDecimal::add));
        double ratio = paid + open == 0 ? 0 : (double) paid / (paid + open);
        return new PaymentSummary(today, upcoming, overdue, new ArrayList<>(months.values()), perPayee, paid, open, ratio,
                subscriptions, yearly);
    }

    List<Subscription> subscriptions() {
        List<LedgerStore.Stored> stored = db.ledger();
        Map<String, Long> ids = new HashMap<>();
        List<Row> rows = new ArrayList<>(stored.size());
        for (LedgerStore.Stored s : stored) {
            ids.put(s.row().key(), s.id());
            if (s.row().status() != PaymentStatus.CANCELLED) {
                rows.add(s.row());
            }
        }
        List<Subscription> out = new ArrayList<>();
        for (LedgerBuilder.SeriesView v : LedgerBuilder.series(rows)) {
            out.add(new Subscription(v.payee(), v.currency(), v.cadence(), v.typicalAmount(),
                    v.typicalAmount().multiply(BigDecimal.valueOf(v.cadence().perYear())), v.occurrences(), v.lastDate(),
                    v.nextDate(), v.keys().stream().map(k -> ids.getOrDefault(k, 0L)).toList()));
        }
        return out;
    }
}
