package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import dev.mailroom.testing.TestMail;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** import, stats, threads, show and quarantine as a user runs them. */
class StoreCommandsTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path mail;

    @BeforeEach
    void mail() throws Exception {
        data = tmp.resolve("data");
        mail = Files.createDirectories(tmp.resolve("mail"));
        Files.write(mail.resolve("1.eml"), TestMail.message().id("a@x").from("Ann <ann@x.org>").to("bob@x.org")
                .subject("Plan").date("Mon, 6 Jan 2025 10:00:00 +0100").body("Let us meet.").bytes());
        Files.write(mail.resolve("2.eml"), TestMail.message().id("b@x").from("bob@x.org").to("ann@x.org")
                .subject("Re: Plan").date("Mon, 6 Jan 2025 11:00:00 +0100").inReplyTo("a@x").body("Yes.").bytes());
        Files.write(mail.resolve("3.eml"), new byte[] {1, 2, 3});
    }

    private static JsonNode json(String line) {
        return Json.mapper().readTree(line);
    }

    @Test
    void importShouldPrintTheSummaryKeysAsJson() {
        Cli r = Cli.run("import", "--json", "--data-dir", data.toString(), mail.toString());
        assertThat(r.exit()).isZero();
        JsonNode s = json(r.out().strip());
        assertThat(s.propertyNames()).containsExactly("seen", "imported", "duplicates", "quarantined", "seconds", "messages_per_second");
        assertThat(s.get("seen").asLong()).isEqualTo(3);
        assertThat(s.get("imported").asLong()).isEqualTo(2);
        assertThat(s.get("quarantined").asLong()).isEqualTo(1);

        JsonNode again = json(Cli.run("import", "--json", "--data-dir", data.toString(), mail.toString()).out().strip());
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(2);
    }

    @Test
    void importShouldPrintAReadableSummary() {
        Cli r = Cli.run("import", "--data-dir", data.toString(), mail.toString());
        assertThat(r.out()).contains("Seen 3 messages: 2 imported, 0 duplicates, 1 quarantined").contains("mailroom quarantine");
    }

    @Test
    void statsShouldCountEverythingTheStoreHolds() {
        Cli.run("import", "--data-dir", data.toString(), mail.toString());
        JsonNode s = json(Cli.run("stats", "--json", "--data-dir", data.toString()).out().strip());
        assertThat(s.propertyNames()).containsExactly("messages", "threads", "accounts", "folders", "quarantined", "blobs", "bytes");
        assertThat(s.get("messages").asLong()).isEqualTo(2);
        assertThat(s.get("threads").asLong()).isEqualTo(1);
        assertThat(s.get("accounts").asLong()).isEqualTo(1);
        assertThat(s.get("quarantined").asLong()).isEqualTo(1);
        assertThat(s.get("blobs").asLong()).isEqualTo(3);
        assertThat(s.get("bytes").asLong()).isPositive();
    }

    @Test
    void threadsAndShowShouldPrintTheConversation() {
        Cli.run("import", "--data-dir", data.toString(), mail.toString());
        JsonNode t = json(Cli.run("threads", "--json", "--data-dir", data.toString()).out().strip());
        assertThat(t.get("subject").asString()).isEqualTo("Plan");
        assertThat(t.get("messages").asInt()).isEqualTo(2);

        Cli text = Cli.run("threads", "--data-dir", data.toString());
        assertThat(text.out()).contains("Plan").contains("Ann");

        JsonNode m = json(Cli.run("show", "2", "--json", "--data-dir", data.toString()).out().strip());
        assertThat(m.get("subject").asString()).isEqualTo("Re: Plan");
        assertThat(m.get("parent_id").asLong()).isEqualTo(1);
        assertThat(m.get("text").asString()).contains("Yes.");
        assertThat(m.get("date").asString()).isEqualTo("2025-01-06T11:00:00+01:00");

        Cli shown = Cli.run("show", "1", "--data-dir", data.toString());
        assertThat(shown.out()).contains("Subject: Plan").contains("Let us meet.").contains("Thread:");
    }

    @Test
    void showShouldExplainAnUnknownId() {
        Cli.run("import", "--data-dir", data.toString(), mail.toString());
        Cli r = Cli.run("show", "99", "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no message with id 99");
    }

    @Test
    void quarantineShouldListAndRetry() {
        Cli.run("import", "--data-dir", data.toString(), mail.toString());
        Cli list = Cli.run("quarantine", "--json", "--data-dir", data.toString());
        JsonNode q = json(list.out().strip());
        assertThat(q.get("location").asString()).endsWith("3.eml");
        assertThat(q.get("reason").asString()).isNotBlank();

        Cli retry = Cli.run("quarantine", "--retry", "--data-dir", data.toString());
        assertThat(retry.out()).contains("Retried 1: 0 stored, 0 were duplicates, 1 still quarantined");
    }

    @Test
    void aMissingPathShouldFailWithOneClearLine() {
        Cli r = Cli.run("import", "--data-dir", data.toString(), tmp.resolve("missing").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("mailroom: no such file or directory:").doesNotContain("Exception");
    }

    @Test
    void readingADataDirWithoutAStoreShouldSayWhatToDo() {
        Cli r = Cli.run("stats", "--data-dir", tmp.resolve("typo").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no Mailroom store in").contains("mailroom import");
        assertThat(tmp.resolve("typo")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "parse", "quarantine", "threads", "show", "stats", "demo", "bench", "bench ingest"})
    void everyCommandShouldHaveHelpAndTakeDataDir(String command) {
        String[] args = (command + " --help").split(" ");
        Cli r = Cli.run(args);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage:").contains("--data-dir");
    }

    @Test
    void demoShouldCreateAFreshStoreAndPrintAnOverview() throws Exception {
        Path demo = tmp.resolve("demo");
        Cli r = Cli.run("demo", "--data-dir", demo.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Demo mailbox:").contains("Latest conversations");
        JsonNode s = json(Cli.run("stats", "--json", "--data-dir", demo.toString()).out().strip());
        assertThat(s.get("messages").asLong()).isBetween(250L, 400L);
        assertThat(s.get("quarantined").asLong()).isZero();
        assertThat(s.get("threads").asLong()).isLessThan(s.get("messages").asLong());

        // A second run recreates it rather than adding to it.
        Cli again = Cli.run("demo", "--json", "--data-dir", demo.toString());
        assertThat(json(again.out().strip()).get("messages").asLong()).isEqualTo(s.get("messages").asLong());
    }

    @Test
    void demoShouldRefuseADataDirThatHoldsOtherMail() {
        Cli.run("import", "--data-dir", data.toString(), mail.toString());
        Cli r = Cli.run("demo", "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("already holds data");
        assertThat(json(Cli.run("stats", "--json", "--data-dir", data.toString()).out().strip()).get("messages").asLong()).isEqualTo(2);
    }

}
