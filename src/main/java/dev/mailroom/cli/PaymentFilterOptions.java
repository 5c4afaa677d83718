package dev.mailroom.cli;

import dev.mailroom.extract.PaymentQuery;
import picocli.CommandLine.Option;

/** {@code --status}, {@code --from} and {@code --to}: which ledger entries {@code payments} and {@code payments export} take. */
final class PaymentFilterOptions {

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "all",
            description = "upcoming, overdue, paid, cancelled or all (default).")
    String status;

    @Option(names = "--from", paramLabel = "DATE", description = "Only entries dated on or after DATE (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only entries dated on or before DATE (YYYY-MM-DD).")
    String to;

    /** The query these options ask for; throws IllegalArgumentException naming a wrong value. */
    PaymentQuery query() {
        return new PaymentQuery(PaymentQuery.status(status), PaymentsCommand.date("--from", from), PaymentsCommand.date("--to", to));
    }
}
