package dev.mailroom.cli;

import static dev.mailroom.cli.SearchBenchGoals.get;

import dev.mailroom.bench.Latency;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the figures of {@code mailroom bench search} as lines of text, each goal beside its figure. */
final class SearchBenchPrinter {

    private final Map<String, Object> out;
    private final PrintStream ps;

    SearchBenchPrinter(Map<String, Object> out, PrintStream ps) {
        this.out = out;
        this.ps = ps;
    }

    void print() {
        line("corpus", "%s x%s: %,d messages, %.1f MB of raw mail", out.get("corpus"), out.get("factor"), out.get("messages"),
                mb(out.get("raw_mail_bytes")));
        line("import + index", "%.2f s, %,.0f messages/s, %.1f MB/s, %,d quarantined%s", get(out, "import", "seconds"),
                get(out, "import", "messages_per_second"), get(out, "import", "mb_per_second"), get(out, "import", "quarantined"),
                goal("import_vs_mu", "%.1fx"));
        line("index", "%.1f MB, %.2f x the raw mail%s", mb(get(out, "index", "bytes")), get(out, "index", "ratio_to_raw_mail"),
                goal("index_size", null));
        line("data dir", "%.1f MB, %.2f x the raw mail", mb(get(out, "index", "data_dir_bytes")),
                get(out, "index", "data_dir_ratio_to_raw_mail"));
        embeddings();
        queries();
        cli();
        if (out.get("peers") instanceof Map<?, ?> peers) {
            for (String peer : List.of("notmuch", "mu")) {
                new SearchBenchPeerPrinter(peer, (Map<?, ?>) peers.get(peer), this).print();
            }
        }
        goals();
    }

    private void embeddings() {
        if (!(out.get("embeddings") instanceof Map<?, ?>)) {
            line("embeddings", "not run (--no-embeddings)");
            return;
        }
        line("embeddings", "%,d messages in %.1f s, %.1f messages/s (first batch, with model load, %.1f s)",
                get(out, "embeddings", "messages"), get(out, "embeddings", "seconds"), get(out, "embeddings", "per_second"),
                get(out, "embeddings", "first_batch_seconds"));
        line("index with embeddings", "%.1f messages/s (derived: 1 / (1/import + 1/embeddings))",
                get(out, "embeddings", "indexing_with_embeddings_messages_per_second"));
        line("index after embeddings", "%.1f MB", mb(get(out, "embeddings", "index_bytes")));
    }

    private void queries() {
        line("queries", "%d from %s, %d one-word, %d errors, limit %d, timed rounds %d", get(out, "queries", "count"),
                get(out, "queries", "file"), get(out, "queries", "one_word"), get(out, "queries", "errors"),
                get(out, "queries", "limit"), get(out, "queries", "rounds"));
        for (Object e : (List<?>) get(out, "queries", "error_examples")) {
            line("  error", "%s: %s", ((Map<?, ?>) e).get("query"), ((Map<?, ?>) e).get("error"));
        }
        Latency l = (Latency) get(out, "queries", "latency");
        line("in-process p50", "%.2f ms", l.p50Ms());
        line("in-process p95", "%.2f ms", l.p95Ms());
        line("in-process p99", "%.2f ms%s", l.p99Ms(), goal("in_process_p99", null));
        line("in-process max", "%.2f ms", l.maxMs());
        line("in-process one-word", latency((Latency) get(out, "queries", "one_word_latency"), "searches"));
        line("mean hits", "%.1f", get(out, "queries", "mean_hits"));
        for (Object s : (List<?>) get(out, "queries", "slowest")) {
            Map<?, ?> m = (Map<?, ?>) s;
            line("slow query", "%.2f ms median, %,d hits: %s", m.get("median_ms"), m.get("hits"), m.get("query"));
        }
    }

    private void cli() {
        if (!(out.get("cli") instanceof Map<?, ?> cli)) {
            line("cli", "not run (--cli-runs 0)");
            return;
        }
        if (!Boolean.TRUE.equals(cli.get("available"))) {
            line("cli", "not run: %s", cli.get("note"));
            return;
        }
        for (String mode : List.of("cold_jvm", "as_installed")) {
            String label = mode.equals("cold_jvm") ? "cold JVM" : "as installed";
            Map<?, ?> m = (Map<?, ?>) cli.get(mode);
            if (mode.equals("as_installed")) {
                line("cli daemon", Boolean.TRUE.equals(m.get("daemon")) ? "answered the searches as installed"
                        : "none came up; as installed is a cold JVM too");
            }
            line("cli " + label + " one-word", latency((Latency) m.get("one_word"), "runs"));
            line("cli " + label + " all", latency((Latency) m.get("all"), "runs"));
            if (((Number) m.get("failures")).intValue() > 0) {
                line("cli " + label + " failed", "%s queries, e.g. %s", m.get("failures"), m.get("first_failure"));
            }
        }
    }

    private void goals() {
        Map<?, ?> goals = (Map<?, ?>) out.get("goals");
        long measured = goals.values().stream().filter(g -> ((Map<?, ?>) g).get("met") != null).count();
        long met = goals.values().stream().filter(g -> Boolean.TRUE.equals(((Map<?, ?>) g).get("met"))).count();
        line("goals", "%d of %d measured goals met (%d not measured in this run)", met, measured, goals.size() - measured);
    }

    /**
     * " (goal: TEXT: VALUE) ✓" for the goal {@code key}, its value written with {@code valueFormat}
     * (left out when null); empty when the run did not measure it.
     */
    String goal(String key, String valueFormat) {
        Map<?, ?> g = (Map<?, ?>) get(out, "goals", key);
        if (g == null || g.get("met") == null) {
            return "";
        }
        String value = valueFormat == null ? "" : ": " + String.format(Locale.ROOT, valueFormat, g.get("value"));
        return " (goal: " + g.get("goal") + value + ") " + (Boolean.TRUE.equals(g.get("met")) ? "✓" : "✗");
    }

    static String latency(Latency l, String what) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d %s)", l.p50Ms(), l.p95Ms(), l.p99Ms(), l.count(),
                what);
    }

    void line(String label, String format, Object... args) {
        ps.printf(Locale.ROOT, "%-26s %s%n", label, args.length == 0 ? format : String.format(Locale.ROOT, format, args));
    }

    static double mb(Object bytes) {
        return bytes == null ? 0 : ((Number) bytes).doubleValue() / 1e6;
    }
}
