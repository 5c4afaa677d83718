package dev.mailroom.ingest;

/** What {@code quarantine --retry} did: how many entries it tried, stored, and left in quarantine. */
public record RetrySummary(long tried, long recovered, long duplicates, long stillQuarantined) {}
