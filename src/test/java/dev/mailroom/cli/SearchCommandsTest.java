package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** search, similar, reindex and the daemon as a user runs them, on the demo mailbox. */
class SearchCommandsTest {

    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void demo() {
        data = tmp.resolve("demo");
        assertThat(Cli.run("demo", "--json", "--data-dir", data.toString()).exit()).isZero();
    }

    private static JsonNode json(String line) {
        return Json.mapper().readTree(line);
    }

    private static Cli search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void searchShouldPrintTheResultKeysAsJson() {
        Cli r = search("--json", "--limit", "3", "invoice");
        assertThat(r.exit()).isZero();
        JsonNode j = json(r.out().strip());
        assertThat(j.get("total").asLong()).isGreaterThan(3);
        assertThat(j.get("took_ms").isNumber()).isTrue();
        assertThat(j.get("results")).hasSize(3);
        JsonNode first = j.get("results").get(0);
        assertThat(first.propertyNames()).containsExactly("id", "message_id", "thread_id", "subject", "from", "date", "snippet",
                "score");
        assertThat(first.get("snippet").asString()).containsIgnoringCase("<mark>invoice");
        assertThat(first.get("message_id").asString()).contains("@").doesNotContain("<");
    }

    @Test
    void searchShouldPrintReadableLinesWithTheMatchesMarked() {
        Cli r = search("--limit", "2", "invoice");
        assertThat(r.out()).contains("**").containsPattern("2 of \\d+ matches \\(\\d+ ms\\)");
    }

    @Test
    void aMalformedQueryShouldExitWithTwoAndPointAtTheMistake() {
        Cli r = search("form:alice");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown field \"form:\"").contains("did you mean \"from:\"?").contains("^");
    }

    @Test
    void queriesFromAFileShouldPrintOneJsonObjectPerLine() throws Exception {
        Path file = tmp.resolve("queries.txt");
        Files.writeString(file, "invoice\nfrom:fibrio.example\n\nsubject:(\n", StandardCharsets.UTF_8);
        Cli r = search("--queries", file.toString(), "--limit", "2");
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(json(lines.get(0)).get("results")).hasSize(2);
        assertThat(json(lines.get(1)).get("total").asLong()).isPositive();
        assertThat(json(lines.get(2)).get("error").asString()).isNotBlank();
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void semanticSearchShouldFindMeaningWithoutTheWords() {
        JsonNode j = json(search("--json", "--mode", "semantic", "--limit", "5", "holiday abroad hotel").out().strip());
        assertThat(j.get("results")).isNotEmpty();
        List<String> subjects = new ArrayList<>();
        j.get("results").forEach(h -> subjects.add(h.get("subject").asString()));
        assertThat(subjects).anyMatch(s -> s.contains("Lisbon") || s.contains("trip") || s.contains("booking")
                || s.contains("flight") || s.contains("stay"));
    }

    @Test
    void hybridSearchShouldFuseBothRankings() {
        JsonNode j = json(search("--json", "--mode", "hybrid", "--limit", "5", "internet bill").out().strip());
        assertThat(j.get("results")).isNotEmpty();
    }

    @Test
    void threadViewShouldShowEachThreadOnce() {
        JsonNode j = json(search("--json", "--threads", "--limit", "50", "lisbon").out().strip());
        List<Long> threads = new ArrayList<>();
        j.get("results").forEach(h -> threads.add(h.get("thread_id").asLong()));
        assertThat(threads).doesNotHaveDuplicates();
    }

    @Test
    void similarShouldListOtherMessagesLikeTheGivenOne() {
        long id = json(search("--json", "--limit", "1", "membership fee").out().strip()).get("results").get(0).get("id").asLong();
        Cli r = Cli.run("similar", String.valueOf(id), "--json", "--limit", "3", "--data-dir", data.toString());
        assertThat(r.exit()).isZero();
        JsonNode j = json(r.out().strip());
        assertThat(j.get("results")).hasSize(3);
        j.get("results").forEach(h -> assertThat(h.get("id").asLong()).isNotEqualTo(id));
        assertThat(j.get("results").get(0).get("subject").asString()).containsIgnoringCase("membership");
    }

    @Test
    void similarShouldExplainAnUnknownId() {
        Cli r = Cli.run("similar", "999999", "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("there is no message 999999");
    }

    @Test
    void searchWithoutAnIndexShouldSayHowToBuildOne() throws Exception {
        Path empty = tmp.resolve("no-index");
        Files.createDirectories(empty);
        Cli.run("stats", "--data-dir", empty.toString());
        Cli r = Cli.run("search", "anything", "--data-dir", empty.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("import mail first");
    }

    @Test
    void reindexShouldRebuildTheSameIndex() {
        long before = json(search("--json", "lisbon").out().strip()).get("total").asLong();
        Cli r = Cli.run("reindex", "--json", "--no-embeddings", "--data-dir", data.toString());
        assertThat(r.exit()).isZero();
        JsonNode j = json(r.out().strip());
        assertThat(j.get("indexed").asLong()).isEqualTo(j.get("documents").asLong()).isGreaterThan(250);
        assertThat(json(search("--json", "lisbon").out().strip()).get("total").asLong()).isEqualTo(before);
        Cli.run("reindex", "--embeddings-only", "--data-dir", data.toString());
    }

    /** Runs the launcher's client for one command; appends "exit N" with its exit code. */
    private static String ask(String client, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "source \"$0\"; d=\"$1\"; shift; find_data_dir \"$@\" --data-dir \"$d\" && ask_daemon; echo NOT-ANSWERED", client,
                data.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return answer + "\nexit " + p.exitValue();
    }

    @Test
    void theLauncherShouldGetTheSameAnswerFromARunningDaemon() throws Exception {
        CliDaemon daemon = new CliDaemon(data, Duration.ofMinutes(5));
        Thread t = Thread.ofPlatform().daemon().start(() -> {
            try {
                daemon.serve();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(data.resolve(CliDaemon.FILE)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            String client = Path.of("bin/daemon-client.bash").toAbsolutePath().toString();
            ProcessBuilder pb = new ProcessBuilder("bash", "-c",
                    "source \"$0\"; find_data_dir search --limit 2 --json lisbon --data-dir \"$1\" && ask_daemon; echo NOT-ANSWERED",
                    client, data.toString());
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(p.exitValue()).as(answer).isZero();
            assertThat(answer).doesNotContain("NOT-ANSWERED");
            JsonNode viaDaemon = json(answer.strip());
            JsonNode direct = json(search("--limit", "2", "--json", "lisbon").out().strip());
            assertThat(viaDaemon.get("results")).isEqualTo(direct.get("results"));
            // options of one request do not stick to the next, and errors keep their exit code
            assertThat(ask(client, "search", "--limit", "1", "lisbon")).contains("1 of").doesNotContain("\"results\"");
            assertThat(ask(client, "search", "form:alice")).contains("Unknown field").contains("exit 2");
        } finally {
            daemon.stop();
            t.join(10_000);
        }
        assertThat(data.resolve(CliDaemon.FILE)).doesNotExist();
    }
}
