package dev.mailroom.cli;

import dev.mailroom.bench.Latency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The goals of the search issue, checked against the figures of one {@code bench search} run. Each
 * is {@code {goal, value, met}}; {@code value} and {@code met} are {@code null} when the run did not
 * measure it (no peers, no CLI runs).
 */
final class SearchBenchGoals {

    private SearchBenchGoals() {}

    static Map<String, Object> of(Map<String, Object> out) {
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("import_vs_mu", goal("import with full-text indexing at least 3x the messages/s of mu index",
                number(out, "peers", "mu", "mailroom_import_speedup"), v -> v >= 3));
        Latency latency = (Latency) get(out, "queries", "latency");
        goals.put("in_process_p99", goal("p99 in-process latency under 10 ms at 60,000 messages",
                latency == null || latency.count() == 0 ? null : latency.p99Ms(), v -> v < 10));
        goals.put("index_size", goal("index no larger than half the raw mail",
                number(out, "index", "ratio_to_raw_mail"), v -> v <= 0.5));
        for (String peer : new String[] {"notmuch", "mu"}) {
            goals.put("cli_vs_" + peer, goal("one-word query through the CLI (as installed) faster than " + peer,
                    number(out, "peers", peer, "mailroom_cli_speedup", "as_installed", "one_word"), v -> v > 1));
        }
        return goals;
    }

    private static Map<String, Object> goal(String text, Double value, DoublePredicate met) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("goal", text);
        g.put("value", value);
        g.put("met", value == null ? null : met.test(value));
        return g;
    }

    /** The number at {@code path} in nested maps, {@code null} when a part is missing or it is 0 (not measured). */
    static Double number(Map<String, Object> out, String... path) {
        return get(out, path) instanceof Number n && n.doubleValue() != 0 ? n.doubleValue() : null;
    }

    /** The value at {@code path} in nested maps, {@code null} when a part is missing. */
    static Object get(Map<String, Object> out, String... path) {
        Object at = out;
        for (String key : path) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(key);
        }
        return at;
    }
}
