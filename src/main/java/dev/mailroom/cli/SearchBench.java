package dev.mailroom.cli;

import dev.mailroom.bench.CorpusMultiplier;
import dev.mailroom.bench.DirSize;
import dev.mailroom.bench.MailroomLauncher;
import dev.mailroom.bench.QuerySet;
import dev.mailroom.bench.QueryTimings;
import dev.mailroom.bench.SearchLatency;
import dev.mailroom.ingest.ImportSummary;
import dev.mailroom.search.ProgressListener;
import dev.mailroom.search.SearchService;
import dev.mailroom.search.SearchStats;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The run of {@code mailroom bench search}: builds a Maildir of the corpus, imports it with indexing
 * into a fresh data dir, computes embeddings, times searches in-process and through the launcher,
 * and hands the peers' part to {@link SearchBenchPeers}. Every figure goes into one map with
 * snake_case keys, printed as JSON or by {@link SearchBenchPrinter}.
 */
final class SearchBench {

    /** Results per search, as a user sees them by default. */
    static final int LIMIT = 20;

    /** Untimed passes over the query set before the timed rounds. */
    static final int WARM_UPS = 2;

    /** How long to wait for the launcher's daemon to come up after the first search. */
    static final Duration DAEMON_START = Duration.ofSeconds(30);

    /** Untimed searches through the daemon before the timed ones. */
    static final int DAEMON_WARM_UPS = 5;

    /**
     * What to run.
     *
     * @param embeddingSample how many messages to embed at most; {@code null} for the default (all at
     *     factor 1, else 2,000)
     * @param launcher the {@code mailroom} script to time, {@code null} to find it
     */
    record Options(
            Path corpus, int factor, Path queries, boolean peers, boolean embeddings, Integer embeddingSample, int cliRuns,
            int rounds, Path launcher) {

        int embeddingLimit() {
            return embeddingSample != null ? embeddingSample : factor == 1 ? Integer.MAX_VALUE : 2_000;
        }
    }

    private final Options options;
    private final Path maildir;
    private final Path data;
    private final Path work;
    private final Map<String, Object> out = new LinkedHashMap<>();

    SearchBench(Options options, Path work) {
        this.options = options;
        this.work = work;
        this.maildir = work.resolve("maildir");
        this.data = work.resolve("data");
    }

    /** Runs every step and returns the figures. */
    Map<String, Object> run() throws Exception {
        QuerySet queries = QuerySet.read(options.queries());
        for (String dir : List.of("maildir", "data", "peer-notmuch", "peer-mu")) {
            Trees.delete(work.resolve(dir));
        }
        log("preparing a Maildir of the corpus x" + options.factor() + " ...");
        CorpusMultiplier.writeMultiplied(options.corpus(), options.factor(), maildir);
        long rawBytes = DirSize.bytes(maildir);
        out.put("corpus", options.corpus().toString());
        out.put("factor", options.factor());
        double importRate = importAndIndex(rawBytes);
        out.put("embeddings", options.embeddings() ? embeddings(importRate) : null);
        SearchLatency.Result inProcess = inProcess(queries);
        out.put("cli", null);
        Map<String, QueryTimings> cli = options.cliRuns() > 0 ? cli(queries) : Map.of();
        out.put("peers", options.peers() ? new SearchBenchPeers(maildir, work, rawBytes, importRate).run(queries, inProcess, cli) : null);
        out.put("goals", SearchBenchGoals.of(out));
        return out;
    }

    private double importAndIndex(long rawBytes) throws Exception {
        log("importing and indexing with Mailroom ...");
        ImportSummary s;
        long start;
        // Timed from the store's opening (after its schema is created) until the index is closed.
        try (Context ctx = Context.write(data)) {
            start = System.nanoTime();
            s = ImportCommand.importAndIndex(ctx, List.of(maildir), "bench", true);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = s.seen() / seconds;
        out.put("messages", s.seen());
        out.put("raw_mail_bytes", rawBytes);
        Map<String, Object> imp = new LinkedHashMap<>();
        imp.put("seconds", round(seconds));
        imp.put("messages_per_second", round(rate));
        imp.put("mb_per_second", round(rawBytes / 1e6 / seconds));
        imp.put("imported", s.imported());
        imp.put("quarantined", s.quarantined());
        out.put("import", imp);
        SearchStats stats;
        try (Context ctx = Context.read(data)) {
            stats = ctx.search().stats();
        }
        long dataBytes = DirSize.bytes(data);
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("documents", stats.documents());
        index.put("bytes", stats.sizeBytes());
        index.put("ratio_to_raw_mail", round(stats.sizeBytes() / (double) rawBytes));
        index.put("data_dir_bytes", dataBytes);
        index.put("data_dir_ratio_to_raw_mail", round(dataBytes / (double) rawBytes));
        out.put("index", index);
        return rate;
    }

    /** Times {@code embedPending} up to the sample size; the first batch, which loads the model, is timed apart. */
    private Map<String, Object> embeddings(double importRate) throws Exception {
        int limit = options.embeddingLimit();
        log("computing embeddings" + (limit == Integer.MAX_VALUE ? "" : " for " + limit + " messages") + " ...");
        AtomicLong done = new AtomicLong();
        AtomicLong firstBatch = new AtomicLong();
        AtomicLong firstBatchAt = new AtomicLong();
        long start = System.nanoTime();
        try (Context ctx = Context.write(data)) {
            ctx.search().embedPending(new ProgressListener() {
                @Override
                public void advanced(long n) {
                    if (firstBatchAt.get() == 0) {
                        firstBatch.set(n);
                        firstBatchAt.set(System.nanoTime());
                    }
                    done.set(n);
                }
            }, () -> done.get() >= limit);
        }
        long end = System.nanoTime();
        boolean steady = done.get() > firstBatch.get() && firstBatchAt.get() > 0;
        double seconds = (end - start) / 1e9;
        double rate = steady ? (done.get() - firstBatch.get()) / ((end - firstBatchAt.get()) / 1e9) : done.get() / seconds;
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("messages", done.get());
        e.put("seconds", round(seconds));
        e.put("first_batch_seconds", round(firstBatchAt.get() == 0 ? 0 : (firstBatchAt.get() - start) / 1e9));
        e.put("per_second", round(rate));
        e.put("indexing_with_embeddings_messages_per_second", rate > 0 ? round(1 / (1 / importRate + 1 / rate)) : 0);
        e.put("index_bytes", null);
        return e;
    }

    @SuppressWarnings("unchecked")
    private SearchLatency.Result inProcess(QuerySet queries) throws Exception {
        log("timing " + queries.queries().size() + " queries in-process ...");
        SearchLatency.Result r;
        try (Context ctx = Context.read(data)) {
            SearchService search = ctx.search();
            r = SearchLatency.measure(search, queries.queries(), WARM_UPS, options.rounds(), LIMIT);
            if (out.get("embeddings") instanceof Map<?, ?> e) {
                ((Map<String, Object>) e).put("index_bytes", search.stats().sizeBytes());
            }
        }
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("file", options.queries().toString());
        q.put("count", queries.queries().size());
        q.put("one_word", queries.oneWord().size());
        q.put("errors", r.errors().size());
        q.put("error_examples", r.errors().entrySet().stream().limit(5).map(e -> Map.of("query", e.getKey(), "error", e.getValue())).toList());
        q.put("limit", LIMIT);
        q.put("rounds", options.rounds());
        q.put("latency", r.timings().latency(query -> true));
        q.put("one_word_latency", r.timings().latency(QuerySet::isOneWord));
        q.put("mean_hits", r.meanHits());
        q.put("slowest", r.timings().slowest(5).stream().map(s -> slow(s, r)).toList());
        out.put("queries", q);
        return r;
    }

    private static Map<String, Object> slow(String query, SearchLatency.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", query);
        m.put("median_ms", round(r.timings().median(query)));
        m.put("hits", r.totals().get(query));
        return m;
    }

    /** Times the launcher in both modes over the same samples; returns each mode's timings by its key. */
    private Map<String, QueryTimings> cli(QuerySet queries) {
        Optional<Path> launcher = MailroomLauncher.find(options.launcher());
        Map<String, Object> c = new LinkedHashMap<>();
        out.put("cli", c);
        if (launcher.isEmpty()) {
            c.put("available", false);
            c.put("note", "no mailroom launcher found; give it with --mailroom PATH");
            return Map.of();
        }
        MailroomLauncher mailroom = new MailroomLauncher(launcher.get(), work);
        List<String> oneWord = QuerySet.spread(queries.oneWord(), options.cliRuns());
        List<String> others = QuerySet.spread(queries.others(), options.cliRuns());
        c.put("available", true);
        c.put("launcher", mailroom.launcher().toString());
        c.put("runs", options.cliRuns());
        Map<String, QueryTimings> timings = new LinkedHashMap<>();
        try {
            for (MailroomLauncher.Mode mode : List.of(MailroomLauncher.COLD_JVM, MailroomLauncher.AS_INSTALLED)) {
                log("timing " + (oneWord.size() + others.size()) + " searches through " + mailroom.launcher() + " (" + mode.label()
                        + ") ...");
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("daemon", warmUp(mailroom, mode, oneWord.isEmpty() ? others : oneWord));
                QueryTimings t = new QueryTimings();
                mailroom.time(oneWord, data, LIMIT, mode, t);
                mailroom.time(others, data, LIMIT, mode, t);
                timings.put(mode.key(), t);
                m.put("one_word", t.latency(QuerySet::isOneWord));
                m.put("all", t.latency(q -> true));
                m.put("failures", t.failures());
                m.put("first_failure", t.firstFailure());
                c.put(mode.key(), m);
            }
        } finally {
            mailroom.stopDaemon(data);
        }
        return timings;
    }

    /**
     * Untimed searches before the timed ones: one, which also builds the launcher's start-up cache
     * when the jar is new; as installed, it leaves a daemon behind, which is awaited and given a few
     * searches to warm up. Returns whether a daemon serves the data dir.
     */
    private boolean warmUp(MailroomLauncher mailroom, MailroomLauncher.Mode mode, List<String> sample) {
        String query = sample.isEmpty() ? "mail" : sample.getFirst();
        mailroom.search(query, data, LIMIT, mode);
        if (mode != MailroomLauncher.AS_INSTALLED || !mailroom.awaitDaemon(data, DAEMON_START)) {
            return false;
        }
        for (int i = 0; i < DAEMON_WARM_UPS; i++) {
            mailroom.search(sample.isEmpty() ? query : sample.get(i % sample.size()), data, LIMIT, mode);
        }
        return true;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void log(String line) {
        System.err.println(line);
    }
}
