package dev.mailroom.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.classify.ClassificationService.MessageCategory;
import dev.mailroom.classify.rules.ConditionSyntax;
import dev.mailroom.classify.rules.Rule;
import dev.mailroom.classify.rules.RuleActions;
import dev.mailroom.classify.rules.RuleStore;
import dev.mailroom.db.Database;
import dev.mailroom.db.Sql;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ImportListener;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.mailbox.internal.SqlMetadataStore;
import dev.mailroom.mailbox.internal.SqliteBlobStore;
import dev.mailroom.shared.Progress;
import dev.mailroom.testing.TestMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What classification promises on every database: each imported message gets a category, a
 * confidence, a tier and an explanation; corrections stick and teach the model at once; reanalyze
 * keeps them; the review queue follows the threshold.
 */
abstract class ClassificationServiceContract {

    @TempDir
    Path dir;

    private final AtomicInteger files = new AtomicInteger();
    private Database database;
    private MetadataStore store;
    private SqliteBlobStore blobs;
    private final List<ClassificationService> open = new ArrayList<>();
    private final List<Sql> opened = new ArrayList<>();

    /** A migrated database for one test. */
    abstract Database database(Path dir);

    @AfterEach
    void closeAll() {
        open.forEach(ClassificationService::close);
        open.clear();
        opened.forEach(Sql::close);
        opened.clear();
        if (store != null) {
            store.close();
            store = null;
        }
        if (blobs != null) {
            blobs.close();
            blobs = null;
        }
    }

    ClassificationService service(ClassificationSettings settings) {
        if (database == null) {
            database = database(dir);
            store = SqlMetadataStore.open(database, Clock.systemUTC());
            blobs = new SqliteBlobStore(dir.resolve("blobs.db"));
        }
        ClassificationService s = ClassificationService.open(database, store, blobs, Clock.systemUTC(), settings);
        open.add(s);
        return s;
    }

    /** Imports the messages through the classification stage; returns their ids in order. */
    List<Long> importMail(ClassificationService service, TestMail... mails) throws IOException {
        return importWith(new IngestService(store, blobs, Clock.systemUTC(), 2, List.of(service.stage())), mails);
    }

    List<Long> importWith(IngestService ingest, TestMail... mails) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in" + files.incrementAndGet()));
        for (int i = 0; i < mails.length; i++) {
            Files.write(in.resolve(String.format("%03d.eml", i)), mails[i].bytes());
        }
        long before = store.lastMessageId();
        ingest.importPaths(List.of(in), "local", ImportListener.NONE);
        List<Long> ids = new ArrayList<>();
        for (StoredMessage m : store.messagesAfter(before, 10_000)) {
            ids.add(m.id());
        }
        return ids;
    }

    static TestMail newsletter(String from, int n) {
        return TestMail.message().from("Trail Gear Weekly <" + from + ">").to("me@example.org")
                .id("<news" + n + "." + from + ">")
                .subject("This week: " + n + " new trail shoes and a summer sale")
                .header("List-Unsubscribe", "<https://news.example.com/unsub?u=" + n + ">")
                .header("Precedence", "bulk")
                .body("Shop now: new arrivals in trail running, 20% off this week only. Unsubscribe any time.\n");
    }

    static TestMail personal(String from, int n) {
        return TestMail.message().from("Helen Morgan <" + from + ">").to("me@example.org").id("<p" + n + "." + from + ">")
                .subject("dinner on saturday " + n)
                .body("Hi love,\n\nare you still up for dinner on Saturday? I can bring dessert.\n\nLove,\nHelen\n");
    }

    @Test
    void everyImportedMessageGetsACategoryConfidenceTierAndExplanation() throws IOException {
        ClassificationService s = service(ClassificationSettings.DEFAULTS);
        List<Long> ids = importMail(s, newsletter("news@gear.example", 1), personal("helen@example.net", 1));

        assertThat(ids).hasSize(2);
        for (long id : ids) {
            MessageCategory c = s.show(id).orElseThrow();
            assertThat(c.category()).isIn(s.categories());
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            assertThat(c.tier()).isEqualTo("builtin");
            assertThat(c.explanation()).isNotEmpty();
            assertThat(c.needsReview()).isEqualTo(c.confidence() < 0.85);
        }
        assertThat(s.show(ids.get(0)).orElseThrow().category()).isIn("promotions", "updates");
        assertThat(s.show(ids.get(1)).orElseThrow().category()).isEqualTo("primary");
        assertThat(s.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
    }

    @Test
    void aCorrectionSticksAndTheNextMessageFromTheSenderBenefitsAtOnce() throws IOException {
        ClassificationService s = service(ClassificationSettings.DEFAULTS);
        long first = importMail(s, newsletter("news@gear.example", 1)).getFirst();
        String before = s.show(first).orElseThrow().category();
        String target = before.equals("forums") ? "social" : "forums";

        MessageCategory corrected = s.correct(first, target);

        assertThat(corrected.category()).isEqualTo(target);
        assertThat(corrected.tier()).isEqualTo("user");
        assertThat(corrected.confidence()).isEqualTo(1.0);
        assertThat(corrected.needsReview()).isFalse();
        assertThat(corrected.explanation()).anySatisfy(line -> assertThat(line).contains(before));

        long next = importMail(s, newsletter("news@gear.example", 2)).getFirst();
        MessageCategory learned = s.show(next).orElseThrow();
        assertThat(learned.category()).isEqualTo(target);
        assertThat(learned.tier()).isEqualTo("model");
        assertThat(learned.explanation()).anySatisfy(line -> assertThat(line).contains("news@gear.example"));

        // the model is saved: a new service (a later CLI run) knows it too
        ClassificationService later = service(ClassificationSettings.DEFAULTS);
        long third = importMail(later, newsletter("news@gear.example", 3)).getFirst();
        assertThat(later.show(third).orElseThrow().category()).isEqualTo(target);
    }

    @Test
    void withLearningDisabledCorrectionsAreKeptButNothingIsLearnt() throws IOException {
        ClassificationService s = service(new ClassificationSettings(0.85, false));
        long first = importMail(s, newsletter("news@gear.example", 1)).getFirst();
        String before = s.show(first).orElseThrow().category();

        s.correct(first, "forums".equals(before) ? "social" : "forums");

        assertThat(s.show(first).orElseThrow().tier()).isEqualTo("user");
        long next = importMail(s, newsletter("news@gear.example", 2)).getFirst();
        MessageCategory c = s.show(next).orElseThrow();
        assertThat(c.tier()).isEqualTo("builtin");
        assertThat(c.category()).isEqualTo(before);
    }

    @Test
    void reanalyzeKeepsEveryCategorySetByHand() throws IOException {
        ClassificationService s = service(ClassificationSettings.DEFAULTS);
        List<Long> ids = importMail(s, newsletter("news@gear.example", 1), personal("helen@example.net", 1),
                personal("helen@example.net", 2));
        s.correct(ids.get(1), "travel");

        ClassificationService.ReanalyzeSummary summary = s.reanalyze(Progress.NONE);

        assertThat(summary.messages()).isEqualTo(3);
        assertThat(summary.kept()).isEqualTo(1);
        assertThat(s.show(ids.get(1)).orElseThrow().category()).isEqualTo("travel");
        assertThat(s.show(ids.get(1)).orElseThrow().tier()).isEqualTo("user");
        // the sender memory moved Helen's other message along
        assertThat(s.show(ids.get(2)).orElseThrow().category()).isEqualTo("travel");
        assertThat(summary.changed()).isEqualTo(1);
    }

    @Test
    void correctingACorrectionUnlearnsTheFirst() throws IOException {
        ClassificationService s = service(ClassificationSettings.DEFAULTS);
        long id = importMail(s, newsletter("news@gear.example", 1)).getFirst();
        s.correct(id, "forums");
        s.correct(id, "social");

        MessageCategory c = s.show(id).orElseThrow();
        assertThat(c.category()).isEqualTo("social");
        long next = importMail(s, newsletter("news@gear.example", 2)).getFirst();
        assertThat(s.show(next).orElseThrow().category()).isEqualTo("social");
        assertThat(s.show(next).orElseThrow().explanation()).anySatisfy(l -> assertThat(l).contains("an earlier message"));
    }

    @Test
    void theReviewQueueFollowsTheThreshold() throws IOException {
        ClassificationService strict = service(new ClassificationSettings(1.0, true));
        List<Long> ids = importMail(strict, newsletter("news@gear.example", 1), personal("helen@example.net", 1));
        assertThat(strict.reviewCount()).isEqualTo(2);
        assertThat(strict.review(0, 10)).extracting(MessageCategory::messageId).containsExactlyElementsOf(ids);
        assertThat(strict.review(ids.get(0), 10)).extracting(MessageCategory::messageId).containsExactly(ids.get(1));

        strict.correct(ids.get(0), "promotions");
        assertThat(strict.review(0, 10)).extracting(MessageCategory::messageId).containsExactly(ids.get(1));

        ClassificationService lenient = service(new ClassificationSettings(0.0, true));
        lenient.reanalyze(Progress.NONE);
        assertThat(lenient.reviewCount()).isZero();
    }

    @Test
    void catchUpClassifiesWhatAnImportLeftUnclassified() throws IOException {
        ClassificationService s = service(ClassificationSettings.DEFAULTS);
        List<Long> ids = importWith(new IngestService(store, blobs, Clock.systemUTC(), 2), newsletter("a@b.example", 1),
                personal("helen@example.net", 1));
        assertThat(s.show(ids.get(0))).isEmpty();

        assertThat(s.catchUp(Progress.NONE)).isEqualTo(2);

        assertThat(s.show(ids.get(0))).isPresent();
        assertThat(s.show(ids.get(1))).isPresent();
        assertThat(s.catchUp(Progress.NONE)).isZero();
    }

    @Test
    void categoriesOfTheUsersOwnCanBeAddedUsedAndRemoved() throws IOException {
        ClassificationService s = service(ClassificationSettings.DEFAULTS);
        long id = importMail(s, personal("helen@example.net", 1)).getFirst();

        assertThatThrownBy(() -> s.correct(id, "family"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown category \"family\"")
                .hasMessageContaining("primary, social");
        s.addCategory("Family", "people I live with");
        assertThat(s.categories()).endsWith("family");
        assertThat(s.correct(id, "family").category()).isEqualTo("family");
        assertThatThrownBy(() -> s.removeCategory("family")).hasMessageContaining("still holds 1 messages");
        assertThatThrownBy(() -> s.removeCategory("spam")).hasMessageContaining("built-in");
        assertThatThrownBy(() -> s.addCategory("no spaces please", null)).hasMessageContaining("category name");
        assertThatThrownBy(() -> s.correct(999_999, "primary")).isInstanceOf(NoSuchElementException.class);

        s.correct(id, "primary");
        s.removeCategory("family");
        assertThat(s.categories()).doesNotContain("family");
    }

    @Test
    void aMatchingRuleDecidesLabelsAndMarksTheMailReadAndImportant() throws IOException {
        ClassificationService s = service(ClassificationSettings.DEFAULTS);
        RuleStore rules = new RuleStore(ruleSql(), Clock.systemUTC());
        rules.add(Rule.of("Gear news", ConditionSyntax.parse("from:gear.example AND subject:sale"),
                new RuleActions("finance", List.of("shopping"), true, true), false));
        rules.add(Rule.of("Everything weekly", ConditionSyntax.parse("subject:week"),
                new RuleActions(null, List.of("weekly"), false, false), false));

        List<Long> ids = importMail(s, newsletter("news@gear.example", 1), personal("helen@example.net", 1));

        MessageCategory c = s.show(ids.get(0)).orElseThrow();
        assertThat(c.category()).isEqualTo("finance");
        assertThat(c.tier()).isEqualTo("rule");
        assertThat(c.confidence()).isEqualTo(1.0);
        assertThat(c.explanation().getFirst()).contains("Rule \"Gear news\"");
        assertThat(c.explanation()).anySatisfy(l -> assertThat(l).contains("Everything weekly"));
        assertThat(c.labels()).containsExactly("shopping", "weekly");
        assertThat(store.message(ids.get(0)).orElseThrow().flags()).contains("SEEN", "FLAGGED");
        assertThat(s.show(ids.get(1)).orElseThrow().tier()).isEqualTo("builtin");
        assertThat(store.message(ids.get(1)).orElseThrow().flags()).doesNotContain("SEEN");
    }

    @Test
    void aCategorySetByHandBeatsRulesAndACorrectionCanBecomeASenderRule() throws IOException {
        ClassificationService s = service(ClassificationSettings.DEFAULTS);
        RuleStore rules = new RuleStore(ruleSql(), Clock.systemUTC());
        rules.add(Rule.of("Helen is travel", ConditionSyntax.parse("from:helen@example.net"),
                new RuleActions("travel", List.of(), false, false), false));
        long id = importMail(s, personal("helen@example.net", 1)).getFirst();
        assertThat(s.show(id).orElseThrow().category()).isEqualTo("travel");

        s.correct(id, "primary");
        s.reanalyze(Progress.NONE);
        assertThat(s.show(id).orElseThrow().category()).isEqualTo("primary");
        assertThat(s.show(id).orElseThrow().tier()).isEqualTo("user");

        Rule rule = s.senderRule(id, "social");
        assertThat(rule.name()).isEqualTo("Mail from helen@example.net");
        assertThat(rule.then().category()).isEqualTo("social");
        rules.remove("Helen is travel");
        long next = importMail(s, personal("helen@example.net", 2)).getFirst();
        assertThat(s.show(next).orElseThrow().category()).isEqualTo("social");
        assertThat(s.show(next).orElseThrow().tier()).isEqualTo("rule");
        assertThatThrownBy(() -> s.senderRule(id, "social")).hasMessageContaining("exists already");
    }

    private Sql ruleSql() {
        try {
            Sql sql = new Sql(database.open());
            opened.add(sql);
            return sql;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
