package dev.mailroom.search;

/**
 * One search result.
 *
 * @param id the store id (for {@code mailroom show ID})
 * @param messageId the Message-ID header, or {@code null}
 * @param threadId the thread the message is in
 * @param subject the subject, or {@code null}
 * @param from the sender as {@code Name <address>}, or {@code null}
 * @param date the message date, ISO-8601 with offset, or {@code null}
 * @param snippet an excerpt with matching words between {@code <mark>} and {@code </mark>}
 *     (HTML-escaped)
 * @param score the ranking score (higher is better; comparable within one search only)
 * @param threadMatches in thread view, how many messages of the thread matched; else 1
 */
public record SearchHit(
        long id, String messageId, long threadId, String subject, String from, String date, String snippet, double score,
        int threadMatches) {}
