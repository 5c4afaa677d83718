package dev.mailroom.bench;

import dev.mailroom.search.SearchRequest;
import dev.mailroom.search.SearchResults;
import dev.mailroom.search.SearchService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Times searches in this process, through the search facade as the CLI calls it (keyword mode, by
 * relevance, with snippets): the whole query set a few times untimed to warm up the JIT and the
 * page cache, then timed rounds over the whole set, each search on its own.
 */
public final class SearchLatency {

    /**
     * What the timed rounds gave.
     *
     * @param timings every timed search, by query
     * @param totals each query's number of matching messages, in query order
     * @param errors the queries that failed, with the reason, in query order
     */
    public record Result(QueryTimings timings, Map<String, Long> totals, Map<String, String> errors) {

        /** The mean number of matching messages per query, to one decimal. */
        public double meanHits() {
            return Math.round(totals.values().stream().mapToLong(Long::longValue).average().orElse(0) * 10) / 10.0;
        }
    }

    private SearchLatency() {}

    /** Runs {@code queries} {@code warmUps} times untimed, then {@code rounds} times timed, each for {@code limit} results. */
    public static Result measure(SearchService search, List<String> queries, int warmUps, int rounds, int limit) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int i = 0; i < warmUps; i++) {
            for (String q : queries) {
                run(search, q, limit, errors).ifPresent(r -> totals.put(q, r.total()));
            }
        }
        List<String> good = queries.stream().filter(q -> !errors.containsKey(q)).distinct().toList();
        QueryTimings timings = new QueryTimings();
        for (int round = 0; round < rounds; round++) {
            for (String q : good) {
                long start = System.nanoTime();
                Optional<SearchResults> r = run(search, q, limit, errors);
                double ms = (System.nanoTime() - start) / 1e6;
                if (r.isPresent()) {
                    totals.put(q, r.get().total());
                    timings.add(q, ms);
                }
            }
        }
        return new Result(timings, totals, errors);
    }

    private static Optional<SearchResults> run(SearchService search, String query, int limit, Map<String, String> errors) {
        try {
            return Optional.of(search.search(SearchRequest.of(query, limit)));
        } catch (RuntimeException e) {
            errors.putIfAbsent(query, e.getMessage() == null ? e.toString() : e.getMessage());
            return Optional.empty();
        }
    }
}
