package dev.mailroom.cli;

import dev.mailroom.classify.ClassificationService.MessageCategory;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "List the review queue: messages whose best category is under",
            "classification.confidence-threshold (default 0.85), oldest first. Settle one with",
            "mailroom classify correct ID CATEGORY or mailroom classify confirm ID."
        })
final class ReviewCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "List at most N messages (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--after", paramLabel = "ID", defaultValue = "0", description = "Start after this message id (to page on).")
    long after;

    @Option(names = "--json", description = "Print one JSON object: {\"total\", \"messages\": [...]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Context ctx = Context.read(dataDir.resolve())) {
            long total = ctx.classification().reviewCount();
            List<MessageCategory> queue = ctx.classification().review(after, Math.max(1, limit));
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (MessageCategory c : queue) {
                    Map<String, Object> item = ClassifyCommand.json(c);
                    StoredMessage m = ctx.store().message(c.messageId()).orElse(null);
                    item.put("subject", m == null ? null : m.subject());
                    item.put("from", m == null || m.from() == null ? null : m.from().toString());
                    item.put("date", m == null || m.date() == null ? null : m.date().toString());
                    items.add(item);
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("total", total);
                out.put("messages", items);
                System.out.println(Json.write(out));
                return 0;
            }
            if (total == 0) {
                System.out.println("Nothing to review.");
                return 0;
            }
            System.out.printf("%d messages to review%s:%n", total, queue.size() < total ? " (showing " + queue.size() + ")" : "");
            for (MessageCategory c : queue) {
                StoredMessage m = ctx.store().message(c.messageId()).orElse(null);
                String subject = m == null || m.subject() == null ? "(no subject)" : m.subject();
                String from = m == null || m.from() == null ? "" : m.from().address();
                System.out.printf("%7d  %-10s %.2f  %-28s %s%n", c.messageId(), c.category(), c.confidence(),
                        Snippet.fit(from, 28), Snippet.fit(subject, 60));
            }
            if (queue.size() < total && !queue.isEmpty()) {
                System.out.printf("More with: mailroom review --after %d%n", queue.getLast().messageId());
            }
        }
        return 0;
    }
}
