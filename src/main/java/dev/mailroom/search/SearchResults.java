package dev.mailroom.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many messages (threads, in thread view) match
 * @param tookMs how long the search took, in milliseconds
 * @param results the results, best (or newest) first
 * @param notes remarks for the user, such as messages still waiting for their embedding
 */
public record SearchResults(long total, long tookMs, List<SearchHit> results, List<String> notes) {

    public SearchResults {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }
}
