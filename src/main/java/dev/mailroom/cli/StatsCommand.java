package dev.mailroom.cli;

import dev.mailroom.bench.DirSize;
import dev.mailroom.mailbox.StoreCounts;
import dev.mailroom.shared.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the store holds.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Context ctx = Context.read(dataDir.resolve())) {
            StoreCounts c = ctx.store().counts();
            out.put("messages", c.messages());
            out.put("threads", c.threads());
            out.put("accounts", c.accounts());
            out.put("folders", c.folders());
            out.put("quarantined", c.quarantined());
            out.put("blobs", ctx.blobs().count());
            out.put("bytes", DirSize.bytes(ctx.dataDir()));
        }
        if (json) {
            System.out.println(Json.write(out));
        } else {
            out.forEach((k, v) -> System.out.printf("%-12s %s%n", k, k.equals("bytes") ? human((Long) v) + " (" + v + ")" : v));
        }
        return 0;
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format("%.1f %s", v, units[u]);
    }
}
