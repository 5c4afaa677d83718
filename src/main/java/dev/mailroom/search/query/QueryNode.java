package dev.mailroom.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A parsed search query, as {@link QueryParser} produces it: a tree of text matches, flags, ranges
 * and the boolean operators over them. It holds no index types, so each index turns it into its
 * own query.
 *
 * <p>What the parser promises about the trees it returns:
 *
 * <ul>
 *   <li>{@link And} and {@link Or} have at least two children, and no child of the same kind (nested
 *       ones are flattened);
 *   <li>every {@link Not} is a child of an {@link And} that also has a child which is not a {@link
 *       Not} (an {@link All} when the user wrote only negations): {@code -from:bob} is {@code
 *       And[All, Not(Words(FROM, bob))]}, so no index has to run a purely negative query;
 *   <li>{@link All} appears only as the whole query, as that first child of an {@link And}, or
 *       as the child of a {@link Not} (for {@code -*}, which matches nothing).
 * </ul>
 */
public sealed interface QueryNode {

    /**
     * Text to match in a field.
     *
     * @param field where to look; {@link Field#ANY} means all text fields (subject, body, addresses,
     *     attachment names and text)
     * @param text the text as the user typed it, not case-folded nor split into words (the index's
     *     analyzer does that); a trailing {@code *} asks for a prefix match and stays in the text
     * @param phrase whether the user put it in double quotes: its words must appear together, in
     *     this order
     */
    record Words(Field field, String text, boolean phrase) implements QueryNode {

        public Words {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("text must not be blank");
            }
        }
    }

    /** Messages in a state: the {@code is:} and {@code has:} operators. */
    record Flag(MessageState state) implements QueryNode {

        public Flag {
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * Messages whose date (the {@code Date:} header) lies in {@code [from, to)}.
     *
     * @param from the first instant that matches, or {@code null} for no lower bound
     * @param to the first instant that no longer matches, or {@code null} for no upper bound
     */
    record DateRange(Instant from, Instant to) implements QueryNode {}

    /**
     * Messages whose raw size in bytes lies in {@code [min, max)}.
     *
     * @param min the smallest size that matches, or {@code null} for no lower bound
     * @param max the smallest size that no longer matches, or {@code null} for no upper bound
     */
    record SizeRange(Long min, Long max) implements QueryNode {}

    /** Messages that do not match {@code node}. */
    record Not(QueryNode node) implements QueryNode {

        public Not {
            Objects.requireNonNull(node, "node");
        }
    }

    /** Messages that match every one of {@code nodes}. */
    record And(List<QueryNode> nodes) implements QueryNode {

        public And {
            nodes = List.copyOf(nodes);
        }
    }

    /** Messages that match at least one of {@code nodes}. */
    record Or(List<QueryNode> nodes) implements QueryNode {

        public Or {
            nodes = List.copyOf(nodes);
        }
    }

    /** Every message: the empty query, or {@code *}. */
    record All() implements QueryNode {}
}
