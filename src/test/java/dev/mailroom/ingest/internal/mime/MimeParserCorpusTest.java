package dev.mailroom.ingest.internal.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message of the SpamAssassin public corpus, from the shared data folder. */
class MimeParserCorpusTest {

    @Test
    void parseShouldHandleEverySpamAssassinMessageAndFindDateAndSenderInNearlyAll() throws IOException {
        Path dir = ThirdPartyGoldenTest.corpus().resolve("spamassassin");
        assumeTrue(Files.isDirectory(dir), "SpamAssassin corpus not found, skipping: " + dir);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getParent().equals(dir))
                    .toList();
        }
        MimeParser parser = new MimeParser();
        List<String> failures = new ArrayList<>();
        int dated = 0;
        int withFrom = 0;
        for (Path file : files) {
            try {
                ParsedMessage m = parser.parse(Files.readAllBytes(file), null);
                dated += m.date() != null ? 1 : 0;
                withFrom += m.from().isEmpty() ? 0 : 1;
            } catch (RuntimeException e) {
                failures.add(file + ": " + e);
            }
        }
        assertThat(files).hasSize(6046);
        assertThat(failures).isEmpty();
        assertThat(dated).isGreaterThan(files.size() * 99 / 100);
        assertThat(withFrom).isGreaterThan(files.size() * 99 / 100);
    }
}
