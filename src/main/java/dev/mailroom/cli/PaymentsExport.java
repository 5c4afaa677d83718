package dev.mailroom.cli;

import dev.mailroom.extract.LedgerExportFormat;
import dev.mailroom.extract.PaymentQuery;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mailroom payments export}: the ledger as a file for spreadsheets, calendars or print. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the ledger to a file: csv for spreadsheets, ics for calendars (each due date of an",
            "upcoming or overdue payment as an all-day event with a reminder payments.reminder-days before),",
            "or pdf, a statement per month. --status, --from and --to choose entries as in 'payments'."})
final class PaymentsExport implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, ics or pdf.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Mixin
    PaymentFilterOptions filter;

    @Override
    public Integer call() throws Exception {
        LedgerExportFormat f;
        PaymentQuery query;
        try {
            f = LedgerExportFormat.of(format);
            query = filter.query();
        } catch (IllegalArgumentException e) {
            return PaymentsCommand.bad(e);
        }
        try (Context ctx = Context.read(dataDir.resolve())) {
            int n = ctx.payments().export(f, query, out);
            System.out.println("Wrote " + n + (n == 1 ? " payment" : " payments") + " to " + out + " (" + f.key() + ")");
        }
        return 0;
    }
}
