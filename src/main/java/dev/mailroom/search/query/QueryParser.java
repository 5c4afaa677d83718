package dev.mailroom.search.query;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Placeholder until the real parser lands: free words only. */
public final class QueryParser {
    public QueryParser(Clock clock, ZoneId zone) {}

    public QueryNode parse(String query) {
        List<QueryNode> words = new ArrayList<>();
        for (String w : query.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(new QueryNode.Words(Field.ANY, w, false));
            }
        }
        return words.isEmpty() ? new QueryNode.All() : new QueryNode.And(words);
    }
}
