package dev.mailroom.cli;

import dev.mailroom.classify.ClassificationService.MessageCategory;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.ingest.ParsedMessageJson;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one stored message and its place in its thread.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "ID", description = "Message id (as printed by threads, search and show).")
    long id;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Context ctx = Context.read(dataDir.resolve())) {
            StoredMessage m = ctx.store().message(id).orElseThrow(() -> new IllegalArgumentException("no message with id " + id));
            byte[] raw = ctx.blobs().get(m.blobSha256())
                    .orElseThrow(() -> new IllegalStateException("raw bytes of message " + id + " are missing from the blob store"));
            ParsedMessage parsed = ctx.ingest().parse(raw, null);
            List<StoredMessage> thread = ctx.store().threadMessages(m.threadId());
            MessageCategory category = ctx.classification().show(id).orElse(null);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("id", m.id());
                out.put("thread_id", m.threadId());
                out.put("parent_id", m.parentId());
                out.put("twin_of", m.twinOf());
                out.put("account", m.account());
                out.put("folder", m.folder());
                out.put("flags", m.flags().stream().sorted().toList());
                out.put("size", m.size());
                out.put("sha256", m.blobSha256());
                out.put("date_source", m.dateSource());
                out.put("thread", thread.stream().map(StoredMessage::id).toList());
                Map<String, Object> p = ParsedMessageJson.toJson(m.location(), parsed);
                p.remove("file");
                p.put("location", m.location());
                out.putAll(p);
                out.put("classification", category == null ? null : ClassifyCommand.json(category));
                System.out.println(Json.write(out));
            } else {
                print(m, parsed, thread, category);
            }
        }
        return 0;
    }

    private static void print(StoredMessage m, ParsedMessage p, List<StoredMessage> thread, MessageCategory category) {
        System.out.printf("Message %d  (thread %d, %d of %d)%n", m.id(), m.threadId(), thread.indexOf(m) + 1, thread.size());
        System.out.println("Subject: " + (p.subject() == null ? "(no subject)" : p.subject()));
        System.out.println("From:    " + p.from().stream().map(Object::toString).reduce((a, b) -> a + ", " + b).orElse(""));
        if (!p.to().isEmpty()) {
            System.out.println("To:      " + String.join(", ", p.to().stream().map(Object::toString).toList()));
        }
        if (!p.cc().isEmpty()) {
            System.out.println("Cc:      " + String.join(", ", p.cc().stream().map(Object::toString).toList()));
        }
        System.out.println("Date:    " + (m.date() == null ? "(none)" : m.date()) + (m.dateSource().equals("HEADER") ? "" : "  (fallback: " + m.dateSource().toLowerCase() + ")"));
        System.out.println("Folder:  " + m.account() + "/" + m.folder() + (m.flags().isEmpty() ? "" : "  " + m.flags()));
        if (category != null) {
            System.out.printf("Category: %s (%.2f, %s)%s%n", category.category(), category.confidence(),
                    ClassifyCommand.tierName(category.tier()), category.needsReview() ? "  needs review" : "");
        }
        if (m.twinOf() != null) {
            System.out.println("Twin of: " + m.twinOf() + " (same Message-ID, different content)");
        }
        p.attachments().forEach(a -> System.out.printf("Attach:  %s (%s, %d bytes)%n", a.filename(), a.contentType(), a.size()));
        p.defects().forEach(d -> System.out.println("Defect:  " + d));
        System.out.println();
        System.out.println(p.text() == null ? "" : p.text().strip());
        if (thread.size() > 1) {
            System.out.println();
            System.out.println("Thread:");
            for (StoredMessage t : thread) {
                System.out.printf("  %s %6d  %s  %s%n", t.id() == m.id() ? ">" : " ", t.id(),
                        t.date() == null ? "(no date)" : t.date().toLocalDate(), t.from() == null ? "" : t.from());
            }
        }
    }
}
