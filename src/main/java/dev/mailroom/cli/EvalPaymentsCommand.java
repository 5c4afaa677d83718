package dev.mailroom.cli;

import dev.mailroom.extract.PaymentEvaluation;
import dev.mailroom.extract.PaymentEvaluation.FieldScore;
import dev.mailroom.extract.PaymentEvaluation.Report;
import dev.mailroom.extract.PaymentExtractor;
import dev.mailroom.extract.PaymentFinder;
import dev.mailroom.extract.PaymentGate;
import dev.mailroom.extract.PaymentJson;
import dev.mailroom.shared.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "payments",
        mixinStandardHelpOptions = true,
        description = {
            "Measure payment extraction (the product's PaymentExtractor) on labelled messages. FILE has",
            "one message a line: path<TAB>expected JSON list, in the shape 'extract payments --json'",
            "prints ([] for a message with no payment); a third column names the split (dev or",
            "heldout), more columns and lines starting with # are ignored. Prints detection precision,",
            "recall and F1 and, per field, the share of paired payments extracted exactly."
        })
final class EvalPaymentsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The labelled messages.")
    Path file;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Resolve the file's relative paths against DIR instead of the file's folder.")
    Path base;

    @Option(names = "--split", paramLabel = "NAME", description = "Measure only the lines whose third column is NAME (dev, heldout).")
    String split;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write path, expected JSON and extracted JSON per message, to look at the mistakes.")
    Path predictions;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--gate", paramLabel = "GATE", defaultValue = PaymentGate.SHIPPED,
            description = "The payment gate for near misses: shipped (default), none (the rules alone), or a model file"
                    + " written by 'payments train-gate'.")
    String gate;

    /** What is measured; the product's extractor with the chosen gate unless a test sets another. */
    PaymentFinder finder;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such labels file: " + file);
        }
        PaymentFinder finder = this.finder != null ? this.finder
                : new PaymentExtractor(Clock.systemDefaultZone(), PaymentGate.choose(gate, null));
        var set = (base == null ? PaymentEvaluation.read(file) : PaymentEvaluation.read(file, base)).only(split);
        Report r;
        try (PrintWriter out = predictions == null ? null
                : new PrintWriter(Files.newBufferedWriter(predictions, StandardCharsets.UTF_8))) {
            r = PaymentEvaluation.run(finder, set, o -> {
                if (out != null) {
                    out.print(o.example().name() + "\t" + Json.write(PaymentJson.toMaps(o.example().expected())) + "\t"
                            + Json.write(PaymentJson.toMaps(o.extracted())) + "\n");
                }
            });
        }
        r.problems().forEach(p -> System.err.println("mailroom: " + file + " " + p + " (skipped)"));
        if (json) {
            System.out.println(Json.write(toJson(r, split)));
        } else {
            print(r);
        }
        return 0;
    }

    static Map<String, Object> toJson(Report r, String split) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("detection_precision", round(r.precision()));
        out.put("detection_recall", round(r.recall()));
        out.put("detection_f1", round(r.f1()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("amount", share(r.amount()));
        fields.put("currency", share(r.currency()));
        fields.put("due_date", share(r.dueDate()));
        fields.put("payee", share(r.payee()));
        fields.put("kind", share(r.kind()));
        fields.put("invoice_number", share(r.invoiceNumber()));
        out.put("fields", fields);
        out.put("messages", r.messages());
        out.put("expected", r.truePositives() + r.falseNegatives());
        out.put("extracted", r.truePositives() + r.falsePositives());
        out.put("true_positives", r.truePositives());
        out.put("false_positives", r.falsePositives());
        out.put("false_negatives", r.falseNegatives());
        out.put("due_date_stated", r.dueDate().total());
        out.put("invoice_number_stated", r.invoiceNumber().total());
        out.put("negative_messages", r.negativeMessages());
        out.put("negative_messages_with_payments", r.falsePositiveMessages());
        out.put("messages_per_second", Math.round(r.messagesPerSecond() * 10) / 10.0);
        out.put("skipped", r.problems().size());
        if (split != null) {
            out.put("split", split);
        }
        return out;
    }

    private static void print(Report r) {
        System.out.printf(Locale.ROOT, "messages         %d (%d expected to have no payment, %d of them with a payment found)%n",
                r.messages(), r.negativeMessages(), r.falsePositiveMessages());
        if (!r.problems().isEmpty()) {
            System.out.printf(Locale.ROOT, "skipped          %d lines or messages (listed on stderr)%n", r.problems().size());
        }
        System.out.printf(Locale.ROOT, "payments         %d expected, %d extracted, %d paired%n", r.truePositives() + r.falseNegatives(),
                r.truePositives() + r.falsePositives(), r.truePositives());
        System.out.printf(Locale.ROOT, "detection        precision %.4f  recall %.4f  F1 %.4f%n", r.precision(), r.recall(), r.f1());
        System.out.println("fields           share of paired payments extracted exactly");
        field("amount", r.amount(), "pairs");
        field("currency", r.currency(), "pairs");
        field("due date", r.dueDate(), "pairs whose expected payment states a due date");
        field("payee", r.payee(), "pairs");
        field("kind", r.kind(), "pairs");
        field("invoice number", r.invoiceNumber(), "pairs whose expected payment states one");
        System.out.printf(Locale.ROOT, "messages/s       %.1f (reading, parsing and extracting)%n", r.messagesPerSecond());
    }

    private static void field(String name, FieldScore s, String of) {
        String share = s.share() == null ? "   -  " : String.format(Locale.ROOT, "%.4f", s.share());
        System.out.printf(Locale.ROOT, "  %-14s %s (%d of %d %s)%n", name, share, s.right(), s.total(), of);
    }

    private static Double share(FieldScore s) {
        return s.share() == null ? null : round(s.share());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
