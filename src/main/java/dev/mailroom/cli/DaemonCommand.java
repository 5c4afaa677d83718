package dev.mailroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "daemon",
        mixinStandardHelpOptions = true,
        description = {
            "Keep a Mailroom running that answers search, similar, show, threads and stats for the",
            "./mailroom launcher, so that they do not wait for a JVM to start. The launcher starts",
            "one by itself after the first search (MAILROOM_DAEMON=0 turns that off); it stops after",
            "--idle-minutes without requests. Use --status and --stop to look at or end it."
        })
final class DaemonCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--idle-minutes", paramLabel = "N", defaultValue = "30",
            description = "Stop after N minutes without a request (default: ${DEFAULT-VALUE}).")
    int idleMinutes;

    @Option(names = "--status", description = "Tell whether a daemon serves the data dir.")
    boolean status;

    @Option(names = "--stop", description = "Stop the daemon that serves the data dir.")
    boolean stop;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir.resolve();
        if (status || stop) {
            Optional<ProcessHandle> running = running(dir);
            if (running.isEmpty()) {
                System.out.println("no daemon serves " + dir);
                return status ? 1 : 0;
            }
            if (stop) {
                running.get().destroy();
                running.get().onExit().get();
                Files.deleteIfExists(dir.resolve(CliDaemon.FILE));
                System.out.println("stopped the daemon (pid " + running.get().pid() + ") of " + dir);
            } else {
                System.out.println("a daemon (pid " + running.get().pid() + ") serves " + dir);
            }
            return 0;
        }
        if (idleMinutes < 1) {
            throw new IllegalArgumentException("--idle-minutes must be at least 1");
        }
        Context.read(dir).close(); // a clear error when there is no store
        if (!new CliDaemon(dir, Duration.ofMinutes(idleMinutes)).serve()) {
            System.err.println("mailroom: a daemon already serves " + dir);
            return 1;
        }
        return 0;
    }

    static Optional<ProcessHandle> running(Path dir) throws IOException {
        Path file = dir.resolve(CliDaemon.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String[] parts = Files.readString(file).strip().split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(parts[2])).filter(ProcessHandle::isAlive);
    }
}
