package dev.mailroom.bench;

import java.util.Collection;
import java.util.List;

/**
 * The distribution of a set of timings, in milliseconds rounded to 0.01 ms. Percentiles are by the
 * nearest-rank method: p99 of 300 timings is the 297th smallest, so it is always a measured value.
 *
 * @param count how many timings
 * @param p50Ms the median
 * @param p95Ms the 95th percentile
 * @param p99Ms the 99th percentile
 * @param maxMs the slowest
 * @param meanMs the arithmetic mean
 */
public record Latency(int count, double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs) {

    /** No timings: every figure 0. */
    public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0);

    /** The distribution of {@code millis}. */
    public static Latency ofMillis(Collection<Double> millis) {
        if (millis.isEmpty()) {
            return NONE;
        }
        List<Double> sorted = millis.stream().sorted().toList();
        double sum = sorted.stream().mapToDouble(Double::doubleValue).sum();
        return new Latency(sorted.size(), round(percentile(sorted, 50)), round(percentile(sorted, 95)),
                round(percentile(sorted, 99)), round(sorted.getLast()), round(sum / sorted.size()));
    }

    /** The nearest-rank {@code p}th percentile of the sorted, non-empty {@code sorted}. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The median of {@code millis}, the mean of the middle two for an even count; 0 when empty. */
    public static double median(Collection<Double> millis) {
        if (millis.isEmpty()) {
            return 0;
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}
