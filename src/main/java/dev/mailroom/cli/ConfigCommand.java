package dev.mailroom.cli;

import dev.mailroom.shared.Json;
import dev.mailroom.shared.Settings;
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
        name = "config",
        mixinStandardHelpOptions = true,
        description = {
            "Show the settings in force and where each comes from: the data dir's mailroom.yml (or",
            "the file $MAILROOM_CONFIG names), a MAILROOM_* environment variable, or the default."
        },
        subcommands = {ConfigCommand.Set.class})
final class ConfigCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print a JSON list of {key, value, origin, env, description}.")
    boolean json;

    @Override
    public Integer call() {
        Settings s = Settings.load(dataDir.resolve());
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Settings.Value v : s.values()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", v.key().key());
                row.put("value", v.value());
                row.put("origin", v.origin());
                row.put("env", v.key().environmentVariable());
                row.put("description", v.key().description());
                rows.add(row);
            }
            System.out.println(Json.write(rows));
            return 0;
        }
        System.out.println("Settings file: " + s.file() + (java.nio.file.Files.exists(s.file()) ? "" : " (not there yet)"));
        for (Settings.Value v : s.values()) {
            System.out.printf("%-38s %-8s (%s)%n", v.key().key(), v.value(), v.origin());
            System.out.printf("    %s%n", v.key().description());
        }
        return 0;
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set a key in the data dir's mailroom.yml, e.g. mailroom config set classification.learning-enabled false.")
    static final class Set implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        public Integer call() {
            Settings current;
            Settings.Value v;
            try {
                current = Settings.load(dataDir.resolve());
                v = Settings.write(current.file(), key, value);
            } catch (Settings.SettingsException e) {
                System.err.println("mailroom: " + e.getMessage());
                return ClassifyCommand.BAD_INPUT;
            }
            System.out.printf("%s = %s (in %s)%n", v.key().key(), v.value(), v.origin());
            String env = System.getenv(v.key().environmentVariable());
            if (env != null && !env.isBlank()) {
                System.out.printf("Note: %s=%s overrides it while set.%n", v.key().environmentVariable(), env);
            }
            return 0;
        }
    }
}
