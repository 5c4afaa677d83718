package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real mail that is not about a payment must not fill the ledger: 520 messages of the shared corpus
 * ({@code src/test/resources/extract/payments-real.tsv}, see the README beside it) that mention
 * money, prices, invoices, subscriptions or refunds without being a payment document, measured with
 * the product's {@link PaymentExtractor}. The corpus dir is {@code -Dmailroom.corpus.dir} or
 * {@code MAILROOM_CORPUS_DIR} (default {@code ../shared/data}); the test skips when it is absent.
 */
class PaymentsRealMailTest {

    private static final List<PaymentEvaluation.Outcome> outcomes = new ArrayList<>();
    private static PaymentEvaluation.Report report;

    @BeforeAll
    static void extractFromTheLabelledMessages() throws IOException, URISyntaxException {
        Path corpus = Path.of(System.getProperty("mailroom.corpus.dir",
                System.getenv().getOrDefault("MAILROOM_CORPUS_DIR", "../shared/data")));
        Path labels = Path.of(PaymentsRealMailTest.class.getResource("/extract/payments-real.tsv").toURI());
        var set = PaymentEvaluation.read(labels, corpus);
        assumeTrue(Files.isRegularFile(set.examples().getFirst().path()),
                "real mail corpus not found at " + corpus.toAbsolutePath() + " (set -Dmailroom.corpus.dir or MAILROOM_CORPUS_DIR); skipping");
        var extractor = new PaymentExtractor(Clock.fixed(Instant.parse("2002-12-31T12:00:00Z"), ZoneOffset.UTC));
        report = PaymentEvaluation.run(extractor, set, outcomes::add);
        outcomes.stream().filter(o -> !o.extracted().isEmpty()).forEach(o -> System.out.printf(Locale.ROOT,
                "  FALSE PAYMENT %s %s%n", o.example().name(), PaymentJson.toMaps(o.extracted())));
        System.out.printf(Locale.ROOT, "Payments on real mail: %d messages, %d with a payment found%n", report.messages(),
                report.falsePositiveMessages());
    }

    @Test
    void theLabelledSetShouldBeReadWholeAndCoverHamSpamAndBothSplits() {
        assertThat(report.problems()).isEmpty();
        assertThat(report.messages()).isGreaterThanOrEqualTo(500);
        assertThat(outcomes).filteredOn(o -> o.example().name().contains("/spam")).hasSizeGreaterThanOrEqualTo(150);
        assertThat(outcomes).filteredOn(o -> o.example().name().contains("_ham")).hasSizeGreaterThanOrEqualTo(300);
        assertThat(outcomes).filteredOn(o -> "heldout".equals(o.example().split())).hasSizeGreaterThanOrEqualTo(250);
    }

    @Test
    void ordinaryCorrespondenceShouldNeverYieldAPayment() {
        assertThat(outcomes).filteredOn(o -> o.example().name().contains("easy_ham"))
                .allSatisfy(o -> assertThat(o.extracted()).as(o.example().name()).isEmpty());
    }

    @Test
    void marketingNewslettersAndSpamThatMentionPricesShouldAlmostNeverYieldAPayment() {
        assertThat(report.falsePositiveMessages()).isLessThanOrEqualTo(report.negativeMessages() / 50);
    }
}
