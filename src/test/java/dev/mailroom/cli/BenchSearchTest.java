package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import dev.mailroom.testing.TestMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code mailroom bench search} on a tiny corpus, without peers, embeddings or launcher runs. */
class BenchSearchTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private Path queries;

    @BeforeEach
    void corpusAndQueries() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.write(corpus.resolve("1.eml"), TestMail.message().id("a@x").from("Ann <ann@x.org>").to("bob@x.org")
                .subject("Quarterly plan").date("Mon, 6 Jan 2025 10:00:00 +0100").body("Let us meet about the budget.").bytes());
        Files.write(corpus.resolve("2.eml"), TestMail.message().id("b@x").from("bob@x.org").to("ann@x.org")
                .subject("Re: Quarterly plan").date("Mon, 6 Jan 2025 11:00:00 +0100").inReplyTo("a@x")
                .body("Yes, the budget is ready.").bytes());
        Files.write(corpus.resolve("3.eml"), TestMail.message().id("c@x").from("news@shop.example").to("ann@x.org")
                .subject("Winter sale").date("Tue, 7 Jan 2025 09:00:00 +0100").body("Everything must go.").bytes());
        queries = tmp.resolve("queries.txt");
        Files.write(queries, List.of("# a comment", "budget", "", "plan", "winter sale", "\"the budget\""));
    }

    private Cli bench(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("bench", "search", corpus.toString(), "--no-peers", "--no-embeddings",
                "--cli-runs", "0", "--rounds", "1", "--queries", queries.toString(), "--work-dir", tmp.resolve("work").toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void benchSearchShouldPrintEveryFigureAsJson() {
        Cli r = bench("--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode out = Json.mapper().readTree(r.out().strip());
        assertThat(out.propertyNames()).containsExactly("corpus", "factor", "messages", "raw_mail_bytes", "import", "index",
                "embeddings", "queries", "cli", "peers", "goals");
        assertThat(out.get("messages").asLong()).isEqualTo(3);
        assertThat(out.get("import").propertyNames())
                .containsExactly("seconds", "messages_per_second", "mb_per_second", "imported", "quarantined");
        assertThat(out.get("index").propertyNames())
                .containsExactly("documents", "bytes", "ratio_to_raw_mail", "data_dir_bytes", "data_dir_ratio_to_raw_mail");
        assertThat(out.get("index").get("documents").asLong()).isEqualTo(3);
        JsonNode q = out.get("queries");
        assertThat(q.propertyNames()).containsExactly("file", "count", "one_word", "errors", "error_examples", "limit", "rounds",
                "latency", "one_word_latency", "mean_hits", "slowest");
        assertThat(q.get("count").asInt()).isEqualTo(4);
        assertThat(q.get("one_word").asInt()).isEqualTo(2);
        assertThat(q.get("errors").asInt()).isZero();
        assertThat(q.get("latency").propertyNames()).containsExactly("count", "p50_ms", "p95_ms", "p99_ms", "max_ms", "mean_ms");
        assertThat(q.get("latency").get("count").asInt()).isEqualTo(4);
        assertThat(out.get("embeddings").isNull()).isTrue();
        assertThat(out.get("cli").isNull()).isTrue();
        assertThat(out.get("peers").isNull()).isTrue();
        assertThat(out.get("goals").propertyNames())
                .containsExactly("import_vs_mu", "in_process_p99", "index_size", "cli_vs_notmuch", "cli_vs_mu");
        assertThat(out.get("goals").get("in_process_p99").get("met").isBoolean()).isTrue();
        assertThat(out.get("goals").get("import_vs_mu").get("met").isNull()).isTrue();
    }

    @Test
    void benchSearchShouldPrintOneFigureALineWithTheGoals() {
        Cli r = bench();

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("import + index").contains("in-process p99").contains("goal: p99 in-process latency under 10 ms")
                .contains("cli                        not run (--cli-runs 0)").contains("embeddings                 not run");
    }

    @Test
    void benchSearchShouldRefuseAMissingQueryFile() {
        Cli r = Cli.run("bench", "search", corpus.toString(), "--queries", tmp.resolve("none.txt").toString(), "--no-peers");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no query file");
    }
}
