package dev.mailroom.cli;

import dev.mailroom.extract.PaymentEdit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The user's decisions about ledger entries; each is kept and replayed by reanalyze. */
final class PaymentsDecisions {

    private PaymentsDecisions() {}

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Agree with an entry as it is: it is marked as yours, confidence 1.")
    static final class Confirm implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "ID", description = "Entry id (as mailroom payments prints it).")
        long id;

        @Option(names = "--json", description = "Print the entry as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return PaymentsCommand.decide(dataDir, json, p -> p.confirm(id));
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change an entry's payee, amount, currency, due date or kind; the change decides what pays it.")
    static final class Edit implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "ID", description = "Entry id.")
        long id;

        @Option(names = "--payee", paramLabel = "P")
        String payee;

        @Option(names = "--amount", paramLabel = "A", description = "Such as 12.50; negative for a refund.")
        String amount;

        @Option(names = "--currency", paramLabel = "C", description = "ISO 4217 code, such as EUR.")
        String currency;

        @Option(names = "--due", paramLabel = "DATE", description = "YYYY-MM-DD.")
        String due;

        @Option(names = "--kind", paramLabel = "K",
                description = "bill, invoice, receipt, subscription_renewal, payment_confirmation, failed_payment or refund.")
        String kind;

        @Option(names = "--json", description = "Print the entry as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PaymentEdit edit;
            try {
                edit = PaymentsCommand.edit(payee, amount, currency, due, kind);
            } catch (IllegalArgumentException e) {
                return PaymentsCommand.bad(e);
            }
            return PaymentsCommand.decide(dataDir, json, p -> p.edit(id, edit));
        }
    }

    @Command(name = "paid", mixinStandardHelpOptions = true, description = "Mark an entry paid, today or --on DATE.")
    static final class Paid implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "ID", description = "Entry id.")
        long id;

        @Option(names = "--on", paramLabel = "DATE", description = "The day it was paid (YYYY-MM-DD); default today.")
        String on;

        @Option(names = "--json", description = "Print the entry as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            java.time.LocalDate day;
            try {
                day = PaymentsCommand.date("--on", on);
            } catch (IllegalArgumentException e) {
                return PaymentsCommand.bad(e);
            }
            return PaymentsCommand.decide(dataDir, json, p -> p.markPaid(id, day));
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = "Dismiss an entry: cancelled, never reminded of, counted in no total.")
    static final class Dismiss implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "ID", description = "Entry id.")
        long id;

        @Option(names = "--json", description = "Print the entry as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return PaymentsCommand.decide(dataDir, json, p -> p.dismiss(id));
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Merge entry ID into INTO_ID when both are the same payment: ID is no longer listed, INTO_ID",
                "takes what it lacks from it and becomes paid when ID was the payment. Prints INTO_ID."})
    static final class Merge implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "ID", description = "The entry that goes.")
        long id;

        @Parameters(index = "1", paramLabel = "INTO_ID", description = "The entry that stays.")
        long into;

        @Option(names = "--json", description = "Print the remaining entry as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return PaymentsCommand.decide(dataDir, json, p -> p.merge(id, into));
        }
    }
}
