package dev.mailroom.cli;

import dev.mailroom.bench.CorpusMultiplier;
import dev.mailroom.bench.DirSize;
import dev.mailroom.bench.MailroomLauncher;
import dev.mailroom.bench.PeerIndexers;
import dev.mailroom.bench.PeerResult;
import dev.mailroom.bench.Rss;
import dev.mailroom.ingest.ImportListener;
import dev.mailroom.ingest.ImportSummary;
import dev.mailroom.shared.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Search.class})
final class BenchCommand implements Runnable {

    @Mixin
    DataDirOption dataDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(
            name = "ingest",
            mixinStandardHelpOptions = true,
            description = {
                "Import a corpus into a fresh data dir (--data-dir, which must be empty, or a temporary",
                "one) and print messages/s, MB/s, the data dir's size",
                "as a ratio of the input, and peak RSS. The corpus is first copied into a Maildir",
                "(--factor N copies every message N times with altered Message-IDs); when notmuch and",
                "mu are installed they index the same Maildir in the same run and the ratios are printed."
            })
    static final class Ingest implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "DIR", description = "Corpus: any mail files Mailroom can import.")
        Path corpus;

        @Option(names = "--factor", defaultValue = "1", description = "Copies of every message (default: ${DEFAULT-VALUE}).")
        int factor;

        @Option(names = "--no-peers", description = "Do not run notmuch and mu.")
        boolean noPeers;

        @Option(names = "--work-dir", paramLabel = "DIR", description = "Where to put the Maildir copy and data dir (default: a temporary directory, removed afterwards).")
        Path workDir;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (!Files.exists(corpus)) {
                throw new IllegalArgumentException("no such corpus: " + corpus);
            }
            if (factor < 1) {
                throw new IllegalArgumentException("--factor must be at least 1");
            }
            boolean temporary = workDir == null;
            Path work = temporary ? Files.createTempDirectory("mailroom-bench") : Files.createDirectories(workDir);
            try {
                return run(work);
            } finally {
                if (temporary) {
                    Trees.delete(work);
                }
            }
        }

        private int run(Path work) throws Exception {
            Path maildir = work.resolve("maildir");
            Path data = dataDir.dataDir != null ? dataDir.resolve() : work.resolve("data");
            if (dataDir.dataDir != null && Files.isDirectory(data)) {
                try (Stream<Path> entries = Files.list(data)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("the benchmark needs a fresh data dir, but " + data + " is not empty");
                    }
                }
            }
            Trees.delete(maildir);
            Trees.delete(data);
            log("preparing a Maildir of the corpus x" + factor + " ...");
            CorpusMultiplier.writeMultiplied(corpus, factor, maildir);
            long inputBytes = DirSize.bytes(maildir);
            log("importing with Mailroom ...");
            ImportSummary s;
            try (Context ctx = Context.write(data)) {
                s = ctx.ingest().importPaths(List.of(maildir), "bench", ImportListener.NONE);
            }
            long rss = Rss.peakRssBytes();
            long dataBytes = DirSize.bytes(data);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("corpus", corpus.toString());
            out.put("factor", factor);
            out.put("messages", s.seen());
            out.put("imported", s.imported());
            out.put("quarantined", s.quarantined());
            out.put("seconds", s.seconds());
            out.put("messages_per_second", round(s.messagesPerSecond()));
            out.put("mb_per_second", round(inputBytes / 1e6 / s.seconds()));
            out.put("input_bytes", inputBytes);
            out.put("data_dir_bytes", dataBytes);
            out.put("data_dir_ratio", round(dataBytes / (double) inputBytes));
            out.put("peak_rss_mb", round(rss / 1048576.0));
            if (!noPeers) {
                for (PeerResult p : List.of(peer("notmuch", maildir), peer("mu", maildir))) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("available", p.available());
                    r.put("seconds", round(p.seconds()));
                    r.put("messages", p.messages());
                    r.put("messages_per_second", round(p.messagesPerSecond()));
                    r.put("mailroom_speedup", p.available() && p.messagesPerSecond() > 0
                            ? round(s.messagesPerSecond() / p.messagesPerSecond()) : null);
                    r.put("note", p.note());
                    out.put(p.name(), r);
                }
            }
            print(out);
            return 0;
        }

        private static PeerResult peer(String name, Path maildir) {
            log("indexing with " + name + " ...");
            return name.equals("notmuch")
                    ? PeerIndexers.notmuch(maildir, PeerIndexers.DEFAULT_TIMEOUT)
                    : PeerIndexers.mu(maildir, PeerIndexers.DEFAULT_TIMEOUT);
        }

        @SuppressWarnings("unchecked")
        private void print(Map<String, Object> out) {
            if (json) {
                System.out.println(Json.write(out));
                return;
            }
            System.out.printf("corpus             %s x%d: %d messages, %.1f MB%n", out.get("corpus"), factor, out.get("messages"),
                    ((Long) out.get("input_bytes")) / 1e6);
            System.out.printf("mailroom import     %.2f s, %.0f messages/s, %.1f MB/s, %d quarantined%n", out.get("seconds"),
                    out.get("messages_per_second"), out.get("mb_per_second"), out.get("quarantined"));
            System.out.printf("data dir            %.1f MB, %.2f x the input%n", ((Long) out.get("data_dir_bytes")) / 1e6,
                    out.get("data_dir_ratio"));
            System.out.printf("peak RSS            %.0f MB%n", out.get("peak_rss_mb"));
            for (String peer : List.of("notmuch", "mu")) {
                Map<String, Object> r = (Map<String, Object>) out.get(peer);
                if (r == null) {
                    continue;
                }
                if ((Boolean) r.get("available")) {
                    System.out.printf("%-19s %.2f s, %.0f messages/s -> mailroom is %.1fx faster%n", peer, r.get("seconds"),
                            r.get("messages_per_second"), r.get("mailroom_speedup"));
                } else {
                    System.out.printf("%-19s not run: %s%n", peer, r.get("note"));
                }
            }
        }

        private static void log(String line) {
            System.err.println(line);
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }
    }

    @Command(
            name = "search",
            mixinStandardHelpOptions = true,
            description = {
                "Import a corpus with full-text indexing into a fresh data dir and print",
                "import + index messages/s, the index's size as a ratio of the raw mail,",
                "embeddings/s, and p50/p95/p99 latency of a fixed query set in-process and",
                "through the mailroom launcher (with and without its daemon); when notmuch",
                "and mu are installed, the same for them on the same Maildir, with the",
                "ratios and the goals of the search issue (see bench/README.md)."
            })
    static final class Search implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "Corpus: any mail files Mailroom can import.")
        Path corpus;

        @Option(names = "--factor", defaultValue = "1", description = "Copies of every message (default: ${DEFAULT-VALUE}).")
        int factor;

        @Option(names = "--queries", paramLabel = "FILE",
                description = "Query set, one query a line, # comments (default: bench/search-queries.txt of the checkout).")
        Path queries;

        @Option(names = "--no-peers", description = "Do not run notmuch and mu.")
        boolean noPeers;

        @Option(names = "--no-embeddings", description = "Do not compute embeddings.")
        boolean noEmbeddings;

        @Option(names = "--embedding-sample", paramLabel = "N",
                description = "Embed at most N messages (default: all at --factor 1, else 2000).")
        Integer embeddingSample;

        @Option(names = "--cli-runs", paramLabel = "N", defaultValue = "30",
                description = "Searches through the launcher per mode: N one-word and N other queries (default: ${DEFAULT-VALUE}).")
        int cliRuns;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
                description = "Timed rounds over the query set in-process (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--mailroom", paramLabel = "PATH",
                description = "The launcher to time (default: the mailroom script of this checkout, else ./mailroom).")
        Path launcher;

        @Option(names = "--work-dir", paramLabel = "DIR",
                description = "Where to put the Maildir copy, data dir and peer databases (default: a temporary directory, removed afterwards).")
        Path workDir;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (!Files.exists(corpus)) {
                throw new IllegalArgumentException("no such corpus: " + corpus);
            }
            if (factor < 1 || rounds < 1 || cliRuns < 0 || embeddingSample != null && embeddingSample < 1) {
                throw new IllegalArgumentException("--factor, --rounds and --embedding-sample must be at least 1, --cli-runs at least 0");
            }
            Path queryFile = queries != null ? queries : defaultQueries();
            if (!Files.isRegularFile(queryFile)) {
                throw new IllegalArgumentException("no query file " + queryFile + "; give one with --queries FILE");
            }
            SearchBench.Options options = new SearchBench.Options(corpus, factor, queryFile, !noPeers, !noEmbeddings,
                    embeddingSample, cliRuns, rounds, launcher);
            boolean temporary = workDir == null;
            Path work = temporary ? Files.createTempDirectory("mailroom-bench") : Files.createDirectories(workDir);
            try {
                Map<String, Object> out = new SearchBench(options, work.toAbsolutePath()).run();
                if (json) {
                    System.out.println(Json.write(out));
                } else {
                    new SearchBenchPrinter(out, System.out).print();
                }
                return 0;
            } finally {
                if (temporary) {
                    Trees.delete(work);
                }
            }
        }

        /** {@code bench/search-queries.txt} of the checkout the launcher is in, else of the working directory. */
        private static Path defaultQueries() {
            Path relative = Path.of("bench", "search-queries.txt");
            return MailroomLauncher.find(null)
                    .map(l -> l.getParent().resolve(relative))
                    .filter(Files::isRegularFile)
                    .orElse(relative.toAbsolutePath());
        }
    }
}
