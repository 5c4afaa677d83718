package dev.mailroom.mailbox;

import java.time.Instant;
import java.util.List;

/** One conversation: its subject, size, time span and the people in it (From addresses, first seen first). */
public record ThreadSummary(
        long id, String account, String subject, int messageCount, Instant firstDate, Instant lastDate, List<String> participants) {}
