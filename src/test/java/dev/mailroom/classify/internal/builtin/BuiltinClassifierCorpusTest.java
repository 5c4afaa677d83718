package dev.mailroom.classify.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in tier on real mail: the SpamAssassin public corpus in {@code ../shared/data} (or
 * {@code -Dmailroom.corpus.dir}), skipped when absent. Mailing-list ham must come out as forums (or
 * promotions for newsletters), ham must almost never be called spam.
 */
class BuiltinClassifierCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("mailroom.corpus.dir", "../shared/data")).resolve("spamassassin");
    private static final Instant FILE_TIME = Instant.parse("2003-01-01T00:00:00Z");

    record Result(String label, String subset, boolean listId, BuiltinClassifier.Verdict verdict, String path) {}

    private static List<Result> results;

    @BeforeAll
    static void classifyCorpus() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("labels.tsv")), "SpamAssassin corpus not found at "
                + CORPUS.toAbsolutePath() + " (set -Dmailroom.corpus.dir); skipping");
        BuiltinClassifier classifier = new BuiltinClassifier();
        results = Files.readAllLines(CORPUS.resolve("labels.tsv")).stream()
                .skip(1)
                .map(line -> line.split("\t"))
                .map(row -> {
                    byte[] raw = read(CORPUS.resolve(row[0]));
                    ParsedMessage parsed = IngestService.parseMessage(raw, FILE_TIME);
                    MailHeaders headers = MailHeaders.parse(raw);
                    return new Result(row[1], row[2], headers.has("List-Id"), classifier.classify(parsed, headers), row[0]);
                })
                .toList();
    }

    @Test
    void mailingListHamShouldBeSortedIntoForumsOrPromotions() {
        List<Result> lists = results.stream().filter(r -> r.label().equals("ham") && r.listId()).toList();
        long right = lists.stream().filter(r -> List.of("forums", "promotions").contains(r.verdict().category())).count();
        double share = (double) right / lists.size();
        System.out.printf(Locale.ROOT, "Ham with List-Id: %d messages, forums or promotions %.3f, categories %s%n",
                lists.size(), share, categories(lists));
        lists.stream().filter(r -> !List.of("forums", "promotions").contains(r.verdict().category())).limit(15)
                .forEach(r -> System.out.println("  LIST MISS " + r.path() + " -> " + r.verdict()));
        assertThat(share).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void hamShouldAlmostNeverBeCalledSpam() {
        List<Result> ham = results.stream().filter(r -> r.label().equals("ham")).toList();
        double share = spamShare(ham);
        System.out.printf(Locale.ROOT, "Ham: %d messages, called spam %.4f (hard_ham %.4f), categories %s%n", ham.size(),
                share, spamShare(ham.stream().filter(r -> r.subset().equals("hard_ham")).toList()), categories(ham));
        ham.stream().filter(r -> r.verdict().category().equals("spam")).limit(15)
                .forEach(r -> System.out.println("  HAM AS SPAM " + r.path() + " -> " + r.verdict()));
        assertThat(share).isLessThan(0.02);
    }

    @Test
    void spamShouldSeldomLookLikeConfidentPersonalMail() {
        List<Result> spam = results.stream().filter(r -> r.label().equals("spam")).toList();
        long confidentPrimary = spam.stream()
                .filter(r -> r.verdict().category().equals("primary") && r.verdict().confidence() >= 0.85)
                .count();
        double share = (double) confidentPrimary / spam.size();
        System.out.printf(Locale.ROOT, "Spam: %d messages, called spam %.3f, primary with confidence >= 0.85 %.3f,"
                + " categories %s%n", spam.size(), spamShare(spam), share, categories(spam));
        assertThat(share).isLessThan(0.10);
    }

    private static double spamShare(List<Result> results) {
        return results.isEmpty() ? 0 : results.stream().filter(r -> r.verdict().category().equals("spam")).count()
                / (double) results.size();
    }

    private static Map<String, Long> categories(List<Result> results) {
        Map<String, Long> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.verdict().category(), 1L, Long::sum));
        return counts;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
