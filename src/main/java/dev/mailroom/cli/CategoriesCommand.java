package dev.mailroom.cli;

import dev.mailroom.classify.ClassificationService;
import dev.mailroom.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "categories",
        mixinStandardHelpOptions = true,
        description = "List the categories with how many messages each holds; add or remove your own.",
        subcommands = {CategoriesCommand.Add.class, CategoriesCommand.Remove.class})
final class CategoriesCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print a JSON list of {name, builtin, messages, description}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Context ctx = Context.read(dataDir.resolve())) {
            ClassificationService c = ctx.classification();
            Map<String, Long> counts = c.counts();
            Map<String, String> own = new LinkedHashMap<>();
            c.ownCategories().forEach(o -> own.put(o.name(), o.description()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String name : c.categories()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", name);
                row.put("builtin", !own.containsKey(name));
                row.put("messages", counts.getOrDefault(name, 0L));
                row.put("description", own.get(name));
                rows.add(row);
            }
            if (json) {
                System.out.println(Json.write(rows));
            } else {
                for (Map<String, Object> row : rows) {
                    System.out.printf("%-14s %8d%s%n", row.get("name"), (Long) row.get("messages"),
                            Boolean.TRUE.equals(row.get("builtin")) ? "" : "  (yours" + (row.get("description") == null ? ")" : ": " + row.get("description") + ")"));
                }
                System.out.printf("%d messages to review (mailroom review)%n", c.reviewCount());
            }
        }
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a category of your own.")
    static final class Add implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "NAME", description = "Lower-case letters, digits, - and _.")
        String name;

        @Option(names = "--description", paramLabel = "TEXT", description = "What belongs in it.")
        String description;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.write(dataDir.resolve())) {
                ctx.classification().addCategory(name, description);
            } catch (IllegalArgumentException e) {
                System.err.println("mailroom: " + e.getMessage());
                return ClassifyCommand.BAD_INPUT;
            }
            System.out.println("Added category " + name.strip().toLowerCase(java.util.Locale.ROOT) + ".");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a category of your own that holds no message.")
    static final class Remove implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (Context ctx = Context.write(dataDir.resolve())) {
                ctx.classification().removeCategory(name);
            } catch (IllegalArgumentException | NoSuchElementException e) {
                System.err.println("mailroom: " + e.getMessage());
                return ClassifyCommand.BAD_INPUT;
            }
            System.out.println("Removed category " + name + ".");
            return 0;
        }
    }
}
