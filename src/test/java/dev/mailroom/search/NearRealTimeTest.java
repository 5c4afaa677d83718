package dev.mailroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.MessagesStored;
import dev.mailroom.search.internal.IndexingStage;
import dev.mailroom.search.internal.lucene.LuceneSearchIndex;
import dev.mailroom.search.query.QueryNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another process searching while an import indexes sees new mail within about a second. */
class NearRealTimeTest {

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aReaderShouldSeeBatchesOnceTheStageCommitsThemAboutEverySecond() {
        try (LuceneSearchIndex writer = LuceneSearchIndex.openForWriting(dir)) {
            writer.commit(0);
            IndexingStage stage = new IndexingStage(writer, clock);
            try (LuceneSearchIndex reader = LuceneSearchIndex.openForReading(dir)) {
                stage.messagesStored(batch(1, 2));
                assertThat(count(writer)).as("the writer's own searches are near-real-time").isEqualTo(2);
                assertThat(count(reader)).as("not committed yet").isZero();

                now = now.plus(Duration.ofMillis(1_100));
                stage.messagesStored(batch(3, 4));
                assertThat(count(reader)).isEqualTo(4);
                assertThat(reader.indexedUpTo()).isEqualTo(4);

                stage.messagesStored(batch(5));
                stage.importFinished();
                assertThat(count(reader)).isEqualTo(5);
                assertThat(reader.indexedUpTo()).isEqualTo(5);
            }
        }
    }

    @Test
    void anIndexClosedWithoutCommitShouldKeepOnlyWhatWasCommitted() {
        try (LuceneSearchIndex writer = LuceneSearchIndex.openForWriting(dir)) {
            IndexingStage stage = new IndexingStage(writer, clock);
            stage.messagesStored(batch(1, 2));
            stage.importFinished();
            stage.messagesStored(batch(3));
        }
        try (LuceneSearchIndex again = LuceneSearchIndex.openForWriting(dir)) {
            assertThat(again.indexedUpTo()).isEqualTo(2);
            assertThat(again.count()).isEqualTo(2);
        }
    }

    private static long count(LuceneSearchIndex index) {
        return index.search(new QueryNode.All(), t -> new long[0], SortOrder.RELEVANCE, 10, false).total();
    }

    private static MessagesStored batch(long... ids) {
        List<MessagesStored.Message> messages = new java.util.ArrayList<>();
        for (long id : ids) {
            byte[] raw = SearchFixture.mail("Message " + id, "a@example.org", "Body of message " + id).bytes();
            messages.add(new MessagesStored.Message(id, id, "INBOX", Set.of(), raw.length, IngestService.parseMessage(raw, null)));
        }
        return new MessagesStored("local", messages);
    }
}
