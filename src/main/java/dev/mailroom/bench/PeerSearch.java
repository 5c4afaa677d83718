package dev.mailroom.bench;

import dev.mailroom.search.query.PeerQueries;
import dev.mailroom.search.query.QueryNode;
import dev.mailroom.search.query.QueryParser;
import dev.mailroom.search.query.QuerySyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches the database a peer indexer built (kept by {@link PeerIndexers}) the way a user would
 * from a shell: {@code notmuch search --limit=N QUERY} or {@code mu find --maxnum=N QUERY}, each a
 * new process. Queries are given in the peer's own syntax, as {@link #translate} writes them.
 */
public final class PeerSearch {

    /** How long one search or count may take before it is stopped. */
    public static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** mu's exit status when nothing matches, which is an answer, not a failure. */
    private static final int MU_NO_MATCHES = 4;

    private final String name;
    private final Path database;
    private final Path dir;
    private final Map<String, String> env;
    private final List<String> options;
    private final ZoneId zone;

    private PeerSearch(String name, Path database, Path dir, Map<String, String> env, List<String> options, ZoneId zone) {
        this.name = name;
        this.database = database;
        this.dir = dir;
        this.env = Map.copyOf(env);
        this.options = List.copyOf(options);
        this.zone = zone;
    }

    /** notmuch with the configuration file {@code config} and its database in {@code database}; processes run in {@code dir}. */
    public static PeerSearch notmuch(Path config, Path database, Path dir) {
        return new PeerSearch("notmuch", database, dir, Map.of("NOTMUCH_CONFIG", config.toString()), List.of(),
                ZoneId.systemDefault());
    }

    /**
     * mu with its home {@code muhome}; processes run in {@code dir} with {@code TZ} set to {@code
     * zone}, the zone its queries' dates are written in.
     */
    public static PeerSearch mu(Path muhome, Path dir, ZoneId zone) {
        return new PeerSearch("mu", muhome, dir, Map.of("TZ", zone.getId()), List.of("--muhome=" + muhome), zone);
    }

    /** {@code notmuch} or {@code mu}. */
    public String name() {
        return name;
    }

    /** The directory of the peer's database (mu: its home), for its size. */
    public Path database() {
        return database;
    }

    /** {@code query} in this peer's syntax, or empty when the peer cannot search part of it. */
    public Optional<String> translate(QueryNode query) {
        return name.equals("notmuch") ? PeerQueries.toNotmuch(query, zone) : PeerQueries.toMu(query, zone);
    }

    /** The command line that shows the first {@code limit} results of {@code peerQuery}. */
    public List<String> searchCommand(String peerQuery, int limit) {
        List<String> command = new ArrayList<>();
        if (name.equals("notmuch")) {
            command.addAll(List.of("notmuch", "search", "--limit=" + limit));
        } else {
            command.addAll(List.of("mu", "find"));
            command.addAll(options);
            command.add("--maxnum=" + limit);
        }
        command.add(peerQuery);
        return command;
    }

    /** Runs {@link #searchCommand} and times it. */
    public TimedRun search(String peerQuery, int limit) {
        return TimedRun.of(searchCommand(peerQuery, limit), env, dir, TIMEOUT);
    }

    /** Whether {@code run} answered the query (mu's "no matches" included). */
    public boolean answered(TimedRun run) {
        return run.exitCode() == 0 || name.equals("mu") && run.exitCode() == MU_NO_MATCHES;
    }

    /**
     * The queries of {@code queries} that this peer can search, each with its translation, in order;
     * queries Mailroom cannot parse are left out with the others.
     */
    public Map<String, String> translateAll(List<String> queries, QueryParser parser) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String q : queries) {
            try {
                translate(parser.parse(q)).ifPresent(t -> out.put(q, t));
            } catch (QuerySyntaxException e) {
                // Mailroom reports it; nothing to compare
            }
        }
        return out;
    }

    /**
     * Times a search for the first {@code limit} results of each translated query, after one untimed
     * search that loads the database into the page cache.
     */
    public QueryTimings time(Map<String, String> translations, int limit) {
        QueryTimings timings = new QueryTimings();
        translations.values().stream().findFirst().ifPresent(first -> search(first, limit));
        translations.forEach((query, peerQuery) -> {
            TimedRun run = search(peerQuery, limit);
            if (answered(run)) {
                timings.add(query, run.millis());
            } else {
                timings.fail(query, peerQuery + " -> exit " + run.exitCode() + " " + run.error());
            }
        });
        return timings;
    }

    /** How many messages match each translated query, by {@link #count}; -1 where the peer failed. */
    public Map<String, Long> countAll(Map<String, String> translations) {
        Map<String, Long> out = new LinkedHashMap<>();
        translations.forEach((query, peerQuery) -> out.put(query, count(peerQuery)));
        return out;
    }

    /**
     * How many messages match {@code peerQuery}: {@code notmuch count}, or the lines of {@code mu find
     * --fields=i}; -1 when the peer failed.
     */
    public long count(String peerQuery) {
        if (name.equals("notmuch")) {
            TimedRun run = TimedRun.of(List.of("notmuch", "count", peerQuery), env, dir, TIMEOUT);
            try {
                return run.exitCode() == 0 ? Long.parseLong(run.firstLine().strip()) : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        List<String> command = new ArrayList<>(List.of("mu", "find"));
        command.addAll(options);
        command.addAll(List.of("--fields=i", peerQuery));
        TimedRun run = TimedRun.of(command, env, dir, TIMEOUT);
        return run.exitCode() == 0 ? run.lines() : run.exitCode() == MU_NO_MATCHES ? 0 : -1;
    }
}
