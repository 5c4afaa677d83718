package dev.mailroom.cli;

import dev.mailroom.extract.LedgerEntry;
import dev.mailroom.extract.PaymentEdit;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.extract.PaymentQuery;
import dev.mailroom.extract.PaymentStatus;
import dev.mailroom.extract.PaymentsService;
import dev.mailroom.shared.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "payments",
        mixinStandardHelpOptions = true,
        description = {
            "The payments ledger: bills, invoices, receipts, renewals, failed payments and refunds found",
            "in your mail, with due dates and status (upcoming, overdue, paid, cancelled), sorted by date.",
            "Recurring payments are marked, and the next one of each series is shown as expected."
        },
        subcommands = {
            PaymentsReports.Summary.class, PaymentsReports.Subscriptions.class, PaymentsReports.Reminders.class,
            PaymentsDecisions.Confirm.class, PaymentsDecisions.Edit.class, PaymentsDecisions.Paid.class,
            PaymentsDecisions.Dismiss.class, PaymentsDecisions.Merge.class, PaymentsExport.class,
            PaymentsTrainGate.class
        })
final class PaymentsCommand implements Callable<Integer> {

    /** Exit code for a wrong option value or an unknown entry. */
    static final int BAD_INPUT = 2;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    PaymentFilterOptions filter;

    @Option(names = "--json", description = "Print {\"today\", \"count\", \"payments\": [...]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PaymentQuery query;
        try {
            query = filter.query();
        } catch (IllegalArgumentException e) {
            return bad(e);
        }
        try (Context ctx = Context.read(dataDir.resolve())) {
            PaymentsService payments = ctx.payments();
            List<LedgerEntry> entries = payments.list(query);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("today", payments.today().toString());
                out.put("count", entries.size());
                out.put("payments", entries.stream().map(PaymentsCommand::json).toList());
                System.out.println(Json.write(out));
            } else {
                table(entries);
            }
        }
        return 0;
    }

    /** A date option's value, or null when not given. */
    static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date as YYYY-MM-DD, such as 2026-10-31, not '" + value + "'");
        }
    }

    static BigDecimal amount(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--amount takes a number such as 12.50 or -5 (a refund), not '" + value + "'");
        }
    }

    static PaymentKind kind(String value) {
        return value == null ? null : PaymentKind.of(value);
    }

    static int bad(RuntimeException e) {
        System.err.println("mailroom: " + e.getMessage());
        return BAD_INPUT;
    }

    /** An entry as JSON: the documented keys, then the extra ones. */
    static Map<String, Object> json(LedgerEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("message_id", e.messageId());
        m.put("kind", e.kind().key());
        m.put("payee", e.payee());
        m.put("amount", e.amount().toPlainString());
        m.put("currency", e.currency());
        m.put("due_date", text(e.dueDate()));
        m.put("status", e.status().key());
        m.put("paid_on", text(e.paidOn()));
        m.put("recurring", e.recurring());
        m.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        m.put("expected", e.expected());
        m.put("invoice_number", e.invoiceNumber());
        m.put("account_last4", e.accountLast4());
        m.put("period", e.period() == null ? null : e.period().toString());
        m.put("paid_by_message_id", e.paidByMessageId());
        m.put("user_decided", e.userDecided());
        return m;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** The readable table of entries. */
    static void table(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            System.out.println("No payments.");
            return;
        }
        System.out.printf("%6s  %-10s  %-9s  %-20s  %-24s  %12s %-3s  %s%n", "ID", "DATE", "STATUS", "KIND", "PAYEE", "AMOUNT",
                "", "NOTES");
        for (LedgerEntry e : entries) {
            System.out.printf("%6d  %-10s  %-9s  %-20s  %-24s  %12s %-3s  %s%n", e.id(), date(e), e.status().key(),
                    e.kind().key(), cut(e.payee(), 24), e.amount().toPlainString(), e.currency(), notes(e));
        }
    }

    private static String date(LedgerEntry e) {
        LocalDate d = e.dueDate() != null ? e.dueDate() : e.paidOn();
        return d == null ? "-" : d.toString();
    }

    static String line(LedgerEntry e) {
        return String.format("#%d %s %s %s %s, %s%s", e.id(), e.payee(), e.amount().toPlainString(), e.currency(), e.kind().key(),
                e.status().key(), e.dueDate() == null ? "" : ", due " + e.dueDate());
    }

    private static String notes(LedgerEntry e) {
        StringBuilder s = new StringBuilder();
        if (e.expected()) {
            s.append("expected ");
        } else if (e.recurring()) {
            s.append("recurring ");
        }
        if (e.status() == PaymentStatus.PAID && e.paidOn() != null) {
            s.append("paid ").append(e.paidOn()).append(' ');
        }
        if (e.messageId() != null) {
            s.append("message ").append(e.messageId()).append(' ');
        }
        if (e.userDecided()) {
            s.append("(yours)");
        }
        return s.toString().strip();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** Runs a decision and prints the entry it leaves, or a clear error with exit code 2. */
    static int decide(DataDirOption dataDir, boolean json, Decider decider) throws Exception {
        try (Context ctx = Context.write(dataDir.resolve())) {
            LedgerEntry e;
            try {
                e = decider.decide(ctx.payments());
            } catch (NoSuchElementException | IllegalArgumentException ex) {
                return bad(ex);
            }
            System.out.println(json ? Json.write(json(e)) : line(e));
        }
        return 0;
    }

    /** One decision on the ledger. */
    @FunctionalInterface
    interface Decider {
        LedgerEntry decide(PaymentsService payments);
    }

    static PaymentEdit edit(String payee, String amount, String currency, String due, String kind) {
        return new PaymentEdit(payee, amount == null ? null : amount(amount), currency, date("--due", due), kind(kind));
    }
}
