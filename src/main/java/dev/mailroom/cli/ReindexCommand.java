package dev.mailroom.cli;

import dev.mailroom.search.SearchService;
import dev.mailroom.search.SearchStats;
import dev.mailroom.shared.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild the search index from the store, then compute the embeddings semantic search",
            "needs. With --embeddings-only, keep the index and only compute missing embeddings."
        })
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--no-embeddings", description = "Rebuild the keyword index only.")
    boolean noEmbeddings;

    @Option(names = "--embeddings-only", description = "Keep the index; only compute embeddings that are missing.")
    boolean embeddingsOnly;

    @Option(names = "--json", description = "Print a summary as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Context ctx = Context.write(dataDir.resolve())) {
            SearchService search = ctx.search();
            long start = System.nanoTime();
            long indexed = 0;
            if (!embeddingsOnly) {
                try (WorkProgress p = new WorkProgress(json)) {
                    indexed = search.reindex(p);
                }
            }
            double indexSeconds = (System.nanoTime() - start) / 1e9;
            long embedStart = System.nanoTime();
            long embedded = noEmbeddings ? 0 : ImportCommand.embed(search, json);
            double embedSeconds = (System.nanoTime() - embedStart) / 1e9;
            SearchStats stats = search.stats();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("indexed", indexed);
                out.put("index_seconds", Math.round(indexSeconds * 100) / 100.0);
                out.put("embedded", embedded);
                out.put("embedding_seconds", Math.round(embedSeconds * 100) / 100.0);
                out.put("documents", stats.documents());
                out.put("with_embeddings", stats.embedded());
                out.put("index_bytes", stats.sizeBytes());
                System.out.println(Json.write(out));
            } else {
                if (!embeddingsOnly) {
                    System.out.printf("Indexed %d messages in %.1f s%n", indexed, indexSeconds);
                }
                if (!noEmbeddings) {
                    System.out.printf("Computed %d embeddings in %.1f s%n", embedded, embedSeconds);
                }
                System.out.printf("Index: %d messages, %d with embeddings, %.1f MB%n", stats.documents(), stats.embedded(),
                        stats.sizeBytes() / 1e6);
            }
        }
        return 0;
    }
}
