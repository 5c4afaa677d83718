package dev.mailroom.cli;

import dev.mailroom.extract.ExtractedPayment;
import dev.mailroom.extract.PaymentExtractor;
import dev.mailroom.extract.PaymentGate;
import dev.mailroom.extract.PaymentJson;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.shared.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailroom extract payments FILE... [--json]}: shows what would be extracted from message files, without storing anything. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Show what Mailroom would extract from message files, without storing anything.",
        subcommands = {ExtractCommand.Payments.class})
final class ExtractCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code mailroom extract payments}: the payments found in each file. */
    @Command(
            name = "payments",
            mixinStandardHelpOptions = true,
            description = "Show the bills, invoices, receipts, renewals, failed payments and refunds found in message files.")
    static final class Payments implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Message files (.eml, or one message with an mbox From line).")
        List<Path> files;

        @Option(names = "--json", description = "Print one JSON object per file and line: {\"file\": ..., \"payments\": [...]}.")
        boolean json;

        @Option(names = "--gate", paramLabel = "GATE", defaultValue = PaymentGate.SHIPPED,
                description = "The payment gate for near misses: shipped (default), none (the rules alone), or a model"
                        + " file written by 'payments train-gate'.")
        String gate;

        @Override
        public Integer call() {
            PaymentExtractor extractor = new PaymentExtractor(Clock.systemDefaultZone(), PaymentGate.choose(gate, null));
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int failed = 0;
            for (Path file : files) {
                MessageFile read;
                try {
                    read = MessageFile.read(file);
                } catch (IOException | RuntimeException e) {
                    failed++;
                    String reason = "cannot read " + file + ": " + MessageFile.reason(e);
                    if (json) {
                        out.println(Json.write(line(file, List.of(), reason)));
                    }
                    err.println("mailroom extract payments: " + reason);
                    out.flush();
                    err.flush();
                    continue;
                }
                ParsedMessage parsed = IngestService.parseMessage(read.raw(), read.mtime());
                List<ExtractedPayment> payments = extractor.find(parsed, IngestService.headerSection(read.raw()));
                out.println(json ? Json.write(line(file, payments, null)) : human(file, payments));
                out.flush();
            }
            return failed == 0 ? 0 : 1;
        }

        private static Map<String, Object> line(Path file, List<ExtractedPayment> payments, String error) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("payments", PaymentJson.toMaps(payments));
            if (error != null) {
                m.put("error", error);
            }
            return m;
        }

        private static String human(Path file, List<ExtractedPayment> payments) {
            StringBuilder b = new StringBuilder("== ").append(file).append('\n');
            if (payments.isEmpty()) {
                return b.append("  no payment").toString();
            }
            for (ExtractedPayment p : payments) {
                b.append(String.format(Locale.ROOT, "  %-20s %-24s %12s %s", p.kind().key(), p.payee(), p.amount().toPlainString(),
                        p.currency()));
                b.append(p.dueDate() == null ? "" : "  due " + p.dueDate());
                b.append(p.invoiceNumber() == null ? "" : "  ref " + p.invoiceNumber());
                b.append(p.accountLast4() == null ? "" : "  card/account …" + p.accountLast4());
                b.append(p.period() == null ? "" : "  period " + p.period());
                b.append(String.format(Locale.ROOT, "  confidence %.2f", p.confidence())).append('\n');
            }
            return b.toString().stripTrailing();
        }
    }
}
