package dev.mailroom.cli;

import dev.mailroom.classify.rules.Condition;
import dev.mailroom.classify.rules.ConditionSyntax;
import dev.mailroom.classify.rules.Rule;
import dev.mailroom.classify.rules.RuleEngine;
import dev.mailroom.classify.rules.RuleFormatException;
import dev.mailroom.classify.rules.RuleMessage;
import dev.mailroom.classify.rules.RuleStore;
import dev.mailroom.classify.rules.RulesYaml;
import dev.mailroom.db.Sql;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.shared.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Show which stored messages a rule matches, without saving or changing anything: a saved",
            "rule (NAME or ID, even a disabled one), a condition (--if EXPR) or each rule of a rules",
            "file (--file FILE.yml). Reads every stored message."
        })
final class RulesTestCommand implements Callable<Integer> {

    private static final int BATCH = 256;

    @Mixin
    DataDirOption dataDir;

    @Parameters(arity = "0..1", paramLabel = "NAME|ID", description = "A saved rule.")
    String rule;

    @Option(names = "--if", paramLabel = "EXPR", description = "A condition, as rules add takes it.")
    String condition;

    @Option(names = "--file", paramLabel = "FILE", description = "A rules file; each of its rules is tested.")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Matches to list per rule (default: ${DEFAULT-VALUE}); all are counted.")
    int limit;

    @Option(names = "--json", description = "Print {\"scanned\", \"rules\": [{\"name\", \"condition\", \"matched\", \"messages\": [{\"id\", \"date\", \"from\", \"subject\"}]}]}.")
    boolean json;

    /** A condition under test and what it matched. */
    private static final class Tested {
        final String name;
        final Condition condition;
        final List<StoredMessage> shown = new ArrayList<>();
        long matched;

        Tested(String name, Condition condition) {
            this.name = name;
            this.condition = condition;
        }
    }

    @Override
    public Integer call() throws Exception {
        int given = (rule == null ? 0 : 1) + (condition == null ? 0 : 1) + (file == null ? 0 : 1);
        if (given != 1) {
            return RulesCommand.usage("give one of: a rule's NAME or ID, --if EXPR, or --file FILE.yml");
        }
        if (limit < 0) {
            return RulesCommand.usage("--limit must be 0 or more");
        }
        try (Context ctx = Context.read(dataDir.resolve()); Sql sql = new Sql(ctx.database().open())) {
            List<Tested> tested;
            try {
                tested = tested(new RuleStore(sql, ctx.clock()));
            } catch (RuleFormatException e) {
                return RulesCommand.usage(e.getMessage());
            }
            long scanned = scan(ctx, tested, ctx.clock().instant());
            if (json) {
                System.out.println(Json.write(toJson(scanned, tested, ctx.zone())));
            } else {
                print(scanned, tested, ctx.zone());
            }
        }
        return 0;
    }

    private List<Tested> tested(RuleStore store) throws java.io.IOException {
        if (condition != null) {
            return List.of(new Tested(null, RulesCommand.parse(condition)));
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such rules file: " + file);
            }
            List<Tested> out = new ArrayList<>();
            for (Rule r : RulesYaml.read(Files.readString(file, StandardCharsets.UTF_8), file.toString())) {
                out.add(new Tested(r.name(), r.when()));
            }
            return out;
        }
        Rule saved = store.find(rule).orElseThrow(() -> new IllegalArgumentException(
                "no rule with id or name \"" + rule + "\" (mailroom rules list shows them)"));
        return List.of(new Tested(saved.name(), saved.when()));
    }

    /** Runs every condition over every stored message, a batch at a time and the batch in parallel; gives how many were read. */
    private long scan(Context ctx, List<Tested> tested, Instant now) {
        long total = ctx.store().counts().messages();
        long scanned = 0;
        long done = 0;
        try (WorkProgress progress = new WorkProgress(json)) {
            progress.started("Testing", total);
            long after = 0;
            List<StoredMessage> batch;
            while (!(batch = ctx.store().messagesAfter(after, BATCH)).isEmpty()) {
                BlobStore blobs = ctx.blobs();
                List<boolean[]> results = batch.parallelStream().map(m -> evaluate(blobs, m, tested, now)).toList();
                for (int i = 0; i < batch.size(); i++) {
                    boolean[] hits = results.get(i);
                    if (hits == null) {
                        continue;
                    }
                    scanned++;
                    for (int t = 0; t < tested.size(); t++) {
                        if (hits[t]) {
                            Tested x = tested.get(t);
                            x.matched++;
                            if (x.shown.size() < limit) {
                                x.shown.add(batch.get(i));
                            }
                        }
                    }
                }
                after = batch.get(batch.size() - 1).id();
                done += batch.size();
                progress.advanced(done);
            }
        }
        return scanned;
    }

    /** Which conditions the message matches, or null when its raw bytes cannot be read. */
    private static boolean[] evaluate(BlobStore blobs, StoredMessage m, List<Tested> tested, Instant now) {
        Optional<byte[]> raw;
        try {
            raw = blobs.get(m.blobSha256());
        } catch (RuntimeException e) {
            return null;
        }
        if (raw.isEmpty()) {
            return null;
        }
        byte[] bytes = raw.get();
        RuleMessage message = new RuleMessage(m.id(), m.account(), IngestService.parseMessage(bytes, null),
                IngestService.headerSection(bytes), m.size());
        boolean[] hits = new boolean[tested.size()];
        for (int t = 0; t < tested.size(); t++) {
            hits[t] = RuleEngine.matches(tested.get(t).condition, message, now);
        }
        return hits;
    }

    private static String date(StoredMessage m, ZoneId zone) {
        return m.date() == null ? null : m.date().atZoneSameInstant(zone).toOffsetDateTime().toString();
    }

    private static Map<String, Object> toJson(long scanned, List<Tested> tested, ZoneId zone) {
        List<Object> rules = new ArrayList<>();
        for (Tested t : tested) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", t.name);
            one.put("condition", ConditionSyntax.format(t.condition));
            one.put("matched", t.matched);
            List<Object> messages = new ArrayList<>();
            for (StoredMessage m : t.shown) {
                Map<String, Object> msg = new LinkedHashMap<>();
                msg.put("id", m.id());
                msg.put("date", date(m, zone));
                msg.put("from", m.from() == null ? null : m.from().toString());
                msg.put("subject", m.subject());
                messages.add(msg);
            }
            one.put("messages", messages);
            rules.add(one);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scanned", scanned);
        out.put("rules", rules);
        return out;
    }

    private static void print(long scanned, List<Tested> tested, ZoneId zone) {
        for (Tested t : tested) {
            System.out.println((t.name == null ? "Condition" : "Rule \"" + t.name + "\"") + ": " + ConditionSyntax.format(t.condition));
            for (StoredMessage m : t.shown) {
                String d = date(m, zone);
                System.out.printf("%7d  %s  %-28.28s  %s%n", m.id(), d == null ? "          " : d.substring(0, 10),
                        m.from() == null ? "" : m.from().toString(), m.subject() == null ? "(no subject)" : m.subject());
            }
            String more = t.matched > t.shown.size() ? " (" + t.shown.size() + " shown; --limit N shows more)" : "";
            System.out.printf("%d of %d messages %s%s%n", t.matched, scanned, t.matched == 1 ? "matches" : "match", more);
        }
    }
}
