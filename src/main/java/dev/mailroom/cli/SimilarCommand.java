package dev.mailroom.cli;

import dev.mailroom.search.SearchResults;
import dev.mailroom.shared.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "similar",
        mixinStandardHelpOptions = true,
        description = "List the messages most like a given one, by meaning (sentence embeddings computed on this machine).")
final class SimilarCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "ID", description = "The message's id, as search, threads and show print it.")
    long id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Results to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the results as one JSON object (the same keys as search).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        try (Context ctx = Context.read(dataDir.resolve())) {
            SearchResults r = ctx.search().similar(id, limit);
            if (json) {
                System.out.println(Json.write(SearchCommand.toJson(r)));
            } else {
                SearchCommand.print(r, System.out, Terminal.interactive());
            }
        }
        return 0;
    }
}
