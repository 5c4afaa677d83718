package dev.mailroom.search.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Short ways to write expected query trees in tests. */
final class Q {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final QueryParser PARSER = parserAt(NOW);

    private Q() {}

    static QueryParser parserAt(Instant now) {
        return new QueryParser(Clock.fixed(now, ZoneOffset.UTC), BERLIN);
    }

    static QueryNode parse(String query) {
        return PARSER.parse(query);
    }

    static QueryNode word(String text) {
        return new QueryNode.Words(Field.ANY, text, false);
    }

    static QueryNode word(Field field, String text) {
        return new QueryNode.Words(field, text, false);
    }

    static QueryNode phrase(String text) {
        return new QueryNode.Words(Field.ANY, text, true);
    }

    static QueryNode phrase(Field field, String text) {
        return new QueryNode.Words(field, text, true);
    }

    static QueryNode and(QueryNode... nodes) {
        return new QueryNode.And(List.of(nodes));
    }

    static QueryNode or(QueryNode... nodes) {
        return new QueryNode.Or(List.of(nodes));
    }

    static QueryNode not(QueryNode node) {
        return new QueryNode.Not(node);
    }

    static QueryNode all() {
        return new QueryNode.All();
    }

    static QueryNode flag(MessageState state) {
        return new QueryNode.Flag(state);
    }

    static QueryNode dates(String from, String to) {
        return new QueryNode.DateRange(from == null ? null : berlin(from), to == null ? null : berlin(to));
    }

    static QueryNode sizes(Long min, Long max) {
        return new QueryNode.SizeRange(min, max);
    }

    /** The instant of a local date-time in Berlin, such as {@code 2024-03-15T00:00}. */
    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }
}
