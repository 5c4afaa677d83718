package dev.mailroom.cli;

import dev.mailroom.classify.ClassificationService;
import dev.mailroom.classify.ClassificationService.MessageCategory;
import dev.mailroom.classify.rules.Rule;
import dev.mailroom.shared.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "See and correct the category of a message. Every stored message has one of the",
            "categories primary, social, promotions, updates, forums, finance, travel, spam or one of",
            "your own, with a confidence, the tier that decided (user, rule, model, builtin) and why."
        },
        subcommands = {ClassifyCommand.Show.class, ClassifyCommand.Correct.class, ClassifyCommand.Confirm.class})
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        System.err.println("mailroom: say what to do: classify show ID | classify correct ID CATEGORY | classify confirm ID");
        spec.commandLine().usage(System.err);
        return BAD_INPUT;
    }

    /** Exit code when a category or message id given is wrong. */
    static final int BAD_INPUT = 2;

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a message's category, confidence, tier, needs_review and the explanation.")
    static final class Show implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "ID", description = "Message id (as printed by search, threads and show).")
        long id;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.read(dataDir.resolve())) {
                if (ctx.store().message(id).isEmpty()) {
                    System.err.println("mailroom: no message with id " + id);
                    return BAD_INPUT;
                }
                MessageCategory c = ctx.classification().show(id).orElse(null);
                if (c == null) {
                    System.err.println("mailroom: message " + id + " is not classified yet; run mailroom reanalyze");
                    return 1;
                }
                print(c, json);
            }
            return 0;
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = {
                "Put a message in a category by hand. The category is kept from now on (the model and",
                "reanalyze never overwrite it) and the model learns from it at once, unless",
                "classification.learning-enabled is false. With --sender-rule, all later mail from the",
                "same sender goes to that category too."
            })
    static final class Correct implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "ID", description = "Message id.")
        long id;

        @Parameters(index = "1", paramLabel = "CATEGORY", description = "The category it belongs in.")
        String category;

        @Option(names = {"--sender-rule", "--always"},
                description = "Also add a rule: always put mail from this message's sender in CATEGORY.")
        boolean senderRule;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.write(dataDir.resolve())) {
                return correct(ctx, id, category, senderRule, json);
            }
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Agree with a message's current category: it is kept and learnt like a correction.")
    static final class Confirm implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "ID", description = "Message id.")
        long id;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.write(dataDir.resolve())) {
                MessageCategory c = ctx.classification().show(id).orElse(null);
                if (c == null) {
                    System.err.println("mailroom: no classified message with id " + id);
                    return BAD_INPUT;
                }
                return correct(ctx, id, c.category(), false, json);
            }
        }
    }

    static int correct(Context ctx, long id, String category, boolean senderRule, boolean json) {
        ClassificationService service = ctx.classification();
        MessageCategory c;
        String before = service.show(id).map(MessageCategory::category).orElse(null);
        try {
            c = service.correct(id, category);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            System.err.println("mailroom: " + e.getMessage());
            return BAD_INPUT;
        }
        if (ClassificationService.SPAM.equals(before) != ClassificationService.SPAM.equals(c.category())) {
            ctx.payments().refresh(); // the payments ledger leaves spam out (payments.skip-spam)
        }
        Rule rule = senderRule ? service.senderRule(id, category) : null;
        if (json) {
            Map<String, Object> out = json(c);
            if (rule != null) {
                out.put("rule", Map.of("id", rule.id(), "name", rule.name()));
            }
            System.out.println(Json.write(out));
        } else {
            System.out.printf("Message %d is in %s now%s.%n", id, c.category(),
                    service.settings().learningEnabled() ? "; the model has learnt it" : " (learning is off, nothing was learnt)");
            if (rule != null) {
                System.out.printf("Added rule #%d \"%s\".%n", rule.id(), rule.name());
            }
        }
        return 0;
    }

    static void print(MessageCategory c, boolean json) {
        if (json) {
            System.out.println(Json.write(json(c)));
            return;
        }
        System.out.printf("Message %d: %s (confidence %.2f, %s)%s%n", c.messageId(), c.category(), c.confidence(),
                tierName(c.tier()), c.needsReview() ? "  needs review" : "");
        if (!c.labels().isEmpty()) {
            System.out.println("Labels: " + String.join(", ", c.labels()));
        }
        for (String line : c.explanation()) {
            System.out.println("  " + line);
        }
    }

    static String tierName(String tier) {
        return switch (tier) {
            case "user" -> "set by you";
            case "rule" -> "by a rule";
            case "model" -> "learned from your corrections";
            case "builtin" -> "built-in knowledge";
            default -> tier;
        };
    }

    static Map<String, Object> json(MessageCategory c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.messageId());
        out.put("category", c.category());
        out.put("confidence", Math.round(c.confidence() * 10000) / 10000.0);
        out.put("tier", c.tier());
        out.put("needs_review", c.needsReview());
        out.put("explanation", c.explanation());
        out.put("labels", c.labels());
        out.put("classified_at", c.classifiedAt().toString());
        return out;
    }
}
