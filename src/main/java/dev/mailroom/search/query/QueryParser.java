package dev.mailroom.search.query;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Reads Mailroom's search query language, a blend of Gmail's and notmuch's, into a {@link
 * QueryNode}; the README's "Search queries" section describes the language for users.
 *
 * <p>Dates are read in one time zone, and ages such as {@code newer_than:7d} count back from the
 * clock's current instant, read once per query. Instances hold no state between calls and are safe
 * to share between threads.
 */
public final class QueryParser {

    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param clock gives "now" for {@code today}, {@code yesterday}, {@code older_than:} and {@code newer_than:}
     * @param zone the time zone in which dates such as {@code 2024-03-15} start and end
     */
    public QueryParser(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The tree of {@code query}; the empty (or blank) query and {@code *} are {@link QueryNode.All}.
     *
     * @throws QuerySyntaxException when the query cannot be read, with the position of the problem
     */
    public QueryNode parse(String query) {
        Objects.requireNonNull(query, "query");
        return new QueryGrammar(query, new DateTerms(clock.instant(), zone)).parse();
    }
}
