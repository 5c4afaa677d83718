package dev.mailroom.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a command as a user starts it from a shell, timed by the wall clock from just before
 * the process is started until it has exited: process start, JVM or library start-up and the work
 * itself. Output goes to files, as with {@code > file} in a shell, so that a background process the
 * command leaves behind (a daemon) cannot hold the run open; standard output is then counted in
 * lines, standard error kept for the reason of a failure.
 *
 * @param exitCode the exit status, -1 when the run was stopped after its timeout
 * @param millis wall-clock time in milliseconds
 * @param lines lines written to standard output
 * @param firstLine the first line of standard output, empty when there was none
 * @param error the start of standard error on one line (line breaks as {@code |}), empty when there was none
 */
public record TimedRun(int exitCode, double millis, long lines, String firstLine, String error) {

    /**
     * Runs {@code command} in {@code dir} with the environment of this process changed by {@code env}
     * (a {@code null} value removes the variable), standard input empty, and stops it after {@code
     * timeout}.
     */
    public static TimedRun of(List<String> command, Map<String, String> env, Path dir, Duration timeout) {
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile(dir, "stdout-", ".log");
            stderr = Files.createTempFile(dir, "stderr-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            env.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            long start = System.nanoTime();
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
            double millis = (System.nanoTime() - start) / 1e6;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                return new TimedRun(-1, millis, 0, "", "timed out after " + timeout.toSeconds() + " s");
            }
            List<String> lines = Files.readAllLines(stdout, StandardCharsets.ISO_8859_1);
            return new TimedRun(process.exitValue(), millis, lines.size(), lines.isEmpty() ? "" : lines.getFirst(), head(stderr));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            file.toFile().delete();
        }
    }

    private static String head(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1).strip().replaceAll("\\s*\\R\\s*", " | ");
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
