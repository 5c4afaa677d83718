package dev.mailroom.mailbox;

/** How many rows of each kind the metadata store holds. */
public record StoreCounts(long messages, long threads, long accounts, long folders, long quarantined) {}
