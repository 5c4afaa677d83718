package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** classify, review, reanalyze, categories and config as a user runs them, on the demo mailbox. */
class ClassifyCommandsTest {

    @TempDir
    static Path tmp;

    static Path demo;

    private static int copies;

    @BeforeAll
    static void demo() {
        demo = tmp.resolve("demo");
        assertThat(Cli.run("demo", "--json", "--data-dir", demo.toString()).exit()).isZero();
    }

    /** A copy of the demo data dir, so that a test's corrections do not reach the others. */
    private static Path fresh() {
        return Cli.copyDataDir(demo, tmp.resolve("copy" + ++copies));
    }

    private static Cli run(Path data, String... args) {
        return Cli.runIn(data, args);
    }

    private static JsonNode json(Cli r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out().strip());
    }

    /** The ids of messages a search finds, best first. */
    private static List<Long> find(Path data, String query) {
        List<Long> ids = new ArrayList<>();
        json(run(data, "search", "--json", "--limit", "50", "--sort", "oldest", query)).get("results")
                .forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    @Test
    void everyDemoMessageShouldHaveACategoryAndCategoriesShouldCountThem() {
        JsonNode list = json(run(demo, "categories", "--json"));
        long total = 0;
        List<String> names = new ArrayList<>();
        for (JsonNode c : list) {
            names.add(c.get("name").asString());
            total += c.get("messages").asLong();
        }
        assertThat(names).startsWith("primary", "social", "promotions", "updates", "forums", "finance", "travel", "spam");
        long stored = json(run(demo, "stats", "--json")).get("messages").asLong();
        assertThat(total).isEqualTo(stored);
        assertThat(run(demo, "categories").out()).contains("messages to review");
    }

    @Test
    void showShouldPrintCategoryConfidenceTierReviewAndWhy() {
        long id = find(demo, "invoice").getFirst();
        JsonNode c = json(run(demo, "classify", "show", String.valueOf(id), "--json"));
        assertThat(c.propertyNames()).containsExactly("id", "category", "confidence", "tier", "needs_review", "explanation",
                "labels", "classified_at");
        assertThat(c.get("id").asLong()).isEqualTo(id);
        assertThat(c.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(c.get("tier").asString()).isEqualTo("builtin");
        assertThat(c.get("explanation").size()).isPositive();

        Cli text = run(demo, "classify", "show", String.valueOf(id));
        assertThat(text.out()).containsPattern("Message " + id + ": \\w+ \\(confidence \\d\\.\\d\\d, built-in knowledge\\)");

        Cli missing = run(demo, "classify", "show", "999999");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no message with id 999999");
    }

    @Test
    void aCorrectionShouldStickTeachTheNextMessageAndSurviveReanalyze() {
        Path data = fresh();
        List<Long> news = find(data, "from:zurich-thisweek.example");
        assertThat(news.size()).isGreaterThan(3);
        long first = news.getFirst();
        String before = json(run(data, "classify", "show", String.valueOf(first), "--json")).get("category").asString();
        String target = before.equals("promotions") ? "updates" : "promotions";

        Cli bad = run(data, "classify", "correct", String.valueOf(first), "newsletterz");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown category \"newsletterz\"").contains("promotions");

        JsonNode corrected = json(run(data, "classify", "correct", String.valueOf(first), target, "--json"));
        assertThat(corrected.get("category").asString()).isEqualTo(target);
        assertThat(corrected.get("tier").asString()).isEqualTo("user");

        JsonNode summary = json(run(data, "reanalyze", "--json"));
        assertThat(summary.get("kept").asLong()).isEqualTo(1);
        assertThat(summary.get("changed").asLong()).isPositive();
        for (long other : news.subList(1, news.size())) {
            JsonNode c = json(run(data, "classify", "show", String.valueOf(other), "--json"));
            assertThat(c.get("category").asString()).as("message %d", other).isEqualTo(target);
            assertThat(c.get("tier").asString()).isEqualTo("model");
        }
        assertThat(json(run(data, "classify", "show", String.valueOf(first), "--json")).get("tier").asString())
                .isEqualTo("user");
    }

    @Test
    void theReviewQueueShouldListWhatIsUnderTheThresholdAndFollowTheSetting() {
        Path data = fresh();
        JsonNode queue = json(run(data, "review", "--json", "--limit", "500"));
        long total = queue.get("total").asLong();
        assertThat(queue.get("messages").size()).isEqualTo((int) total);
        for (JsonNode m : queue.get("messages")) {
            assertThat(m.get("needs_review").asBoolean()).isTrue();
            assertThat(m.get("confidence").asDouble()).isLessThan(0.85);
            assertThat(m.has("subject")).isTrue();
        }

        Cli wrong = run(data, "config", "set", "classification.confidence-threshold", "high");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("classification.confidence-threshold must be a number from 0 to 1");
        Cli typo = run(data, "config", "set", "classification.learning-enable", "false");
        assertThat(typo.err()).contains("did you mean classification.learning-enabled?");

        assertThat(run(data, "config", "set", "classification.confidence-threshold", "0.3").exit()).isZero();
        JsonNode config = json(run(data, "config", "--json"));
        assertThat(config.get(0).get("key").asString()).isEqualTo("classification.confidence-threshold");
        assertThat(config.get(0).get("value").asString()).isEqualTo("0.3");
        assertThat(config.get(0).get("origin").asString()).endsWith("mailroom.yml");

        json(run(data, "reanalyze", "--json"));
        long after = json(run(data, "review", "--json")).get("total").asLong();
        assertThat(after).isLessThan(total);
    }

    @Test
    void withLearningDisabledACorrectionShouldTeachNothing() {
        Path data = fresh();
        assertThat(run(data, "config", "set", "classification.learning-enabled", "false").exit()).isZero();
        List<Long> news = find(data, "from:zurich-thisweek.example");
        String before = json(run(data, "classify", "show", String.valueOf(news.get(1)), "--json")).get("category").asString();

        Cli r = run(data, "classify", "correct", String.valueOf(news.getFirst()), "travel");
        assertThat(r.out()).contains("learning is off");
        json(run(data, "reanalyze", "--json"));

        JsonNode other = json(run(data, "classify", "show", String.valueOf(news.get(1)), "--json"));
        assertThat(other.get("category").asString()).isEqualTo(before);
        assertThat(other.get("tier").asString()).isEqualTo("builtin");
    }

    @Test
    void ownCategoriesShouldBeAddableAndUsable() {
        Path data = fresh();
        assertThat(run(data, "categories", "add", "family", "--description", "people at home").exit()).isZero();
        long id = find(data, "from:helen").getFirst();
        assertThat(json(run(data, "classify", "correct", String.valueOf(id), "family", "--json")).get("category").asString())
                .isEqualTo("family");
        assertThat(run(data, "categories").out()).containsPattern("family\\s+1\\s+\\(yours: people at home\\)");
        Cli remove = run(data, "categories", "remove", "family");
        assertThat(remove.exit()).isEqualTo(2);
        assertThat(remove.err()).contains("still holds 1 messages");
    }
}
