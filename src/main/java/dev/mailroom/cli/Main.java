package dev.mailroom.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mailroom} command line. */
@Command(
        name = "mailroom",
        mixinStandardHelpOptions = true,
        version = "Mailroom 0.1.0",
        description = "Self-hosted email intelligence: import, store, thread and search your mail.",
        subcommands = {
            ImportCommand.class, ParseCommand.class, QuarantineCommand.class, ThreadsCommand.class, ShowCommand.class,
            StatsCommand.class, SearchCommand.class, SimilarCommand.class, ReindexCommand.class, DaemonCommand.class, EvalCommand.class,
            ClassifyCommand.class, ReviewCommand.class, ReanalyzeCommand.class, RulesCommand.class, CategoriesCommand.class,
            ExtractCommand.class, PaymentsCommand.class, ConfigCommand.class, DemoCommand.class, TrainCommand.class,
            BenchCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** A command line that a long-running process can execute again and again (picocli resets options). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setUsageHelpAutoWidth(true);
        reflow(cli);
        return cli;
    }

    /**
     * Joins the lines of each command's description into paragraphs, so that picocli wraps them to
     * the help width instead of wrapping each source line on its own. A blank line, or a line that
     * starts with a space or "- ", starts a new paragraph.
     */
    static void reflow(CommandLine cli) {
        String[] lines = cli.getCommandSpec().usageMessage().description();
        if (lines.length > 1) {
            List<String> paragraphs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : lines) {
                boolean starts = line.isBlank() || line.startsWith(" ") || line.startsWith("- ");
                if (starts && !current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                if (line.isBlank()) {
                    paragraphs.add("");
                    continue;
                }
                current.append(current.isEmpty() ? line : " " + line.strip());
            }
            if (!current.isEmpty()) {
                paragraphs.add(current.toString());
            }
            cli.getCommandSpec().usageMessage().description(paragraphs.toArray(String[]::new));
        }
        cli.getSubcommands().values().forEach(Main::reflow);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
