package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real ordinary mail must not turn into payments: the first 400 messages of the SpamAssassin
 * corpus's easy_ham and 100 of hard_ham (mailing lists, personal mail, newsletters, some
 * commercial mail) are nearly all free of bills. Prints every payment found, for a person to judge.
 * The corpus dir is {@code -Dmailroom.corpus.dir} or {@code MAILROOM_CORPUS_DIR} (default
 * {@code ../shared/data}); the test skips when the messages are not there.
 */
class PaymentExtractorRealHamTest {

    private static final int EASY = 400;
    private static final int HARD = 100;

    @Test
    void ordinaryRealMailShouldAlmostNeverYieldAPayment() throws IOException {
        Path corpus = Path.of(System.getProperty("mailroom.corpus.dir",
                System.getenv().getOrDefault("MAILROOM_CORPUS_DIR", "../shared/data"))).resolve("spamassassin");
        assumeTrue(Files.isDirectory(corpus.resolve("easy_ham")),
                "SpamAssassin corpus not found at " + corpus.toAbsolutePath() + " (set -Dmailroom.corpus.dir or MAILROOM_CORPUS_DIR); skipping");
        List<Path> files = Stream.concat(first(corpus.resolve("easy_ham"), EASY).stream(), first(corpus.resolve("hard_ham"), HARD).stream())
                .toList();
        PaymentExtractor extractor = new PaymentExtractor(Clock.fixed(Instant.parse("2002-10-01T00:00:00Z"), ZoneOffset.UTC));
        int found = 0;
        int easyFound = 0;
        for (Path file : files) {
            byte[] raw = Files.readAllBytes(file);
            ParsedMessage parsed = IngestService.parseMessage(raw, null);
            List<ExtractedPayment> payments = extractor.find(parsed, IngestService.headerSection(raw));
            if (!payments.isEmpty()) {
                found++;
                easyFound += file.getParent().getFileName().toString().equals("easy_ham") ? 1 : 0;
                System.out.printf(Locale.ROOT, "  PAYMENT %s | %s | %s%n", corpus.relativize(file), parsed.subject(), payments);
            }
        }
        System.out.printf(Locale.ROOT, "Real ham: %d messages (%d easy, %d hard), %d with a payment (%d easy)%n",
                files.size(), EASY, HARD, found, easyFound);
        assertThat(easyFound).as("payments found in easy_ham").isLessThanOrEqualTo(4);
        assertThat(found).as("payments found in all ham").isLessThanOrEqualTo(10);
    }

    private static List<Path> first(Path dir, int n) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("cmds")).sorted().limit(n).toList();
        }
    }
}
