package dev.mailroom.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs Mailroom's launcher script ({@code ./mailroom}) as a separate process, exactly as a user runs
 * it from a shell, to time a search including process and JVM start.
 */
public final class MailroomLauncher {

    /** How long one command may take before it is stopped (the first may build the start-up cache). */
    public static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** The environment variable that turns the background daemon off when {@code 0}. */
    public static final String DAEMON_VARIABLE = "MAILROOM_DAEMON";

    /**
     * How the launcher is run.
     *
     * @param key the name in JSON ({@code cold_jvm}, {@code as_installed})
     * @param label the name in the human-readable output
     * @param env changes to the environment: a {@code null} value removes the variable
     */
    public record Mode(String key, String label, Map<String, String> env) {}

    /** A new JVM for every command: the daemon turned off with {@code MAILROOM_DAEMON=0}. */
    public static final Mode COLD_JVM = new Mode("cold_jvm", "cold JVM", Map.of(DAEMON_VARIABLE, "0"));

    /** The launcher's defaults: {@code MAILROOM_DAEMON} removed from the environment. */
    public static final Mode AS_INSTALLED = asInstalled();

    private final Path launcher;
    private final Path workDir;

    /** Runs {@code launcher} with {@code workDir} as the working directory (also for temporary output files). */
    public MailroomLauncher(Path launcher, Path workDir) {
        this.launcher = launcher.toAbsolutePath();
        this.workDir = workDir;
    }

    private static Mode asInstalled() {
        Map<String, String> env = new HashMap<>();
        env.put(DAEMON_VARIABLE, null);
        return new Mode("as_installed", "as installed", Collections.unmodifiableMap(env));
    }

    /**
     * The launcher to use: {@code given} when not null, else the {@code mailroom} script of the
     * checkout this code was loaded from ({@code target/mailroom.jar} or {@code target/classes} two
     * levels below it), else {@code ./mailroom}; empty when there is none.
     */
    public static Optional<Path> find(Path given) {
        if (given != null) {
            return Files.isExecutable(given) ? Optional.of(given.toAbsolutePath()) : Optional.empty();
        }
        try {
            Path code = Path.of(MailroomLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path checkout = code.getParent() == null ? null : code.getParent().getParent();
            if (checkout != null && Files.isExecutable(checkout.resolve("mailroom"))) {
                return Optional.of(checkout.resolve("mailroom"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source to go by; try the working directory
        }
        Path here = Path.of("mailroom").toAbsolutePath();
        return Files.isExecutable(here) ? Optional.of(here) : Optional.empty();
    }

    /** The launcher this runs. */
    public Path launcher() {
        return launcher;
    }

    /** {@code mailroom search QUERY --data-dir DATA --limit LIMIT}, timed. */
    public TimedRun search(String query, Path dataDir, int limit, Mode mode) {
        return run(List.of("search", query, "--data-dir", dataDir.toString(), "--limit", Integer.toString(limit)), mode);
    }

    /** Times each of {@code queries} as a search in {@code mode} into {@code into}. */
    public void time(List<String> queries, Path dataDir, int limit, Mode mode, QueryTimings into) {
        for (String q : queries) {
            TimedRun run = search(q, dataDir, limit, mode);
            if (run.exitCode() == 0) {
                into.add(q, run.millis());
            } else {
                into.fail(q, "exit " + run.exitCode() + " " + run.error());
            }
        }
    }

    /**
     * Waits until a background daemon serves {@code dataDir} ({@code mailroom daemon --status} says
     * so), at most {@code timeout}; false when none came up, for instance in a version without one.
     */
    public boolean awaitDaemon(Path dataDir, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (run(List.of("daemon", "--status", "--data-dir", dataDir.toString()), AS_INSTALLED).exitCode() == 0) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * Stops the background daemon serving {@code dataDir}, if there is one: runs {@code mailroom
     * daemon --stop --data-dir DATA} and ignores how it ends (a version without a daemon fails).
     */
    public void stopDaemon(Path dataDir) {
        try {
            run(List.of("daemon", "--stop", "--data-dir", dataDir.toString()), AS_INSTALLED);
        } catch (RuntimeException e) {
            // nothing to stop
        }
    }

    private TimedRun run(List<String> args, Mode mode) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        return TimedRun.of(command, mode.env(), workDir, TIMEOUT);
    }
}
