package dev.mailroom.cli;

import dev.mailroom.ingest.ImportSummary;
import dev.mailroom.search.SearchService;
import dev.mailroom.shared.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import mail files into the store: mbox (mboxo, mboxrd), Maildir and Maildir++ trees,",
            "directories of .eml files, and single or bare RFC 822 files. Running it again on the",
            "same input imports nothing new; an interrupted import can simply be run again.",
            "Messages are indexed for search as they are stored; the embeddings semantic search",
            "needs are computed afterwards (skip with --no-embeddings; they resume next time)."
        })
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to import.")
    List<Path> paths;

    @Option(names = "--account", paramLabel = "NAME", defaultValue = "local",
            description = "Account the messages belong to (default: ${DEFAULT-VALUE}).")
    String account;

    @Option(names = "--no-embeddings", description = "Do not compute embeddings for semantic search after the import.")
    boolean noEmbeddings;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Context ctx = Context.write(dataDir.resolve())) {
            ImportSummary s = importAndIndex(ctx, paths, account, json);
            if (json) {
                System.out.println(Json.write(s));
            } else {
                System.out.printf("Seen %d messages: %d imported, %d duplicates, %d quarantined in %.1f s (%.0f messages/s)%n",
                        s.seen(), s.imported(), s.duplicates(), s.quarantined(), s.seconds(), s.messagesPerSecond());
                if (s.quarantined() > 0) {
                    System.out.println("See what was quarantined and why with: mailroom quarantine");
                }
            }
            System.out.flush();
            if (!noEmbeddings) {
                embed(ctx.search(), json);
            }
        }
        return 0;
    }

    /** Brings the index up to date, then imports with indexing. */
    static ImportSummary importAndIndex(Context ctx, List<Path> paths, String account, boolean quiet) throws IOException {
        SearchService search = ctx.search();
        try (WorkProgress p = new WorkProgress(quiet)) {
            ctx.classification().catchUp(p);
        }
        try (WorkProgress p = new WorkProgress(quiet)) {
            ctx.payments().catchUp(p);
        }
        try (WorkProgress p = new WorkProgress(quiet)) {
            search.catchUp(p);
        }
        try (ImportProgress progress = new ImportProgress(quiet)) {
            return ctx.ingest(search).importPaths(paths, account, progress);
        }
    }

    /** Computes pending embeddings with a progress display. */
    static long embed(SearchService search, boolean quiet) {
        try (WorkProgress p = new WorkProgress(quiet)) {
            return search.embedPending(p, () -> false);
        }
    }
}
