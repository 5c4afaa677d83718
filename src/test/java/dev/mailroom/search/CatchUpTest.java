package dev.mailroom.search;

import static dev.mailroom.search.SearchFixture.mail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.ImportListener;
import dev.mailroom.ingest.IngestService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mail stored while the index was not running is indexed by the next catch-up, once. */
class CatchUpTest {

    @TempDir
    Path dir;

    @Test
    void catchUpShouldIndexWhatTheStoreHasAndTheIndexLacksOnce() throws Exception {
        try (SearchFixture f = new SearchFixture(dir)) {
            f.add(mail("Indexed as stored", "a@example.org", "alpha"));
            f.importAll();
            assertThat(f.search.stats().documents()).isEqualTo(1);

            f.add(mail("Stored without the index", "b@example.org", "bravo"));
            f.add(mail("Also without", "c@example.org", "charlie"));
            new IngestService(f.store, f.blobs, SearchFixture.CLOCK, 2).importPaths(List.of(f.maildir), "local", ImportListener.NONE);
            assertThat(f.subjects("bravo")).isEmpty();
            assertThat(f.search("bravo").notes()).singleElement().asString().contains("up to 2 stored messages are not searchable yet");

            assertThat(f.search.catchUp(ProgressListener.NONE)).isEqualTo(2);
            assertThat(f.subjects("bravo")).containsExactly("Stored without the index");
            assertThat(f.search("bravo").notes()).isEmpty();
            assertThat(f.search.catchUp(ProgressListener.NONE)).isZero();
            assertThat(f.search.stats().documents()).isEqualTo(3);
            assertThat(f.search.stats().indexedUpTo()).isEqualTo(f.search.stats().lastMessageId());
        }
    }

    @Test
    void reindexShouldRebuildEverythingFromTheStore() {
        try (SearchFixture f = new SearchFixture(dir)) {
            f.add(mail("One", "a@example.org", "alpha"));
            f.add(mail("Two", "b@example.org", "bravo"));
            f.importAll();
            assertThat(f.search.reindex(ProgressListener.NONE)).isEqualTo(2);
            assertThat(f.search.stats().documents()).isEqualTo(2);
            assertThat(f.subjects("alpha")).containsExactly("One");
        }
    }
}
