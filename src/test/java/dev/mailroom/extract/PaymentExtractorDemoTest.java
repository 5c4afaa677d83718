package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.demo.DemoMailbox;
import dev.mailroom.demo.DemoMessage;
import dev.mailroom.demo.DemoPayment;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the demo mailbox, against the payment each message was written with
 * ({@link DemoPayment}). Prints every miss; the floors sit just under what the extractor reached when
 * they were set (all payments found, all amounts and due dates right, no false payment).
 */
class PaymentExtractorDemoTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");

    record Outcome(DemoMessage expected, String subject, List<ExtractedPayment> found) {}

    private static final List<Outcome> outcomes = new ArrayList<>();

    @BeforeAll
    static void extractEveryDemoMessage() {
        DemoMailbox mailbox = DemoMailbox.create(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Zurich"));
        List<byte[]> raw = mailbox.messages();
        List<DemoMessage> catalogue = mailbox.catalogue();
        PaymentExtractor extractor = new PaymentExtractor(Clock.fixed(NOW, ZoneOffset.UTC));
        List<ParsedMessage> parsed = raw.stream().map(r -> IngestService.parseMessage(r, NOW)).toList();
        for (int i = 0; i < raw.size(); i++) {
            outcomes.add(new Outcome(catalogue.get(i), parsed.get(i).subject(),
                    extractor.find(parsed.get(i), IngestService.headerSection(raw.get(i)))));
        }
        report();
        long start = System.nanoTime();
        for (int i = 0; i < raw.size(); i++) {
            extractor.find(parsed.get(i), null);
        }
        // Printed for a person, never asserted: speed is measured by benchmarks.
        System.out.printf(Locale.ROOT, "Demo extraction, second pass: %.1f µs per message%n",
                (System.nanoTime() - start) / 1000.0 / raw.size());
    }

    @Test
    void everyDemoPaymentShouldBeFound() {
        assertThat(withPayment()).hasSizeGreaterThan(40);
        assertThat(share(withPayment(), o -> !o.found().isEmpty())).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void demoMessagesWithoutPaymentShouldYieldNone() {
        List<Outcome> without = outcomes.stream().filter(o -> o.expected().payment() == null).toList();
        assertThat(without).hasSizeGreaterThan(150);
        assertThat(without.stream().filter(o -> !o.found().isEmpty()).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void foundDemoPaymentsShouldHaveTheirAmountAndCurrency() {
        List<Outcome> found = withPayment().stream().filter(o -> !o.found().isEmpty()).toList();
        assertThat(share(found, PaymentExtractorDemoTest::amountRight)).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void demoBillsThatStateADueDateShouldHaveIt() {
        List<Outcome> dated = withPayment().stream()
                .filter(o -> o.expected().payment().dueDate() != null && !o.found().isEmpty()).toList();
        assertThat(dated).hasSizeGreaterThan(20);
        assertThat(share(dated, PaymentExtractorDemoTest::dueRight)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void refundsShouldBeNegative() {
        assertThat(withPayment()).filteredOn(o -> o.expected().payment().kind() == DemoPayment.Kind.REFUND)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.found().getFirst().amount().signum()).isNegative());
    }

    private static List<Outcome> withPayment() {
        return outcomes.stream().filter(o -> o.expected().payment() != null).toList();
    }

    private static boolean amountRight(Outcome o) {
        ExtractedPayment p = o.found().getFirst();
        DemoPayment e = o.expected().payment();
        return p.amount().abs().compareTo(e.amount()) == 0 && p.currency().equals(e.currency());
    }

    private static boolean dueRight(Outcome o) {
        return Objects.equals(o.found().getFirst().dueDate(), o.expected().payment().dueDate());
    }

    private static boolean kindRight(Outcome o) {
        String expected = o.expected().payment().kind().name().replace("RENEWAL", "SUBSCRIPTION_RENEWAL");
        return o.found().getFirst().kind().name().equals(expected);
    }

    private static double share(List<Outcome> some, java.util.function.Predicate<Outcome> right) {
        return some.isEmpty() ? 1 : some.stream().filter(right).count() / (double) some.size();
    }

    private static void report() {
        List<Outcome> with = withPayment();
        List<Outcome> found = with.stream().filter(o -> !o.found().isEmpty()).toList();
        long falsePositives = outcomes.stream().filter(o -> o.expected().payment() == null && !o.found().isEmpty()).count();
        System.out.printf(Locale.ROOT, "Demo payments: %d messages, %d with a payment, found %d, false %d; amount %.3f, due %.3f, kind %.3f%n",
                outcomes.size(), with.size(), found.size(), falsePositives, share(found, PaymentExtractorDemoTest::amountRight),
                share(found.stream().filter(o -> o.expected().payment().dueDate() != null).toList(), PaymentExtractorDemoTest::dueRight),
                share(found, PaymentExtractorDemoTest::kindRight));
        for (Outcome o : outcomes) {
            DemoPayment e = o.expected().payment();
            boolean miss = e == null ? !o.found().isEmpty()
                    : o.found().isEmpty() || !amountRight(o) || !dueRight(o) || !kindRight(o);
            if (miss) {
                System.out.printf(Locale.ROOT, "  MISS %s | expected %s | got %s%n", o.subject(), e, o.found());
            }
        }
    }
}
