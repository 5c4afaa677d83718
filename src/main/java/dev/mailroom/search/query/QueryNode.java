package dev.mailroom.search.query;

import java.time.Instant;
import java.util.List;

/** A parsed search query. */
public sealed interface QueryNode {
    record Words(Field field, String text, boolean phrase) implements QueryNode {}

    record Flag(MessageState state) implements QueryNode {}

    record DateRange(Instant from, Instant to) implements QueryNode {}

    record SizeRange(Long min, Long max) implements QueryNode {}

    record Not(QueryNode node) implements QueryNode {}

    record And(List<QueryNode> nodes) implements QueryNode {}

    record Or(List<QueryNode> nodes) implements QueryNode {}

    record All() implements QueryNode {}
}
