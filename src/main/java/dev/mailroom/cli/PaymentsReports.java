package dev.mailroom.cli;

import dev.mailroom.extract.PaymentSummary;
import dev.mailroom.extract.PaymentsService;
import dev.mailroom.extract.ReminderEvent;
import dev.mailroom.extract.Subscription;
import dev.mailroom.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the ledger adds up to: the summary, the subscriptions and the reminders due. */
final class PaymentsReports {

    private PaymentsReports() {}

    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = {"Upcoming payments in the next 30 days, overdue ones, totals per month and per payee,",
                "how many are paid against how many are open, and the subscriptions with their yearly cost."})
    static final class Summary implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.read(dataDir.resolve())) {
                PaymentSummary s = ctx.payments().summary();
                if (json) {
                    System.out.println(Json.write(json(s)));
                } else {
                    print(s);
                }
            }
            return 0;
        }

        static Map<String, Object> json(PaymentSummary s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("today", s.today().toString());
            m.put("upcoming", s.upcoming().stream().map(PaymentsCommand::json).toList());
            m.put("overdue", s.overdue().stream().map(PaymentsCommand::json).toList());
            m.put("per_month", s.perMonth().stream().map(t -> Map.of("month", t.month().toString(), "currency", t.currency(),
                    "amount", t.amount().toPlainString(), "count", t.count())).toList());
            m.put("per_payee", s.perPayee().stream().map(t -> Map.of("payee", t.payee(), "currency", t.currency(),
                    "amount", t.amount().toPlainString(), "count", t.count())).toList());
            m.put("paid_count", s.paidCount());
            m.put("open_count", s.openCount());
            m.put("paid_ratio", Math.round(s.paidRatio() * 10000) / 10000.0);
            m.put("subscriptions", s.subscriptions().stream().map(Subscriptions::json).toList());
            Map<String, String> yearly = new LinkedHashMap<>();
            s.yearlyCost().forEach((c, a) -> yearly.put(c, a.toPlainString()));
            m.put("yearly_cost", yearly);
            return m;
        }

        private static void print(PaymentSummary s) {
            System.out.println("Payments on " + s.today());
            System.out.println("Upcoming in the next 30 days: " + s.upcoming().size());
            s.upcoming().forEach(e -> System.out.println("  " + PaymentsCommand.line(e)));
            System.out.println("Overdue: " + s.overdue().size());
            s.overdue().forEach(e -> System.out.println("  " + PaymentsCommand.line(e)));
            System.out.printf("Paid %d of %d (%.0f%%), %d open%n", s.paidCount(), s.paidCount() + s.openCount(),
                    s.paidRatio() * 100, s.openCount());
            System.out.println("Per month:");
            s.perMonth().forEach(t -> System.out.printf("  %s  %12s %s  (%d)%n", t.month(), t.amount().toPlainString(),
                    t.currency(), t.count()));
            System.out.println("Per payee:");
            s.perPayee().forEach(t -> System.out.printf("  %-28s %12s %s  (%d)%n", t.payee(), t.amount().toPlainString(),
                    t.currency(), t.count()));
            System.out.println("Subscriptions: " + s.subscriptions().size());
            s.subscriptions().forEach(Subscriptions::print);
            s.yearlyCost().forEach((c, a) -> System.out.printf("  together %s %s a year%n", a.toPlainString(), c));
        }
    }

    @Command(name = "subscriptions", mixinStandardHelpOptions = true,
            description = "Recurring payments (monthly, quarterly, yearly) with their typical amount, yearly cost and next date.")
    static final class Subscriptions implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Option(names = "--json", description = "Print {\"subscriptions\": [...]}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.read(dataDir.resolve())) {
                List<Subscription> subs = ctx.payments().subscriptions();
                if (json) {
                    System.out.println(Json.write(Map.of("subscriptions", subs.stream().map(Subscriptions::json).toList())));
                } else if (subs.isEmpty()) {
                    System.out.println("No recurring payments found.");
                } else {
                    subs.forEach(Subscriptions::print);
                }
            }
            return 0;
        }

        static Map<String, Object> json(Subscription s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("payee", s.payee());
            m.put("currency", s.currency());
            m.put("cadence", s.cadence().key());
            m.put("typical_amount", s.typicalAmount().toPlainString());
            m.put("yearly_cost", s.yearlyCost().toPlainString());
            m.put("occurrences", s.occurrences());
            m.put("last_date", s.lastDate().toString());
            m.put("next_date", s.nextDate().toString());
            m.put("entry_ids", s.entryIds());
            return m;
        }

        static void print(Subscription s) {
            System.out.printf("  %-28s %-9s %10s %s, %s %s a year, next %s (%d so far)%n", s.payee(), s.cadence().key(),
                    s.typicalAmount().toPlainString(), s.currency(), s.yearlyCost().toPlainString(), s.currency(),
                    s.nextDate(), s.occurrences());
        }
    }

    @Command(name = "reminders", mixinStandardHelpOptions = true,
            description = {"Raise and list the reminders due now: payments due within payments.reminder-days, and",
                "payments that became overdue. Each is raised once and stored; --all lists every stored event."})
    static final class Reminders implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Option(names = "--all", description = "List every reminder event raised so far instead.")
        boolean all;

        @Option(names = "--json", description = "Print {\"reminders\": [...]}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.write(dataDir.resolve())) {
                PaymentsService p = ctx.payments();
                List<ReminderEvent> events = all ? p.reminderEvents() : p.reminders();
                if (json) {
                    System.out.println(Json.write(Map.of("reminders", events.stream().map(Reminders::json).toList())));
                } else if (events.isEmpty()) {
                    System.out.println(all ? "No reminders raised yet." : "Nothing to remind of.");
                } else {
                    for (ReminderEvent r : events) {
                        System.out.printf("%s  #%d %s %s %s, due %s%s%n", r.kind() == ReminderEvent.Kind.OVERDUE ? "OVERDUE " : "DUE SOON",
                                r.entryId(), r.payee(), r.amount().toPlainString(), r.currency(), r.dueDate(),
                                r.newlyRaised() ? "  (new)" : "");
                    }
                }
            }
            return 0;
        }

        static Map<String, Object> json(ReminderEvent r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("entry_id", r.entryId());
            m.put("kind", r.kind().key());
            m.put("due_date", r.dueDate().toString());
            m.put("payee", r.payee());
            m.put("amount", r.amount().toPlainString());
            m.put("currency", r.currency());
            m.put("raised_at", r.raisedAt().toString());
            m.put("new", r.newlyRaised());
            return m;
        }
    }
}
