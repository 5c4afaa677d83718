package dev.mailroom.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the mail indexers people compare Mailroom with, notmuch and mu, on a Maildir and times
 * them. Each run gets its own directory for its configuration, database and log, so the Maildir is
 * left as it was. A temporary directory is deleted after a successful run; a directory the caller
 * names is kept, and the result says how to search the database in it ({@link PeerResult#search}).
 * After a failed run the directory is kept and named in the note. Nothing here throws: a peer that
 * is not installed, fails or runs past the timeout comes back as {@link PeerResult#unavailable}.
 */
public final class PeerIndexers {

    /** How long one peer may index before it is stopped. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(20);

    private static final Pattern MU_STORE_COUNT = Pattern.compile("messages in store\\s*\\|\\s*(\\d+)");
    private static final Pattern MU_INDEXED = Pattern.compile("updated/new:\\s*(\\d+)");

    private PeerIndexers() {}

    /** Both peers, one after the other, each with {@link #DEFAULT_TIMEOUT}. */
    public static List<PeerResult> runAll(Path maildir) {
        return List.of(notmuch(maildir, DEFAULT_TIMEOUT), mu(maildir, DEFAULT_TIMEOUT));
    }

    /**
     * Times a first {@code notmuch new} (which creates the database) on {@code maildir}, with a
     * configuration written for the run and passed in {@code NOTMUCH_CONFIG}: the database in the
     * run's directory, {@code mail_root} the Maildir, no tags on new mail.
     */
    public static PeerResult notmuch(Path maildir, Duration timeout) {
        return notmuch(maildir, timeout, null);
    }

    /**
     * Like {@link #notmuch(Path, Duration)}, with the configuration and database in {@code keepIn}
     * (created; it must not hold an earlier database), kept for {@link PeerResult#search}. A {@code
     * null} {@code keepIn} means a temporary directory, deleted after the run.
     */
    public static PeerResult notmuch(Path maildir, Duration timeout, Path keepIn) {
        String name = "notmuch";
        if (!isInstalled(name)) {
            return PeerResult.unavailable(name, "notmuch is not on the PATH");
        }
        Path work = null;
        try {
            work = workDir(keepIn, "mailroom-peer-notmuch");
            Path db = Files.createDirectories(work.resolve("db"));
            Path config = work.resolve("notmuch-config");
            Files.writeString(config, """
                    [database]
                    path=%s
                    mail_root=%s
                    [new]
                    tags=
                    [user]
                    name=Mailroom bench
                    primary_email=bench@mailroom.invalid
                    """.formatted(db, maildir.toAbsolutePath()), StandardCharsets.UTF_8);
            Map<String, String> env = Map.of("NOTMUCH_CONFIG", config.toString());
            String version = firstLine(work, env, "notmuch", "--version");
            Run index = Run.of(work, env, timeout, "notmuch", "new");
            if (!index.succeeded()) {
                return failed(name, index, work);
            }
            Run count = Run.of(work, env, Duration.ofMinutes(2), "notmuch", "count", "*");
            long messages = count.succeeded() ? parseLong(count.output().strip()) : -1;
            return succeeded(name, version, index, messages, db, work,
                    keepIn == null ? null : PeerSearch.notmuch(config, db, work));
        } catch (IOException | RuntimeException e) {
            return PeerResult.unavailable(name, "could not run notmuch: " + e + where(work));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PeerResult.unavailable(name, "interrupted" + where(work));
        }
    }

    /**
     * Times {@code mu index} on {@code maildir}, after {@code mu init --maildir=DIR --muhome=HOME}
     * with a fresh home in the run's directory (the mu 1.8 to 1.12 command line).
     */
    public static PeerResult mu(Path maildir, Duration timeout) {
        return mu(maildir, timeout, null);
    }

    /**
     * Like {@link #mu(Path, Duration)}, with mu's home in {@code keepIn} (created; it must not hold an
     * earlier database), kept for {@link PeerResult#search}, which searches with {@code TZ} set to
     * this JVM's default zone. A {@code null} {@code keepIn} means a temporary directory, deleted
     * after the run.
     */
    public static PeerResult mu(Path maildir, Duration timeout, Path keepIn) {
        String name = "mu";
        if (!isInstalled(name)) {
            return PeerResult.unavailable(name, "mu (Debian package maildir-utils) is not on the PATH");
        }
        Path work = null;
        try {
            work = workDir(keepIn, "mailroom-peer-mu");
            Path home = Files.createDirectories(work.resolve("home"));
            String muhome = "--muhome=" + home;
            Map<String, String> env = Map.of();
            String version = firstLine(work, env, "mu", "--version");
            Run init = Run.of(work, env, Duration.ofMinutes(2), "mu", "init", "--maildir=" + maildir.toAbsolutePath(), muhome);
            if (!init.succeeded()) {
                return failed(name, init, work);
            }
            Run index = Run.of(work, env, timeout, "mu", "index", muhome);
            if (!index.succeeded()) {
                return failed(name, index, work);
            }
            Run info = Run.of(work, env, Duration.ofMinutes(2), "mu", "info", muhome);
            long messages = lastNumber(MU_STORE_COUNT, info.output());
            if (messages < 0) {
                messages = lastNumber(MU_INDEXED, index.output());
            }
            return succeeded(name, version, index, messages, home, work,
                    keepIn == null ? null : PeerSearch.mu(home, work, ZoneId.systemDefault()));
        } catch (IOException | RuntimeException e) {
            return PeerResult.unavailable(name, "could not run mu: " + e + where(work));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PeerResult.unavailable(name, "interrupted" + where(work));
        }
    }

    /** Whether an executable called {@code command} is in a directory on the PATH. */
    public static boolean isInstalled(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static Path workDir(Path keepIn, String prefix) throws IOException {
        return keepIn == null ? Files.createTempDirectory(prefix) : Files.createDirectories(keepIn);
    }

    private static PeerResult succeeded(
            String name, String version, Run index, long messages, Path db, Path work, PeerSearch search) {
        String note = String.format(Locale.ROOT, "%s; index %.1f MB; peak RSS %.0f MB",
                version, DirSize.bytes(db) / 1e6, index.peakRssBytes() / 1e6);
        if (search == null) {
            deleteQuietly(work);
        }
        return new PeerResult(name, true, index.seconds(), Math.max(messages, 0), note, search);
    }

    private static PeerResult failed(String name, Run run, Path work) {
        String why = run.timedOut()
                ? "timed out after " + run.seconds() + " s"
                : "exited with " + run.exitCode();
        return PeerResult.unavailable(name, String.join(" ", run.command()) + " " + why + "; log in " + run.log());
    }

    private static String firstLine(Path work, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        Run run = Run.of(work, env, Duration.ofSeconds(30), command);
        String out = run.output().strip();
        int eol = out.indexOf('\n');
        return eol < 0 ? out : out.substring(0, eol);
    }

    private static long lastNumber(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        long last = -1;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String where(Path work) {
        return work == null ? "" : "; files in " + work;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    /** One finished (or stopped) run of a command, its output in a log file. */
    private record Run(List<String> command, int exitCode, boolean timedOut, double seconds, long peakRssBytes, Path log) {

        static Run of(Path work, Map<String, String> env, Duration timeout, String... command)
                throws IOException, InterruptedException {
            Path log = Files.createTempFile(work, command[0] + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            Process process = builder.start();
            long peak = 0;
            boolean finished = false;
            // Poll so that the child's VmHWM can be read while it still exists; it only grows.
            while (!finished && System.nanoTime() < deadline) {
                peak = Math.max(peak, Rss.peakRssBytes(process.pid()));
                finished = process.waitFor(50, TimeUnit.MILLISECONDS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                return new Run(List.of(command), -1, true, seconds, peak, log);
            }
            return new Run(List.of(command), process.exitValue(), false, seconds, peak, log);
        }

        boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        }
    }
}
