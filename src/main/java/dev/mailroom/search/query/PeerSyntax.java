package dev.mailroom.search.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link QueryNode} in the query language of another mail indexer. The boolean structure is
 * shared (every compound operand in parentheses, negations after the positive parts of an and, as
 * Xapian's {@code a AND NOT b} wants); subclasses say how to write terms, flags and ranges, and
 * throw {@link Inexpressible} for what their indexer cannot search.
 */
abstract class PeerSyntax {

    /** A part of the query the indexer has no way to search. */
    static final class Inexpressible extends RuntimeException {

        Inexpressible() {
            super(null, null, false, false);
        }
    }

    /** Words that need no quotes: letters and digits first, then also {@code @ . _ + - / '}, and an optional prefix {@code *}. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}@._+\\-/']*\\*?");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "xor", "near", "adj");

    /** {@code query} in this syntax, or empty when part of it cannot be written in it. */
    final Optional<String> render(QueryNode query) {
        try {
            return Optional.of(query instanceof QueryNode.All ? all() : expression(query));
        } catch (Inexpressible e) {
            return Optional.empty();
        }
    }

    /** The query that matches every message. */
    abstract String all();

    /** The boolean operator {@code and}, {@code or} or {@code not} (given in lower case) as this syntax writes it. */
    abstract String keyword(String lower);

    abstract String words(QueryNode.Words words);

    abstract String flag(MessageState state);

    abstract String dates(QueryNode.DateRange range);

    abstract String sizes(QueryNode.SizeRange range);

    /** {@code text} in double quotes, with the quotes inside escaped as this syntax wants. */
    abstract String quote(String text);

    /** {@code text} as it stands when it is a plain word, quoted otherwise (and always for a phrase). */
    final String term(String text, boolean phrase) {
        boolean plain = PLAIN.matcher(text).matches() && !KEYWORDS.contains(text.toLowerCase(Locale.ROOT));
        return plain && !phrase ? text : quote(text);
    }

    /** The first whole second at or after {@code from}. */
    static long firstSecond(Instant from) {
        return from.getEpochSecond() + (from.getNano() > 0 ? 1 : 0);
    }

    /** The last whole second before {@code to}. */
    static long lastSecond(Instant to) {
        return firstSecond(to) - 1;
    }

    private String expression(QueryNode node) {
        return switch (node) {
            case QueryNode.All all -> throw new Inexpressible();
            case QueryNode.Words words -> words(words);
            case QueryNode.Flag flag -> flag(flag.state());
            case QueryNode.DateRange range -> dates(range);
            case QueryNode.SizeRange range -> sizes(range);
            case QueryNode.Not not -> keyword("not") + " " + operand(not.node());
            case QueryNode.And and -> and(and.nodes());
            case QueryNode.Or or -> String.join(" " + keyword("or") + " ", or.nodes().stream().map(this::operand).toList());
        };
    }

    private String and(List<QueryNode> nodes) {
        List<String> parts = new ArrayList<>();
        List<String> negations = new ArrayList<>();
        for (QueryNode node : nodes) {
            switch (node) {
                case QueryNode.All all -> {}
                case QueryNode.Not not -> negations.add(keyword("not") + " " + operand(not.node()));
                default -> parts.add(operand(node));
            }
        }
        parts.addAll(negations);
        if (parts.isEmpty()) {
            throw new Inexpressible();
        }
        return String.join(" " + keyword("and") + " ", parts);
    }

    private String operand(QueryNode node) {
        String text = expression(node);
        boolean compound = node instanceof QueryNode.And || node instanceof QueryNode.Or || node instanceof QueryNode.Not
                || text.startsWith(keyword("not") + " ");
        return compound ? "(" + text + ")" : text;
    }
}
