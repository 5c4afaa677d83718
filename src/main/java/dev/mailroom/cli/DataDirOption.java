package dev.mailroom.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data-dir} option every command takes: the option, else {@code MAILROOM_DATA_DIR},
 * else {@code ./data}.
 */
final class DataDirOption {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data directory (default: $MAILROOM_DATA_DIR, else ./data).")
    Path dataDir;

    /** The data directory this command uses. */
    Path resolve() {
        if (dataDir != null) {
            return dataDir.toAbsolutePath().normalize();
        }
        String env = System.getenv("MAILROOM_DATA_DIR");
        Path dir = env == null || env.isBlank() ? Path.of("data") : Path.of(env);
        return dir.toAbsolutePath().normalize();
    }
}
