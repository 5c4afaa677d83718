package dev.mailroom.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The wall-clock times of queries run as processes (Mailroom's CLI, notmuch, mu), kept per query so
 * that two searchers can be compared on the queries both ran. Not thread-safe.
 */
public final class QueryTimings {

    private final Map<String, List<Double>> times = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    /** Records one run of {@code query} that took {@code millis}. */
    public void add(String query, double millis) {
        times.computeIfAbsent(query, q -> new ArrayList<>()).add(millis);
    }

    /** Records a run of {@code query} that failed, and why (the first reason per query is kept). */
    public void fail(String query, String why) {
        failures.putIfAbsent(query, why);
    }

    /** The queries with at least one timed run, in the order they were first run. */
    public Set<String> queries() {
        return times.keySet();
    }

    /** How many runs failed, counted once per query. */
    public int failures() {
        return failures.size();
    }

    /** One failed query and why, or empty when none failed. */
    public String firstFailure() {
        return failures.entrySet().stream().findFirst().map(e -> e.getKey() + ": " + e.getValue()).orElse("");
    }

    /** The median time of {@code query} in milliseconds, 0 when it has no timed run. */
    public double median(String query) {
        return Latency.median(times.getOrDefault(query, List.of()));
    }

    /** The {@code n} queries with the longest median time, slowest first. */
    public List<String> slowest(int n) {
        return times.keySet().stream()
                .sorted(Comparator.comparingDouble(this::median).reversed())
                .limit(n)
                .toList();
    }

    /** The distribution of every timed run of the queries that {@code which} accepts. */
    public Latency latency(Predicate<String> which) {
        List<Double> all = new ArrayList<>();
        times.forEach((q, t) -> {
            if (which.test(q)) {
                all.addAll(t);
            }
        });
        return Latency.ofMillis(all);
    }

    /**
     * How many times faster {@code fast} is than {@code slow} on the queries both ran and {@code
     * which} accepts: the median over those queries of {@code slow}'s per-query medians, divided by
     * the same for {@code fast}. 0 when they have no such query in common.
     */
    public static double speedup(QueryTimings fast, QueryTimings slow, Predicate<String> which) {
        List<Double> fastMedians = new ArrayList<>();
        List<Double> slowMedians = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : fast.times.entrySet()) {
            List<Double> other = slow.times.get(e.getKey());
            if (other != null && which.test(e.getKey())) {
                fastMedians.add(Latency.median(e.getValue()));
                slowMedians.add(Latency.median(other));
            }
        }
        double fastMedian = Latency.median(fastMedians);
        return fastMedian > 0 ? Math.round(Latency.median(slowMedians) / fastMedian * 100) / 100.0 : 0;
    }

    /** How many queries both ran among those {@code which} accepts. */
    public static int common(QueryTimings a, QueryTimings b, Predicate<String> which) {
        return (int) a.times.keySet().stream().filter(q -> b.times.containsKey(q) && which.test(q)).count();
    }
}
