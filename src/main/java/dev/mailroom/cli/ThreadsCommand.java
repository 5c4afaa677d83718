package dev.mailroom.cli;

import dev.mailroom.mailbox.ThreadSummary;
import dev.mailroom.shared.Json;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "threads", mixinStandardHelpOptions = true, description = "List conversations, most recently active first.")
final class ThreadsCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many threads (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object per thread.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--limit must be at least 1");
        }
        List<ThreadSummary> threads;
        try (Context ctx = Context.read(dataDir.resolve())) {
            threads = ctx.store().threads(limit);
        }
        ZoneId zone = ZoneId.systemDefault();
        for (ThreadSummary t : threads) {
            if (json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", t.id());
                row.put("account", t.account());
                row.put("subject", t.subject());
                row.put("messages", t.messageCount());
                row.put("first_date", t.firstDate() == null ? null : t.firstDate().toString());
                row.put("last_date", t.lastDate() == null ? null : t.lastDate().toString());
                row.put("participants", t.participants());
                System.out.println(Json.write(row));
            } else {
                String when = t.lastDate() == null ? "(no date)        " : DAY.format(t.lastDate().atZone(zone));
                System.out.printf("%6d  %s  %3d  %-50.50s  %s%n", t.id(), when, t.messageCount(),
                        t.subject() == null ? "(no subject)" : t.subject(), String.join(", ", t.participants()));
            }
        }
        if (!json && threads.isEmpty()) {
            System.out.println("No threads yet. Import mail with: mailroom import PATH");
        }
        return 0;
    }
}
