package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirSizeTest {

    @TempDir
    Path dir;

    @Test
    void bytesShouldAddUpRegularFilesInAllSubdirectories() throws Exception {
        Files.write(dir.resolve("a"), new byte[100]);
        Files.write(Files.createDirectories(dir.resolve("x/y")).resolve("b"), new byte[23]);
        Files.createDirectories(dir.resolve("empty"));

        assertThat(DirSize.bytes(dir)).isEqualTo(123);
    }

    @Test
    void bytesShouldNotFollowSymbolicLinks() throws Exception {
        Path outside = Files.write(Files.createDirectories(dir.resolve("outside")).resolve("big"), new byte[1000]);
        Path measured = Files.createDirectories(dir.resolve("measured"));
        Files.write(measured.resolve("small"), new byte[10]);
        Files.createSymbolicLink(measured.resolve("link"), outside.getParent());

        assertThat(DirSize.bytes(measured)).isEqualTo(10);
    }

    @Test
    void bytesOfAMissingDirectoryShouldBeZero() {
        assertThat(DirSize.bytes(dir.resolve("missing"))).isZero();
    }
}
