package dev.mailroom.cli;

import dev.mailroom.classify.rules.ConditionSyntax;
import dev.mailroom.classify.rules.Rule;
import dev.mailroom.classify.rules.RuleActions;
import dev.mailroom.classify.rules.RuleFormatException;
import dev.mailroom.classify.rules.RuleStore;
import dev.mailroom.classify.rules.RulesYaml;
import dev.mailroom.db.Sql;
import dev.mailroom.shared.Json;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "Your rules: conditions on sender, recipients, subject, body, headers, list, attachments,",
            "size, age and account, and what to do with matching mail (set a category, add labels,",
            "mark read or important), applied in order. See docs/rules.md."
        },
        subcommands = {
            RulesCommand.ListRules.class, RulesCommand.Add.class, RulesCommand.Remove.class, RulesTestCommand.class,
            RulesCommand.Export.class, RulesCommand.Import.class
        })
final class RulesCommand implements Runnable {

    /** Exit code of a rule that cannot be read or saved (a usage error). */
    static final int BAD_RULE = 2;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Prints a usage error and gives its exit code. */
    static int usage(String message) {
        System.err.println("mailroom: " + message);
        return BAD_RULE;
    }

    /** A rule as {@code rules list --json} and {@code rules add --json} print it. */
    static Map<String, Object> toJson(Rule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("position", r.position());
        out.put("name", r.name());
        out.put("condition", ConditionSyntax.format(r.when()));
        Map<String, Object> actions = new LinkedHashMap<>();
        actions.put("category", r.then().category());
        actions.put("labels", r.then().labels());
        actions.put("mark_read", r.then().markRead());
        actions.put("mark_important", r.then().markImportant());
        out.put("actions", actions);
        out.put("stop", r.stop());
        out.put("enabled", r.enabled());
        return out;
    }

    static void print(Rule r, PrintStream out) {
        out.printf("%d. %s (id %d)%s%n", r.position(), r.name(), r.id(), r.enabled() ? "" : " [disabled]");
        out.println("   if   " + ConditionSyntax.format(r.when()));
        out.println("   then " + r.then().describe() + (r.stop() ? "; stop" : ""));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules in the order they apply.")
    static final class ListRules implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--json", description = "Print {\"rules\": [{id, position, name, condition, actions, stop, enabled}]}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.read(dataDir.resolve()); Sql sql = new Sql(ctx.database().open())) {
                List<Rule> rules = new RuleStore(sql, ctx.clock()).list();
                if (json) {
                    System.out.println(Json.write(Map.of("rules", rules.stream().map(RulesCommand::toJson).toList())));
                } else if (rules.isEmpty()) {
                    System.out.println("No rules yet; add one with: mailroom rules add NAME --if EXPR --category C");
                } else {
                    rules.forEach(r -> print(r, System.out));
                }
            }
            return 0;
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Add a rule. EXPR is a condition in the search language's terms: from:, to:, cc:, bcc:,",
                "recipients:, subject:, body:, list:, account:, filename:, attachment-type:, has:attachment,",
                "larger:, smaller:, older_than:, newer_than:, header:NAME:VALUE or header:NAME, with AND, OR,",
                "NOT/- and parentheses; field:=text matches exactly, field:/regex/ by regular expression."
            })
    static final class Add implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "NAME", description = "A name of your choice, unique among the rules.")
        String name;

        @Option(names = "--if", required = true, paramLabel = "EXPR", description = "The condition, e.g. 'from:acme.com subject:invoice'.")
        String condition;

        @Option(names = "--category", paramLabel = "C", description = "Set this category (a built-in one or your own).")
        String category;

        @Option(names = "--label", paramLabel = "L", description = "Add this label (repeatable).")
        List<String> labels = new ArrayList<>();

        @Option(names = "--mark-read", description = "Mark matching mail read.")
        boolean markRead;

        @Option(names = "--mark-important", description = "Mark matching mail important.")
        boolean markImportant;

        @Option(names = "--stop", description = "Apply no later rule to mail this rule matches.")
        boolean stop;

        @Option(names = "--position", paramLabel = "N", description = "Insert at this place in the order (1 first; default: last).")
        Integer position;

        @Option(names = "--disabled", description = "Save the rule switched off.")
        boolean disabled;

        @Option(names = "--json", description = "Print the saved rule as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (position != null && position < 1) {
                return usage("--position must be 1 or more, not " + position);
            }
            Rule rule;
            try {
                RuleActions actions = new RuleActions(category, labels, markRead, markImportant);
                if (actions.isEmpty()) {
                    return usage("rule \"" + name + "\" needs at least one action: --category, --label, --mark-read or --mark-important");
                }
                rule = new Rule(0, position == null ? 0 : position, name, parse(condition), actions, stop, !disabled);
            } catch (RuleFormatException e) {
                return usage(e.getMessage());
            }
            try (Context ctx = Context.write(dataDir.resolve()); Sql sql = new Sql(ctx.database().open())) {
                Rule saved = new RuleStore(sql, ctx.clock()).add(rule);
                if (json) {
                    System.out.println(Json.write(toJson(saved)));
                } else {
                    System.out.println("Added rule:");
                    print(saved, System.out);
                }
            } catch (RuleFormatException e) {
                return usage(e.getMessage());
            }
            return 0;
        }
    }

    /** Parses {@code --if}, naming the option in the error. */
    static dev.mailroom.classify.rules.Condition parse(String expr) {
        try {
            return ConditionSyntax.parse(expr);
        } catch (RuleFormatException e) {
            throw new RuleFormatException("--if: " + e.getMessage());
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a rule; the rules after it move up.")
    static final class Remove implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "ID|NAME", description = "The rule's id or name.")
        String rule;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.write(dataDir.resolve()); Sql sql = new Sql(ctx.database().open())) {
                RuleStore store = new RuleStore(sql, ctx.clock());
                Rule found = store.find(rule).orElseThrow(() -> new IllegalArgumentException(
                        "no rule with id or name \"" + rule + "\" (mailroom rules list shows them)"));
                store.remove(Long.toString(found.id()));
                System.out.printf("Removed rule \"%s\" (id %d)%n", found.name(), found.id());
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the rules as a YAML rules file (docs/rules.md).")
    static final class Export implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.read(dataDir.resolve()); Sql sql = new Sql(ctx.database().open())) {
                List<Rule> rules = new RuleStore(sql, ctx.clock()).list();
                String yaml = RulesYaml.write(rules);
                if (out == null) {
                    System.out.print(yaml);
                } else {
                    Files.writeString(out, yaml, StandardCharsets.UTF_8);
                    System.out.printf("Exported %d %s to %s%n", rules.size(), rules.size() == 1 ? "rule" : "rules", out);
                }
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the rules of a YAML rules file after the existing ones, or replace them all with --replace.")
    static final class Import implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "FILE", description = "A rules file, as rules export writes it.")
        Path file;

        @Option(names = "--replace", description = "Replace every existing rule with the file's.")
        boolean replace;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such rules file: " + file);
            }
            List<Rule> rules;
            try {
                rules = RulesYaml.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (RuleFormatException e) {
                return usage(e.getMessage());
            }
            try (Context ctx = Context.write(dataDir.resolve()); Sql sql = new Sql(ctx.database().open())) {
                RuleStore store = new RuleStore(sql, ctx.clock());
                if (replace) {
                    store.replaceAll(rules);
                } else {
                    store.addAll(rules);
                }
                int total = store.list().size();
                System.out.printf("Imported %d %s from %s (%d in all)%n", rules.size(), rules.size() == 1 ? "rule" : "rules", file, total);
            } catch (RuleFormatException e) {
                boolean clash = e.getMessage().contains("already exists");
                return usage(file + ": " + e.getMessage() + (clash ? " (import --replace replaces every rule)" : ""));
            }
            return 0;
        }
    }
}
