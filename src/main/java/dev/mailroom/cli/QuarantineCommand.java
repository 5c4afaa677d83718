package dev.mailroom.cli;

import dev.mailroom.ingest.RetrySummary;
import dev.mailroom.mailbox.QuarantineEntry;
import dev.mailroom.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "quarantine",
        mixinStandardHelpOptions = true,
        description = {
            "List messages that could not be parsed or stored, with the reason. Their raw bytes are",
            "kept; --retry parses and stores them again (for example after an upgrade)."
        })
final class QuarantineCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--retry", description = "Try every quarantined message again.")
    boolean retry;

    @Option(names = "--json", description = "Print JSON (one object per entry, or the retry summary).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (retry) {
            RetrySummary s;
            try (Context ctx = Context.write(dataDir.resolve())) {
                s = ctx.ingest().retryQuarantine();
                ctx.search().catchUp(dev.mailroom.search.ProgressListener.NONE); // index what the retry stored
            }
            if (json) {
                System.out.println(Json.write(s));
            } else {
                System.out.printf("Retried %d: %d stored, %d were duplicates, %d still quarantined%n",
                        s.tried(), s.recovered(), s.duplicates(), s.stillQuarantined());
            }
            return 0;
        }
        List<QuarantineEntry> entries;
        try (Context ctx = Context.read(dataDir.resolve())) {
            entries = ctx.store().quarantine();
        }
        for (QuarantineEntry e : entries) {
            if (json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", e.id());
                row.put("account", e.account());
                row.put("folder", e.folder());
                row.put("location", e.location());
                row.put("reason", e.reason());
                row.put("size", e.size());
                row.put("sha256", e.blobSha256());
                row.put("attempts", e.attempts());
                row.put("quarantined_at", e.createdAt().toString());
                System.out.println(Json.write(row));
            } else {
                System.out.printf("%d  %s  %s%n    reason: %s%n", e.id(), e.account(), e.location(), e.reason());
            }
        }
        if (!json) {
            System.out.println(entries.isEmpty() ? "Nothing is quarantined." : entries.size() + " quarantined; retry with: mailroom quarantine --retry");
        }
        return 0;
    }
}
