package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.ParsedMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in demo payments set: in step with the demo mailbox, and measurable by eval payments. */
class DemoPaymentSetTest {

    @TempDir
    Path tmp;

    @Test
    void theCheckedInSetShouldBeWhatTheDemoMailboxWritesToday() throws Exception {
        if (Boolean.getBoolean("mailroom.demo.regenerate")) {
            DemoPaymentSet.write(DemoPaymentSet.CHECKED_IN);
        }
        int written = DemoPaymentSet.write(tmp);

        Path checkedIn = DemoPaymentSet.CHECKED_IN;
        assertThat(Files.readString(checkedIn.resolve(DemoPaymentSet.TSV)))
                .as("the demo mailbox changed: regenerate src/test/resources/extract/demo with -Dmailroom.demo.regenerate=true")
                .isEqualTo(Files.readString(tmp.resolve(DemoPaymentSet.TSV)));
        try (var files = Files.list(tmp)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                assertThat(Files.readAllBytes(checkedIn.resolve(p.getFileName()))).as(p.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(p));
            }
        }
        try (var files = Files.list(checkedIn)) {
            assertThat(files.filter(p -> p.toString().endsWith(".eml")).count()).isEqualTo(written);
        }
    }

    @Test
    void theSetShouldHoldAsManyMessagesWithoutAPaymentAsWithOne() {
        var set = PaymentEvaluation.read(DemoPaymentSet.CHECKED_IN.resolve(DemoPaymentSet.TSV));

        assertThat(set.problems()).isEmpty();
        long with = set.examples().stream().filter(e -> !e.expected().isEmpty()).count();
        long without = set.examples().size() - with;
        assertThat(with).isGreaterThanOrEqualTo(50);
        assertThat(without).isEqualTo(with);
        assertThat(set.only("dev").examples().size() - set.only("heldout").examples().size()).isBetween(0, 1);
        assertThat(set.examples()).flatExtracting(PaymentEvaluation.Example::expected).extracting(ExtractedPayment::kind)
                .contains(PaymentKind.BILL, PaymentKind.INVOICE, PaymentKind.RECEIPT, PaymentKind.REFUND,
                        PaymentKind.FAILED_PAYMENT, PaymentKind.SUBSCRIPTION_RENEWAL, PaymentKind.PAYMENT_CONFIRMATION);
        assertThat(set.examples()).flatExtracting(PaymentEvaluation.Example::expected)
                .filteredOn(p -> p.kind() == PaymentKind.REFUND).allSatisfy(p -> assertThat(p.amount()).isNegative());
    }

    @Test
    void aFinderThatKnowsTheAnswersShouldScorePerfectlyOnTheSet() {
        var set = PaymentEvaluation.read(DemoPaymentSet.CHECKED_IN.resolve(DemoPaymentSet.TSV));
        Map<String, List<ExtractedPayment>> bySubjectAndId = new HashMap<>();
        PaymentFinder recorder = (parsed, header) -> List.of();
        // the answers keyed by Message-ID, read from the parsed files themselves
        for (var e : set.examples()) {
            ParsedMessage parsed = dev.mailroom.ingest.IngestService.parseMessage(read(e.path()), null);
            bySubjectAndId.put(parsed.messageId(), e.expected());
        }
        PaymentFinder oracle = (parsed, header) -> bySubjectAndId.getOrDefault(parsed.messageId(), List.of());

        var r = PaymentEvaluation.run(oracle, set, o -> {});

        assertThat(r.problems()).isEmpty();
        assertThat(r.f1()).isEqualTo(1.0);
        assertThat(r.amount().share()).isEqualTo(1.0);
        assertThat(r.dueDate().total()).isPositive();
        assertThat(r.dueDate().share()).isEqualTo(1.0);
        assertThat(PaymentEvaluation.run(recorder, set, o -> {}).recall()).isZero();
    }

    @Test
    void theProductExtractorShouldRunOverTheWholeSetWithoutSkippingAMessage() {
        var set = PaymentEvaluation.read(DemoPaymentSet.CHECKED_IN.resolve(DemoPaymentSet.TSV));

        var r = PaymentEvaluation.run(new PaymentExtractor(Clock.fixed(DemoPaymentSet.NOW, DemoPaymentSet.ZONE)), set, o -> {});

        assertThat(r.problems()).isEmpty();
        assertThat(r.messages()).isEqualTo(set.examples().size());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
