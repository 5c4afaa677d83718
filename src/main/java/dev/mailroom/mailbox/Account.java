package dev.mailroom.mailbox;

import java.time.Instant;

/** A mail account: where messages come from. {@code kind} is for example {@code files}. */
public record Account(long id, String name, String kind, Instant createdAt) {}
