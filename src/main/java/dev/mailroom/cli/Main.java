package dev.mailroom.cli;

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
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
