package dev.mailroom.ingest.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the scanner over the SpamAssassin public corpus in {@code ../shared/data}, when present. */
class SpamAssassinCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("mailroom.corpus.dir", "../shared/data")).resolve("spamassassin");

    @Test
    void scanShouldFindEveryMessageOfTheCorpusAndNothingElse() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "SpamAssassin corpus not found at " + CORPUS.toAbsolutePath()
                + " (set -Dmailroom.corpus.dir); skipping");
        RecordingVisitor visitor = new RecordingVisitor();

        new MailFileScanner().scan(List.of(CORPUS), visitor);

        assertThat(visitor.messages).hasSize(6046);
        assertThat(visitor.unreadables).isEmpty();
        assertThat(visitor.folders()).containsOnly("easy_ham", "easy_ham_2", "hard_ham", "spam", "spam_2");
        assertThat(visitor.texts()).noneMatch(text -> text.startsWith("From "));
    }
}
