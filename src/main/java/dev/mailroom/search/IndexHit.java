package dev.mailroom.search;

/**
 * One message found by a {@link SearchIndex}, with what the index stores for showing it.
 *
 * @param id the store id
 * @param score the relevance score (higher is better)
 * @param messageId the Message-ID header, or {@code null}
 * @param threadId the thread the message was in when it was indexed
 * @param subject the subject, or {@code null}
 * @param from the first From address as {@code Name <address>}, or {@code null}
 * @param dateMillis the message date, or {@code null}
 * @param snippet a short excerpt with matching words between {@code <mark>} and {@code </mark>},
 *     HTML-escaped, or {@code null} when not asked for
 */
public record IndexHit(
        long id, float score, String messageId, long threadId, String subject, String from, Long dateMillis, String snippet) {}
