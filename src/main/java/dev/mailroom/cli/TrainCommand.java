package dev.mailroom.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The launcher's training run for Java's ahead-of-time cache: imports the demo mailbox and runs the
 * read commands people use most, so that the cache holds the classes and profiles of both.
 */
@Command(name = "train-startup-cache", hidden = true, description = "Training run for the launcher's start-up cache.")
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "An empty directory to work in.")
    Path dir;

    @Override
    public Integer call() {
        String data = dir.resolve("data").toString();
        int exit = Main.run("demo", "--json", "--data-dir", data);
        for (List<String> args : List.of(
                List.of("search", "invoice"),
                List.of("search", "--json", "from:fibrio.example after:2000-01-01"),
                List.of("search", "--threads", "\"thank you\" OR lisbon"),
                List.of("search", "--mode", "hybrid", "trip"),
                List.of("show", "1"),
                List.of("threads"),
                List.of("stats"))) {
            String[] full = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--data-dir", data))
                    .toArray(String[]::new);
            exit |= CliDaemon.run(List.of(full), new ByteArrayOutputStream(), new ByteArrayOutputStream(), false);
        }
        return exit;
    }
}
