package dev.mailroom.search;

/**
 * A search.
 *
 * @param query the query in Mailroom's query language (see the README)
 * @param limit how many results at most
 * @param mode keyword, semantic or hybrid
 * @param sort relevance, newest or oldest first
 * @param threads whether to collapse results to one per thread
 */
public record SearchRequest(String query, int limit, SearchMode mode, SortOrder sort, boolean threads) {

    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        mode = mode == null ? SearchMode.KEYWORD : mode;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    /** A keyword search by relevance for the first {@code limit} messages. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, SearchMode.KEYWORD, SortOrder.RELEVANCE, false);
    }
}
