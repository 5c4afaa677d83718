package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerIndexersTest {

    @TempDir
    Path maildir;

    @BeforeEach
    void writeATinyMaildir() {
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            messages.add(("From: a" + i + "@example.com\nTo: b@example.com\nSubject: message " + i
                            + "\nMessage-ID: <m" + i + "@example.com>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\nhello " + i + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        CorpusMultiplier.writeMultiplied(messages, 2, maildir);
    }

    @Test
    void notmuchShouldIndexEveryMessageOfTheMaildir() throws Exception {
        assumeTrue(PeerIndexers.isInstalled("notmuch"), "notmuch is not installed (apt-get install notmuch)");

        PeerResult result = PeerIndexers.notmuch(maildir, Duration.ofMinutes(2));

        assertThat(result.available()).as(result.note()).isTrue();
        assertThat(result.messages()).isEqualTo(10);
        assertThat(result.seconds()).isPositive();
        assertThat(result.note()).startsWith("notmuch ");
        assertMaildirUntouched();
    }

    @Test
    void muShouldIndexEveryMessageOfTheMaildir() throws Exception {
        assumeTrue(PeerIndexers.isInstalled("mu"), "mu is not installed (apt-get install maildir-utils)");

        PeerResult result = PeerIndexers.mu(maildir, Duration.ofMinutes(2));

        assertThat(result.available()).as(result.note()).isTrue();
        assertThat(result.messages()).isEqualTo(10);
        assertThat(result.seconds()).isPositive();
        assertMaildirUntouched();
    }

    @Test
    void aKeptNotmuchDatabaseShouldAnswerSearchesAndCounts(@TempDir Path keep) {
        assumeTrue(PeerIndexers.isInstalled("notmuch"), "notmuch is not installed (apt-get install notmuch)");

        PeerResult result = PeerIndexers.notmuch(maildir, Duration.ofMinutes(2), keep.resolve("notmuch"));

        assertThat(result.available()).as(result.note()).isTrue();
        PeerSearch search = result.search();
        assertThat(search.database()).isDirectory();
        TimedRun run = search.search("hello", 3);
        assertThat(search.answered(run)).as(run.error()).isTrue();
        assertThat(run.lines()).isEqualTo(3);
        assertThat(search.count("hello")).isEqualTo(10);
        assertThat(search.count("subject:\"message 1\"")).isEqualTo(2);
        assertThat(search.count("nothing-like-this")).isZero();
    }

    @Test
    void aKeptMuDatabaseShouldAnswerSearchesAndCounts(@TempDir Path keep) {
        assumeTrue(PeerIndexers.isInstalled("mu"), "mu is not installed (apt-get install maildir-utils)");

        PeerResult result = PeerIndexers.mu(maildir, Duration.ofMinutes(2), keep.resolve("mu"));

        assertThat(result.available()).as(result.note()).isTrue();
        PeerSearch search = result.search();
        TimedRun run = search.search("hello", 3);
        assertThat(search.answered(run)).as(run.error()).isTrue();
        assertThat(run.lines()).isEqualTo(3);
        assertThat(search.count("hello")).isEqualTo(10);
        assertThat(search.count("from:a1@example.com")).isEqualTo(2);
        TimedRun none = search.search("nothing-like-this", 3);
        assertThat(search.answered(none)).isTrue();
        assertThat(search.count("nothing-like-this")).isZero();
    }

    @Test
    void aTemporaryDatabaseShouldNotBeKept() {
        assumeTrue(PeerIndexers.isInstalled("mu"), "mu is not installed (apt-get install maildir-utils)");

        assertThat(PeerIndexers.mu(maildir, Duration.ofMinutes(2)).search()).isNull();
    }

    @Test
    void aPeerThatFailsShouldComeBackUnavailableWithTheReason() {
        assumeTrue(PeerIndexers.isInstalled("mu"), "mu is not installed (apt-get install maildir-utils)");

        PeerResult result = PeerIndexers.mu(maildir.resolve("does-not-exist"), Duration.ofMinutes(2));

        assertThat(result.available()).isFalse();
        assertThat(result.note()).contains("mu ").contains("log in");
    }

    @Test
    void isInstalledShouldBeFalseForACommandThatDoesNotExist() {
        assertThat(PeerIndexers.isInstalled("no-such-command-mailroom")).isFalse();
    }

    @Test
    void unavailableResultsShouldReportNoThroughput() {
        assertThat(PeerResult.unavailable("x", "why").messagesPerSecond()).isZero();
    }

    private void assertMaildirUntouched() throws Exception {
        try (Stream<Path> entries = Files.list(maildir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cur", "new", "tmp");
        }
    }
}
