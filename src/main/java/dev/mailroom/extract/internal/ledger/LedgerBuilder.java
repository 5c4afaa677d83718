package dev.mailroom.extract.internal.ledger;

import dev.mailroom.extract.Cadence;
import dev.mailroom.extract.ExtractedPayment;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.extract.PaymentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the ledger from what was extracted and what the user decided (ADR 0012): statuses,
 * receipts that settle bills, failed payments that keep bills due, the user's decisions, recurring
 * series and the next payment each is expected to bring. Pure: the same input gives the same rows.
 */
public final class LedgerBuilder {

    private LedgerBuilder() {}

    /**
     * The ledger and how many decisions found their entry.
     *
     * @param rows every entry, absorbed ones included (with {@code mergedInto} set)
     * @param replayed how many decisions were applied
     */
    public record Built(List<Row> rows, int replayed) {}

    /**
     * A recurring series as the ledger shows it.
     *
     * @param keys the entry keys of its payments, oldest first
     */
    public record SeriesView(String payee, String currency, Cadence cadence, BigDecimal typicalAmount, int occurrences,
            LocalDate lastDate, LocalDate nextDate, List<String> keys) {}

    public static Built build(List<Extraction> extractions, List<Decision> decisions, LocalDate today) {
        Map<String, Draft> byKey = new HashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (Extraction e : extractions) {
            Draft d = draft(e);
            byKey.put(d.key, d);
            drafts.add(d);
        }
        int replayed = 0;
        // edits and confirmations first: what the user says the payment is decides what it matches
        for (Decision decision : decisions) {
            Draft d = byKey.get(decision.entryKey());
            if (d == null) {
                continue;
            }
            switch (decision.action()) {
                case EDIT -> edit(d, decision.detail());
                case CONFIRM -> decided(d);
                default -> {
                    continue;
                }
            }
            replayed++;
        }
        drafts.forEach(Draft::deriveStatus);
        settle(drafts);
        for (Decision decision : decisions) {
            Draft d = byKey.get(decision.entryKey());
            if (d == null) {
                continue;
            }
            boolean applied = switch (decision.action()) {
                case PAID -> paid(d, LocalDate.parse(decision.detail().get("on")));
                case DISMISS -> dismiss(d);
                case MERGE -> merge(d, root(byKey, decision.detail().get("into")));
                default -> false;
            };
            replayed += applied ? 1 : 0;
        }
        List<Row> rows = new ArrayList<>();
        for (Recurrence.Series s : Recurrence.find(drafts)) {
            s.drafts().forEach(d -> d.recurring = true);
            if (!s.lapsed(today)) {
                rows.add(expected(s).toRow());
            }
        }
        drafts.forEach(d -> rows.add(d.toRow()));
        return new Built(rows, replayed);
    }

    /** The recurring series among stored rows (absorbed, cancelled and expected ones left out). */
    public static List<SeriesView> series(List<Row> rows) {
        List<Draft> drafts = new ArrayList<>();
        for (Row r : rows) {
            if (r.mergedInto() != null || r.expected()) {
                continue;
            }
            Draft d = new Draft(r.key(), r.messageId(), r.sortDate(), 0);
            d.kind = r.kind();
            d.payee = r.payee();
            d.amount = r.amount();
            d.currency = r.currency();
            d.dueDate = r.dueDate();
            d.status = r.status();
            d.paidOn = r.paidOn();
            drafts.add(d);
        }
        List<SeriesView> out = new ArrayList<>();
        for (Recurrence.Series s : Recurrence.find(drafts)) {
            Draft latest = s.latest();
            out.add(new SeriesView(latest.payee, latest.currency, s.cadence(), s.typicalAmount(), s.drafts().size(),
                    latest.date(), s.next(), s.drafts().stream().map(d -> d.key).toList()));
        }
        out.sort(Comparator.comparing(SeriesView::payee, String.CASE_INSENSITIVE_ORDER).thenComparing(SeriesView::currency));
        return out;
    }

    private static Draft draft(Extraction e) {
        ExtractedPayment p = e.payment();
        Draft d = new Draft(e.key(), e.messageId(), e.messageDate(), e.position());
        d.kind = p.kind();
        d.payee = p.payee();
        d.amount = p.amount();
        d.currency = p.currency();
        // A receipt's stated date is the next charge or the settled bill's due day; the ledger dates a
        // paid entry by the day it was paid and leaves the next charge to recurrence (ADR 0012).
        d.dueDate = p.kind().isSettled() ? null : p.dueDate();
        d.invoiceNumber = p.invoiceNumber();
        d.accountLast4 = p.accountLast4();
        d.period = p.period();
        d.confidence = p.confidence();
        return d;
    }

    /**
     * In the order the messages came: a bill with the payee, currency, amount and due date (or
     * invoice number) of an earlier one is a reminder of it and is absorbed by it; a receipt or payment confirmation settles the earliest open
     * bill, invoice or renewal with the same payee, currency and amount and is absorbed by it; a
     * failed payment notice is absorbed by the latest such bill and keeps it due.
     */
    private static void settle(List<Draft> drafts) {
        List<Draft> events = new ArrayList<>(drafts);
        events.sort(Comparator.comparing((Draft d) -> d.messageDate).thenComparing(d -> d.messageId)
                .thenComparingInt(d -> d.position));
        Map<String, List<Draft>> bills = new HashMap<>();
        for (Draft e : events) {
            if (e.status == PaymentStatus.CANCELLED) {
                continue;
            }
            switch (e.kind) {
                case BILL, INVOICE, SUBSCRIPTION_RENEWAL -> {
                    List<Draft> same = bills.computeIfAbsent(e.matchKey(), k -> new ArrayList<>());
                    Draft first = same.stream().filter(b -> sameDocument(b, e)).findFirst().orElse(null);
                    if (first != null && !e.userDecided) {
                        // a reminder of a bill already in the ledger: the same payment, not a second one
                        e.mergedInto = first.key;
                    } else {
                        same.add(e);
                    }
                }
                case RECEIPT, PAYMENT_CONFIRMATION -> {
                    for (Draft bill : bills.getOrDefault(e.matchKey(), List.of())) {
                        if (bill.open() && bill.settledBy == null) {
                            bill.status = PaymentStatus.PAID;
                            bill.paidOn = e.messageDate;
                            bill.paidBy = e.messageId;
                            bill.settledBy = e;
                            e.mergedInto = bill.key;
                            break;
                        }
                    }
                }
                case FAILED_PAYMENT -> {
                    List<Draft> same = bills.getOrDefault(e.matchKey(), List.of());
                    if (!same.isEmpty()) {
                        Draft bill = same.getLast();
                        reopen(bill);
                        e.mergedInto = bill.key;
                    } else {
                        // a failed charge with no bill in the ledger is itself what is due: a later
                        // receipt for it (the retry that went through) settles it
                        bills.computeIfAbsent(e.matchKey(), k -> new ArrayList<>()).add(e);
                    }
                }
                default -> {
                    // refunds stand alone
                }
            }
        }
    }

    /** Whether two bills of one payee and amount are one document: the same due date or invoice number. */
    private static boolean sameDocument(Draft a, Draft b) {
        if (a.userDecided || a.status == PaymentStatus.CANCELLED) {
            return false;
        }
        return (a.invoiceNumber != null && a.invoiceNumber.equals(b.invoiceNumber))
                || (a.dueDate != null && a.dueDate.equals(b.dueDate));
    }

    private static void reopen(Draft bill) {
        if (bill.settledBy != null) {
            bill.settledBy.mergedInto = null;
            bill.settledBy = null;
        }
        bill.status = PaymentStatus.UPCOMING;
        bill.paidOn = null;
        bill.paidBy = null;
    }

    private static void decided(Draft d) {
        d.userDecided = true;
        d.confidence = 1.0;
    }

    private static void edit(Draft d, Map<String, String> f) {
        if (f.containsKey("payee")) {
            d.payee = f.get("payee");
        }
        if (f.containsKey("amount")) {
            d.amount = new BigDecimal(f.get("amount"));
        }
        if (f.containsKey("currency")) {
            d.currency = f.get("currency");
        }
        if (f.containsKey("due_date")) {
            d.dueDate = LocalDate.parse(f.get("due_date"));
        }
        if (f.containsKey("kind")) {
            d.kind = PaymentKind.of(f.get("kind"));
        }
        decided(d);
    }

    private static boolean paid(Draft d, LocalDate on) {
        d.status = PaymentStatus.PAID;
        d.paidOn = on;
        decided(d);
        return true;
    }

    private static boolean dismiss(Draft d) {
        if (d.settledBy != null) {
            // the receipt that paid it stands on its own again, so its money is still counted
            d.settledBy.mergedInto = null;
            d.settledBy = null;
            d.paidBy = null;
        }
        d.status = PaymentStatus.CANCELLED;
        decided(d);
        return true;
    }

    private static boolean merge(Draft d, Draft into) {
        if (into == null || into == d) {
            return false;
        }
        if (into.dueDate == null) {
            into.dueDate = d.dueDate;
        }
        if (into.invoiceNumber == null) {
            into.invoiceNumber = d.invoiceNumber;
        }
        if (into.accountLast4 == null) {
            into.accountLast4 = d.accountLast4;
        }
        if (into.period == null) {
            into.period = d.period;
        }
        if (into.open() && d.status == PaymentStatus.PAID) {
            into.status = PaymentStatus.PAID;
            into.paidOn = d.paidOn;
            into.paidBy = d.messageId;
        }
        d.mergedInto = into.key;
        decided(d);
        decided(into);
        return true;
    }

    /** The entry that finally holds {@code key}, following merges. */
    private static Draft root(Map<String, Draft> byKey, String key) {
        Draft d = byKey.get(key);
        for (int hops = 0; d != null && d.mergedInto != null && hops < 100; hops++) {
            d = byKey.get(d.mergedInto);
        }
        return d;
    }

    private static Draft expected(Recurrence.Series s) {
        Draft latest = s.latest();
        LocalDate next = s.next();
        Draft e = new Draft("e:" + latest.seriesKey() + "|" + next, null, next, 0);
        e.kind = latest.kind == PaymentKind.BILL || latest.kind == PaymentKind.INVOICE ? latest.kind
                : PaymentKind.SUBSCRIPTION_RENEWAL;
        e.payee = latest.payee;
        e.amount = latest.amount;
        e.currency = latest.currency;
        e.dueDate = next;
        e.status = PaymentStatus.UPCOMING;
        e.recurring = true;
        e.expected = true;
        e.accountLast4 = latest.accountLast4;
        e.confidence = Math.min(0.9, 0.4 + 0.1 * s.drafts().size());
        return e;
    }
}
