package dev.mailroom.cli;

import dev.mailroom.search.SearchHit;
import dev.mailroom.search.SearchMode;
import dev.mailroom.search.SearchRequest;
import dev.mailroom.search.SearchResults;
import dev.mailroom.search.SearchService;
import dev.mailroom.search.SortOrder;
import dev.mailroom.search.query.QuerySyntaxException;
import dev.mailroom.shared.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the store. QUERY uses Gmail/notmuch-style terms: words, \"phrases\", from:, to:,",
            "cc:, subject:, body:, has:attachment, filename:, folder:, label:, account:, is:unread,",
            "before:, after:, older_than:7d, newer_than:2w, larger:1M, smaller:, list:, -negation,",
            "OR and parentheses (see the README for the whole language). Works while an import runs."
        })
final class SearchCommand implements Callable<Integer> {

    /** Exit code of a malformed query. */
    static final int BAD_QUERY = 2;

    @Mixin
    DataDirOption dataDir;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Results to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "keyword",
            description = "keyword, semantic or hybrid (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--threads", description = "Show one result per thread.")
    boolean threads;

    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Run each line of FILE (- for standard input) as a query and print one JSON object per line.")
    Path queries;

    @Override
    public Integer call() throws Exception {
        SearchMode searchMode = parse(SearchMode.class, mode, "--mode", "keyword, semantic, hybrid");
        SortOrder order = parse(SortOrder.class, sort, "--sort", "relevance, newest, oldest");
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        if (queries == null && (query == null || query.isEmpty())) {
            throw new IllegalArgumentException("give a query, for example: mailroom search from:alice invoice (or --queries FILE)");
        }
        try (Context ctx = Context.read(dataDir.resolve())) {
            SearchService search = ctx.search();
            if (queries != null) {
                return runFile(search, searchMode, order);
            }
            SearchRequest request = new SearchRequest(String.join(" ", query), limit, searchMode, order, threads);
            SearchResults results;
            try {
                results = search.search(request);
            } catch (QuerySyntaxException e) {
                System.err.println("mailroom: " + e.getMessage());
                return BAD_QUERY;
            }
            if (json) {
                System.out.println(Json.write(toJson(results)));
            } else {
                print(results, System.out, Terminal.interactive());
            }
        }
        return 0;
    }

    private int runFile(SearchService search, SearchMode searchMode, SortOrder order) throws Exception {
        BufferedReader in = queries.toString().equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(queries, StandardCharsets.UTF_8);
        int exit = 0;
        try (in) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    System.out.println(Json.write(toJson(search.search(new SearchRequest(line, limit, searchMode, order, threads)))));
                } catch (QuerySyntaxException e) {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("query", line);
                    error.put("error", e.getMessage());
                    System.out.println(Json.write(error));
                    exit = BAD_QUERY;
                }
            }
        }
        return exit;
    }

    static Map<String, Object> toJson(SearchResults r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", r.total());
        out.put("took_ms", r.tookMs());
        out.put("results", r.results().stream().map(SearchCommand::toJson).toList());
        if (!r.notes().isEmpty()) {
            out.put("notes", r.notes());
        }
        return out;
    }

    private static Map<String, Object> toJson(SearchHit h) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", h.id());
        out.put("message_id", h.messageId());
        out.put("thread_id", h.threadId());
        out.put("subject", h.subject());
        out.put("from", h.from());
        out.put("date", h.date());
        out.put("snippet", h.snippet());
        out.put("score", Math.round(h.score() * 10_000) / 10_000.0);
        if (h.threadMatches() > 1) {
            out.put("thread_matches", h.threadMatches());
        }
        return out;
    }

    static void print(SearchResults r, PrintStream out, boolean terminal) {
        for (SearchHit h : r.results()) {
            String date = h.date() == null ? "          " : h.date().substring(0, 10);
            String thread = h.threadMatches() > 1 ? " (" + h.threadMatches() + ")" : "";
            out.printf("%7d  %s  %-28.28s  %s%s%n", h.id(), date, h.from() == null ? "" : h.from(),
                    h.subject() == null ? "(no subject)" : h.subject(), thread);
            if (h.snippet() != null && !h.snippet().isBlank()) {
                out.println("         " + Snippet.render(h.snippet(), terminal, 160));
            }
        }
        out.printf("%d of %d %s (%d ms)%n", r.results().size(), r.total(), r.total() == 1 ? "match" : "matches", r.tookMs());
        for (String note : r.notes()) {
            out.println("Note: " + note);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String option, String valid) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be one of " + valid + ", not '" + value + "'");
        }
    }
}
