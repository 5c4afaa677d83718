package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RssTest {

    @Test
    void peakRssBytesShouldBePositiveOnLinux() {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux /proc");

        assertThat(Rss.peakRssBytes()).isGreaterThan(1024 * 1024);
    }

    @Test
    void peakRssBytesOfThisProcessByPidShouldMatchTheSelfFigureRoughly() {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux /proc");

        long byPid = Rss.peakRssBytes(ProcessHandle.current().pid());

        assertThat(byPid).isGreaterThan(1024 * 1024);
    }

    @Test
    void peakRssBytesOfAMissingProcessShouldBeZero() {
        assertThat(Rss.peakRssBytes(Long.MAX_VALUE)).isZero();
    }
}
