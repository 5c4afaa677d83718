package dev.mailroom.cli;

import static dev.mailroom.cli.SearchBench.round;

import dev.mailroom.bench.CountDifference;
import dev.mailroom.bench.DirSize;
import dev.mailroom.bench.PeerIndexers;
import dev.mailroom.bench.PeerResult;
import dev.mailroom.bench.PeerSearch;
import dev.mailroom.bench.QuerySet;
import dev.mailroom.bench.QueryTimings;
import dev.mailroom.bench.SearchLatency;
import dev.mailroom.search.query.QueryParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The peers' part of {@code mailroom bench search}: notmuch and mu index the same Maildir, then
 * answer the same queries (translated into their syntax) as processes, and their figures are set
 * beside Mailroom's.
 */
final class SearchBenchPeers {

    /** Count differences listed per peer at most. */
    static final int WIDEST = 10;

    private final Path maildir;
    private final Path work;
    private final long rawBytes;
    private final double importRate;
    private final QueryParser parser = new QueryParser(Clock.systemDefaultZone(), ZoneId.systemDefault());

    SearchBenchPeers(Path maildir, Path work, long rawBytes, double importRate) {
        this.maildir = maildir;
        this.work = work;
        this.rawBytes = rawBytes;
        this.importRate = importRate;
    }

    /** Both peers' figures by name; {@code cli} holds the Mailroom CLI's timings by mode key. */
    Map<String, Object> run(QuerySet queries, SearchLatency.Result mailroom, Map<String, QueryTimings> cli) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : List.of("notmuch", "mu")) {
            log("indexing with " + name + " ...");
            Path keep = work.resolve("peer-" + name);
            PeerResult p = name.equals("notmuch")
                    ? PeerIndexers.notmuch(maildir, PeerIndexers.DEFAULT_TIMEOUT, keep)
                    : PeerIndexers.mu(maildir, PeerIndexers.DEFAULT_TIMEOUT, keep);
            out.put(name, peer(p, queries, mailroom, cli));
        }
        return out;
    }

    private Map<String, Object> peer(PeerResult p, QuerySet queries, SearchLatency.Result mailroom, Map<String, QueryTimings> cli) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", p.available());
        m.put("note", p.note());
        if (!p.available() || p.search() == null) {
            return m;
        }
        PeerSearch search = p.search();
        long bytes = DirSize.bytes(search.database());
        m.put("index_seconds", round(p.seconds()));
        m.put("index_messages", p.messages());
        m.put("index_messages_per_second", round(p.messagesPerSecond()));
        m.put("mailroom_import_speedup", p.messagesPerSecond() > 0 ? round(importRate / p.messagesPerSecond()) : null);
        m.put("index_bytes", bytes);
        m.put("index_ratio_to_raw_mail", round(bytes / (double) rawBytes));
        Map<String, String> translations = search.translateAll(queries.queries(), parser);
        log("timing " + translations.size() + " searches with " + p.name() + " ...");
        QueryTimings timings = search.time(translations, SearchBench.LIMIT);
        m.put("queries", translations.size());
        m.put("not_translatable", queries.queries().size() - translations.size());
        m.put("failures", timings.failures());
        m.put("first_failure", timings.firstFailure());
        m.put("latency", timings.latency(q -> true));
        m.put("one_word_latency", timings.latency(QuerySet::isOneWord));
        Map<String, Object> speedups = new LinkedHashMap<>();
        cli.forEach((mode, t) -> speedups.put(mode, speedups(t, timings)));
        m.put("mailroom_cli_speedup", speedups.isEmpty() ? null : speedups);
        log("counting matches with " + p.name() + " ...");
        m.put("counts", counts(CountDifference.compare(mailroom.totals(), search.countAll(translations), translations)));
        return m;
    }

    private static Map<String, Object> speedups(QueryTimings mailroom, QueryTimings peer) {
        Predicate<String> oneWord = QuerySet::isOneWord;
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("one_word", QueryTimings.speedup(mailroom, peer, oneWord));
        s.put("one_word_queries", QueryTimings.common(mailroom, peer, oneWord));
        s.put("all", QueryTimings.speedup(mailroom, peer, q -> true));
        s.put("all_queries", QueryTimings.common(mailroom, peer, q -> true));
        return s;
    }

    private static Map<String, Object> counts(List<CountDifference> differences) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("compared", differences.size());
        c.put("agreeing", differences.stream().filter(CountDifference::agrees).count());
        c.put("widest", differences.stream().filter(d -> !d.agrees()).limit(WIDEST).map(d -> {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("query", d.query());
            w.put("peer_query", d.peerQuery());
            w.put("mailroom", d.mailroom());
            w.put("peer", d.peer());
            return w;
        }).toList());
        return c;
    }

    private static void log(String line) {
        System.err.println(line);
    }
}
