package dev.mailroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A fixed list of search queries for a benchmark, read from a file with one query a line; blank
 * lines and lines starting with {@code #} are left out. The order of the file is kept, so that
 * samples taken from it are the same in every run.
 */
public record QuerySet(List<String> queries) {

    /** One word: letters and digits, no operator, quote, parenthesis, wildcard or leading minus. */
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public QuerySet {
        queries = List.copyOf(queries);
    }

    /** The queries of {@code file}. */
    public static QuerySet read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + file, e);
        }
    }

    /** The queries among {@code lines}: each line stripped, without blank lines and {@code #} comments. */
    public static QuerySet parse(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String q = line.strip();
            if (!q.isEmpty() && !q.startsWith("#")) {
                out.add(q);
            }
        }
        return new QuerySet(out);
    }

    /** Whether {@code query} is a single plain word, the query the CLI latency goal is about. */
    public static boolean isOneWord(String query) {
        return ONE_WORD.matcher(query).matches();
    }

    /** The one-word queries, in file order. */
    public List<String> oneWord() {
        return queries.stream().filter(QuerySet::isOneWord).toList();
    }

    /** The queries that are not one word, in file order. */
    public List<String> others() {
        return queries.stream().filter(q -> !isOneWord(q)).toList();
    }

    /**
     * {@code n} of {@code from}, spread evenly over it in order; when {@code n} exceeds its size, the
     * whole list again and again. Empty when {@code from} is empty or {@code n} is not positive.
     */
    public static List<String> spread(List<String> from, int n) {
        List<String> out = new ArrayList<>();
        if (from.isEmpty()) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            int round = i / from.size();
            int inRound = Math.min(n - round * from.size(), from.size());
            int k = i % from.size();
            out.add(from.get((int) ((long) k * from.size() / inRound)));
        }
        return out;
    }
}
