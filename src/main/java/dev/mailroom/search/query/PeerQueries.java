package dev.mailroom.search.query;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link QueryNode} as a query for notmuch or mu, so that a benchmark can ask the same
 * question of Mailroom and of them. A query with a part the other indexer cannot search (notmuch has
 * no sizes, no mailing lists, no Cc alone) comes back empty rather than as a different question.
 *
 * <p>Both assume the indexer's store is the Maildir that Mailroom imported: Mailroom's folder {@code
 * INBOX} is the Maildir's root and other folders are paths below it ({@code Work/Projects}), as in
 * a Maildir laid out in directories rather than Maildir++ dots. Neither can search Mailroom's
 * accounts or thread ids.
 */
public final class PeerQueries {

    private PeerQueries() {}

    /**
     * {@code query} in notmuch's syntax, for {@code notmuch search} or {@code notmuch count}:
     * {@code from:alice and not tag:unread}, dates as {@code date:@FIRST..@LAST} in seconds since
     * the epoch ({@code zone} plays no part, as the tree holds instants). {@link Field#TO} is written
     * as notmuch's {@code to:}, which also matches Cc and Bcc; the deleted flag, Cc, Bcc, lists and
     * sizes cannot be written.
     *
     * @return the query, or empty when notmuch cannot search part of it
     */
    public static Optional<String> toNotmuch(QueryNode query, ZoneId zone) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(zone, "zone");
        return new NotmuchSyntax().render(query);
    }

    /**
     * {@code query} in mu's syntax, for {@code mu find}: {@code from:alice AND NOT flag:unread},
     * {@code maildir:/Work}, dates as {@code date:YYYYMMDDHHMMSS..YYYYMMDDHHMMSS} in local time of
     * {@code zone} (run mu with {@code TZ} set to it), sizes as {@code size:MIN..MAX} in bytes.
     *
     * @return the query, or empty when mu cannot search part of it
     */
    public static Optional<String> toMu(QueryNode query, ZoneId zone) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(zone, "zone");
        return new MuSyntax(zone).render(query);
    }
}
