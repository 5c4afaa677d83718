package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mailroom.extract.ExtractedPayment;
import dev.mailroom.extract.PaymentEvaluation;
import dev.mailroom.extract.PaymentFinder;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.shared.Json;
import dev.mailroom.testing.TestMail;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * eval payments on a small labelled set of hand-made messages, measured with a finder whose answers
 * are known, so every figure can be worked out by hand: 7 messages read (2 lines skipped), 5 pairs,
 * 1 false positive, 1 false negative.
 */
class EvalPaymentsTest {

    @TempDir
    Path tmp;

    /** Answers by subject, each chosen to exercise one rule of the pairing and of the field figures. */
    private static final Map<String, List<ExtractedPayment>> ANSWERS = Map.of(
            "bill1", List.of(pay(PaymentKind.BILL, "Fibrio", "59.00", "CHF", "2026-10-20", "FB-1")),
            "receipt", List.of(pay(PaymentKind.RECEIPT, "ACME shop!", "12.5", "USD", null, null)),
            "bill2", List.of(pay(PaymentKind.BILL, "Power", "10.00", "EUR", "2026-11-02", null)),
            "two", List.of(pay(PaymentKind.INVOICE, "Bee Corp", "7.00", "EUR", null, null)),
            "refund", List.of(pay(PaymentKind.REFUND, "Shop", "20.00", "USD", null, null)),
            "news", List.of(pay(PaymentKind.RECEIPT, "Shop", "9.99", "USD", null, null)));

    private static final PaymentFinder KNOWN = (parsed, header) -> ANSWERS.getOrDefault(parsed.subject(), List.of());

    private Path labels;

    @BeforeEach
    void writeTheLabelledSet() throws Exception {
        for (String subject : List.of("bill1", "receipt", "bill2", "two", "refund", "news", "letter")) {
            Files.write(tmp.resolve(subject + ".eml"), TestMail.message().from("Someone <someone@example.org>").subject(subject)
                    .date("Mon, 5 Oct 2026 10:00:00 +0200").body("Hello.").bytes());
        }
        labels = tmp.resolve("labels.tsv");
        Files.writeString(labels, String.join("\n",
                "path\texpected\tsplit",
                "# comments are ignored",
                "bill1.eml\t[{\"kind\":\"bill\",\"payee\":\"Fibrio\",\"amount\":\"59.00\",\"currency\":\"CHF\",\"due_date\":\"2026-10-20\",\"invoice_number\":\"FB-1\"}]\tdev",
                "receipt.eml\t[{\"kind\":\"receipt\",\"payee\":\"Acme Shop\",\"amount\":\"12.50\",\"currency\":\"USD\"}]\theldout\textra column",
                "bill2.eml\t[{\"kind\":\"bill\",\"payee\":\"Power\",\"amount\":\"100.00\",\"currency\":\"EUR\",\"due_date\":\"2026-11-01\"}]\tdev",
                "two.eml\t[{\"kind\":\"invoice\",\"payee\":\"A Corp\",\"amount\":\"5.00\",\"currency\":\"EUR\"},"
                        + "{\"kind\":\"invoice\",\"payee\":\"B Corp\",\"amount\":\"7.00\",\"currency\":\"EUR\"}]\theldout",
                "refund.eml\t[{\"kind\":\"refund\",\"payee\":\"Shop\",\"amount\":\"-20.00\",\"currency\":\"USD\"}]\tdev",
                "news.eml\t[]\theldout",
                "letter.eml\t[]\tdev",
                "broken.eml\t[{\"kind\":\"bill\"\tdev",
                "missing.eml\t[]\theldout",
                ""));
    }

    @Test
    void evaluationShouldCountPairsFalsePositivesAndFalseNegatives() {
        var r = PaymentEvaluation.run(KNOWN, PaymentEvaluation.read(labels), o -> {});

        assertThat(r.messages()).isEqualTo(7);
        assertThat(r.truePositives()).isEqualTo(5);
        assertThat(r.falsePositives()).isEqualTo(1);
        assertThat(r.falseNegatives()).isEqualTo(1);
        assertThat(r.precision()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(r.recall()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(r.f1()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(r.negativeMessages()).isEqualTo(2);
        assertThat(r.falsePositiveMessages()).isEqualTo(1);
    }

    @Test
    void fieldsShouldBeJudgedOnlyOverPairsAndDueDatesOnlyWhereOneIsStated() {
        var r = PaymentEvaluation.run(KNOWN, PaymentEvaluation.read(labels), o -> {});

        // amount: bill1, receipt (12.5 is 12.50) and two's B are right; bill2 (10 for 100) and the refund's sign are not
        assertThat(r.amount()).isEqualTo(new PaymentEvaluation.FieldScore(3, 5));
        assertThat(r.currency()).isEqualTo(new PaymentEvaluation.FieldScore(5, 5));
        assertThat(r.dueDate()).isEqualTo(new PaymentEvaluation.FieldScore(1, 2));
        // payee: "ACME shop!" is "Acme Shop", "Bee Corp" is not "B Corp"
        assertThat(r.payee()).isEqualTo(new PaymentEvaluation.FieldScore(4, 5));
        assertThat(r.kind()).isEqualTo(new PaymentEvaluation.FieldScore(5, 5));
        assertThat(r.invoiceNumber()).isEqualTo(new PaymentEvaluation.FieldScore(1, 1));
    }

    @Test
    void aBadLineAndAMissingFileShouldBeReportedWithTheirLineNumbersAndSkipped() {
        var r = PaymentEvaluation.run(KNOWN, PaymentEvaluation.read(labels), o -> {});

        assertThat(r.problems()).extracting(Object::toString).hasSize(2);
        assertThat(r.problems().get(0).toString())
                .startsWith("line 10 (broken.eml): expected payments: not valid JSON: Unexpected end-of-input");
        assertThat(r.problems().get(1).toString()).isEqualTo("line 11 (missing.eml): no such message file " + tmp.resolve("missing.eml"));
    }

    @Test
    void pairingShouldPreferTheSameAmountAndCurrencyOverOrder() {
        PaymentFinder reversed = (parsed, header) -> parsed.subject().equals("two")
                ? List.of(pay(PaymentKind.INVOICE, "B Corp", "7.00", "EUR", null, null), pay(PaymentKind.INVOICE, "A Corp", "5.00", "EUR", null, null))
                : List.of();
        var r = PaymentEvaluation.run(reversed, PaymentEvaluation.read(labels).only("heldout"), o -> {});

        assertThat(r.messages()).isEqualTo(3);
        assertThat(r.truePositives()).isEqualTo(2);
        assertThat(r.amount()).isEqualTo(new PaymentEvaluation.FieldScore(2, 2));
        assertThat(r.payee()).isEqualTo(new PaymentEvaluation.FieldScore(2, 2));
    }

    @Test
    void theCommandShouldPrintEveryKeyOfTheContractAsJsonAndWriteThePredictions() throws Exception {
        Path predictions = tmp.resolve("predictions.tsv");

        Cli run = runWith(KNOWN, labels.toString(), "--json", "--predictions", predictions.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = Json.mapper().readTree(run.out().strip());
        assertThat(j.propertyNames()).startsWith("detection_precision", "detection_recall", "detection_f1", "fields", "messages");
        assertThat(j.get("detection_precision").asDouble()).isEqualTo(0.8333);
        assertThat(j.get("detection_recall").asDouble()).isEqualTo(0.8333);
        assertThat(j.get("detection_f1").asDouble()).isEqualTo(0.8333);
        assertThat(j.get("fields").propertyNames()).startsWith("amount", "currency", "due_date", "payee");
        assertThat(j.get("fields").get("amount").asDouble()).isEqualTo(0.6);
        assertThat(j.get("fields").get("currency").asDouble()).isEqualTo(1.0);
        assertThat(j.get("fields").get("due_date").asDouble()).isEqualTo(0.5);
        assertThat(j.get("fields").get("payee").asDouble()).isEqualTo(0.8);
        assertThat(j.get("messages").asInt()).isEqualTo(7);
        assertThat(j.get("due_date_stated").asInt()).isEqualTo(2);
        assertThat(j.get("negative_messages").asInt()).isEqualTo(2);
        assertThat(j.get("negative_messages_with_payments").asInt()).isEqualTo(1);
        assertThat(j.get("skipped").asInt()).isEqualTo(2);
        assertThat(j.has("messages_per_second")).isTrue();
        assertThat(run.err()).contains("line 10 (broken.eml)").contains("line 11 (missing.eml): no such message file");

        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(7).allSatisfy(l -> assertThat(l.split("\t")).hasSize(3));
        assertThat(lines.get(5)).isEqualTo("news.eml\t[]\t[{\"kind\":\"receipt\",\"payee\":\"Shop\",\"amount\":\"9.99\",\"currency\":\"USD\","
                + "\"due_date\":null,\"invoice_number\":null,\"account_last4\":null,\"period\":null,\"confidence\":0.9}]");
    }

    @Test
    void theCommandShouldPrintReadableFiguresWithoutJson() {
        Cli run = runWith(KNOWN, labels.toString(), "--split", "dev");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("messages         4 (1 expected to have no payment, 0 of them with a payment found)")
                .contains("detection        precision 1.0000  recall 1.0000  F1 1.0000")
                .contains("due date       0.5000 (1 of 2 pairs whose expected payment states a due date)")
                .contains("amount         0.3333 (1 of 3 pairs)");
    }

    @Test
    void theProductExtractorShouldRunThroughTheMailroomCommand() throws Exception {
        Cli r = Cli.run("eval", "payments", labels.toString(), "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out().strip());
        assertThat(j.get("messages").asInt()).isEqualTo(7);
        assertThat(j.get("skipped").asInt()).isEqualTo(2);
    }

    @Test
    void baseShouldResolveThePathsOfALabelsFileKeptElsewhere() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("repo")).resolve("labels.tsv");
        Files.writeString(elsewhere, "letter.eml\t[]\n");

        Cli run = runWith(KNOWN, elsewhere.toString(), "--base", tmp.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Json.mapper().readTree(run.out().strip()).get("messages").asInt()).isEqualTo(1);
    }

    @Test
    void aMissingLabelsFileShouldSaySo() {
        Cli r = Cli.run("eval", "payments", tmp.resolve("nope.tsv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no such labels file");
    }

    private static ExtractedPayment pay(PaymentKind kind, String payee, String amount, String currency, String due, String ref) {
        return new ExtractedPayment(kind, payee, new BigDecimal(amount), currency, due == null ? null : LocalDate.parse(due), ref,
                null, null, 0.9);
    }

    private static Cli runWith(PaymentFinder finder, String... args) {
        EvalPaymentsCommand command = new EvalPaymentsCommand();
        command.finder = finder;
        return Cli.capture(() -> new CommandLine(command).setExecutionExceptionHandler(new ErrorHandler()).execute(args));
    }
}
