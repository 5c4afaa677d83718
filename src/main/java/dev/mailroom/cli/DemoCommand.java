package dev.mailroom.cli;

import dev.mailroom.demo.DemoMailbox;
import dev.mailroom.ingest.ImportSummary;
import dev.mailroom.mailbox.StoreCounts;
import dev.mailroom.mailbox.ThreadSummary;
import dev.mailroom.shared.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Create a fresh data dir holding the demo mailbox (a few hundred messages written for",
            "Mailroom, dated relative to today), import it and print an overview. Without",
            "--data-dir it uses ./demo-data, which it recreates on every run; a --data-dir that",
            "already holds other mail is refused rather than touched."
        })
final class DemoCommand implements Callable<Integer> {

    static final String MARKER = ".mailroom-demo";

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print the overview as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir.dataDir != null ? dataDir.resolve() : Path.of("demo-data").toAbsolutePath();
        prepare(dir);
        Files.writeString(dir.resolve(MARKER), "This data dir was made by 'mailroom demo' and is recreated by it.\n");
        Path maildir = dir.resolve("demo-mailbox");
        ZoneId zone = ZoneId.systemDefault();
        int written = DemoMailbox.create(Clock.system(zone), zone).writeMaildir(maildir);
        ImportSummary s;
        StoreCounts counts;
        List<ThreadSummary> threads;
        long example = 1;
        try (Context ctx = Context.write(dir)) {
            s = ImportCommand.importAndIndex(ctx, List.of(maildir), "demo", json);
            ImportCommand.embed(ctx.search(), json);
            counts = ctx.store().counts();
            threads = ctx.store().threads(12);
            var longest = threads.stream().max(java.util.Comparator.comparingInt(ThreadSummary::messageCount));
            if (longest.isPresent()) {
                example = ctx.store().threadMessages(longest.get().id()).getLast().id();
            }
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("data_dir", dir.toString());
            out.put("written", written);
            out.put("import", s);
            out.put("messages", counts.messages());
            out.put("threads", counts.threads());
            out.put("folders", counts.folders());
            out.put("quarantined", counts.quarantined());
            System.out.println(Json.write(out));
            return 0;
        }
        System.out.printf("Demo mailbox: %d messages imported into %s in %.1f s%n", s.imported(), dir, s.seconds());
        System.out.printf("%d threads, %d folders, %d quarantined%n%n", counts.threads(), counts.folders(), counts.quarantined());
        System.out.println("Latest conversations (thread id, last message, messages, subject):");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("MMM d");
        for (ThreadSummary t : threads) {
            System.out.printf("  %6d  %-7s %3d  %-56.56s%n", t.id(),
                    t.lastDate() == null ? "" : day.format(t.lastDate().atZone(zone)), t.messageCount(),
                    t.subject() == null ? "(no subject)" : t.subject());
        }
        String flag = dataDir.dataDir != null ? " --data-dir " + dir : " --data-dir demo-data";
        System.out.println();
        System.out.println("Try:");
        System.out.println("  ./mailroom threads" + flag);
        System.out.println("  ./mailroom show " + example + flag);
        System.out.println("  ./mailroom stats" + flag);
        System.out.println("  ./mailroom search invoice" + flag);
        System.out.println("  ./mailroom search --mode semantic \"trip abroad\"" + flag);
        System.out.println("  ./mailroom review" + flag);
        System.out.println("  ./mailroom payments summary" + flag);
        return 0;
    }

    /** Empties a previous demo dir; refuses a dir that holds anything else. */
    private static void prepare(Path dir) throws Exception {
        if (Files.isDirectory(dir)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dir.resolve(MARKER))) {
                throw new IllegalStateException(dir + " already holds data that 'mailroom demo' did not make; "
                        + "choose an empty or new --data-dir");
            }
            Trees.delete(dir);
        }
        Files.createDirectories(dir);
    }
}
