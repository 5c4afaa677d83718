package dev.mailroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Peak resident memory of a process, as Linux reports it in {@code /proc/<pid>/status}. */
public final class Rss {

    private Rss() {}

    /** This JVM's peak resident set size in bytes ({@code VmHWM}), or 0 where it cannot be read. */
    public static long peakRssBytes() {
        return peakRssOf(Path.of("/proc/self/status"));
    }

    /**
     * The peak resident set size in bytes of the running process {@code pid}, or 0 when it cannot be
     * read (not Linux, no such process, or a process that has already exited).
     */
    public static long peakRssBytes(long pid) {
        return peakRssOf(Path.of("/proc", Long.toString(pid), "status"));
    }

    private static long peakRssOf(Path status) {
        List<String> lines;
        try {
            lines = Files.readAllLines(status);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        for (String line : lines) {
            if (line.startsWith("VmHWM:")) {
                return parseKilobytes(line.substring("VmHWM:".length()));
            }
        }
        return 0;
    }

    // The value reads like "   123456 kB".
    private static long parseKilobytes(String value) {
        String digits = value.strip().split("\\s+")[0];
        try {
            return Long.parseLong(digits) * 1024;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
