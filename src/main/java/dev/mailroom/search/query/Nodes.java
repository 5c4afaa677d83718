package dev.mailroom.search.query;

import java.util.ArrayList;
import java.util.List;

/** Builds {@link QueryNode} trees in the shape {@link QueryNode} promises. */
final class Nodes {

    static final QueryNode ALL = new QueryNode.All();

    private Nodes() {}

    /** All of {@code nodes}: nested ands flattened, {@code *} dropped, a single node as itself. */
    static QueryNode and(List<QueryNode> nodes) {
        List<QueryNode> flat = new ArrayList<>();
        for (QueryNode node : nodes) {
            switch (node) {
                case QueryNode.And and -> flat.addAll(and.nodes());
                case QueryNode.All all -> {}
                default -> flat.add(node);
            }
        }
        return flat.isEmpty() ? ALL : flat.size() == 1 ? flat.getFirst() : new QueryNode.And(flat);
    }

    /** Any of {@code nodes}: nested ors flattened, {@code *} among them making it {@code *}, a single node as itself. */
    static QueryNode or(List<QueryNode> nodes) {
        List<QueryNode> flat = new ArrayList<>();
        for (QueryNode node : nodes) {
            switch (node) {
                case QueryNode.Or or -> flat.addAll(or.nodes());
                case QueryNode.All all -> {
                    return ALL;
                }
                default -> flat.add(node);
            }
        }
        return flat.size() == 1 ? flat.getFirst() : new QueryNode.Or(flat);
    }

    /** Not {@code node}; a double negation cancels out. */
    static QueryNode not(QueryNode node) {
        return node instanceof QueryNode.Not not ? not.node() : new QueryNode.Not(node);
    }

    /**
     * {@code root} with every negation anchored: each {@code Not} that is not in an {@code And} with
     * a positive sibling is put in one with {@code All}, as {@code And[All, Not(...)]}.
     */
    static QueryNode anchored(QueryNode root) {
        return switch (root) {
            case QueryNode.Not not -> new QueryNode.And(List.of(ALL, new QueryNode.Not(anchored(not.node()))));
            case QueryNode.Or or -> new QueryNode.Or(or.nodes().stream().map(Nodes::anchored).toList());
            case QueryNode.And and -> {
                List<QueryNode> children = new ArrayList<>();
                for (QueryNode child : and.nodes()) {
                    children.add(child instanceof QueryNode.Not not ? new QueryNode.Not(anchored(not.node())) : anchored(child));
                }
                if (children.stream().allMatch(QueryNode.Not.class::isInstance)) {
                    children.addFirst(ALL);
                }
                yield new QueryNode.And(children);
            }
            default -> root;
        };
    }
}
