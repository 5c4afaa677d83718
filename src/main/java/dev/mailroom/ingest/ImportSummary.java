package dev.mailroom.ingest;

/**
 * What an import did. {@code seen} counts every message the sources delivered; each is either
 * imported, a duplicate of a stored message, or quarantined.
 */
public record ImportSummary(long seen, long imported, long duplicates, long quarantined, double seconds, double messagesPerSecond) {

    static ImportSummary of(long seen, long imported, long duplicates, long quarantined, long nanos) {
        double seconds = nanos / 1e9;
        return new ImportSummary(seen, imported, duplicates, quarantined, round(seconds, 3),
                round(seconds > 0 ? seen / seconds : 0, 1));
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
