package dev.mailroom.search;

import dev.mailroom.db.Database;
import dev.mailroom.ingest.ImportListener;
import dev.mailroom.ingest.ImportSummary;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.internal.SqlMetadataStore;
import dev.mailroom.mailbox.internal.SqliteBlobStore;
import dev.mailroom.search.internal.embed.Embedder;
import dev.mailroom.search.internal.embed.MiniLmEmbedder;
import dev.mailroom.search.internal.lucene.LuceneSearchIndex;
import dev.mailroom.testing.TestMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * A data dir with real stores and a real index, filled through the import pipeline as a user's
 * import fills it. Messages go into a Maildir first, so folders and flags come from file names.
 */
final class SearchFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZONE);

    final Path dataDir;
    final Path maildir;
    final MetadataStore store;
    final SqliteBlobStore blobs;
    final SearchService search;
    private int files;

    SearchFixture(Path dir) {
        this(dir, () -> new MiniLmEmbedder(1, java.util.concurrent.ForkJoinPool.commonPool()));
    }

    SearchFixture(Path dir, Supplier<Embedder> embedders) {
        this.dataDir = dir.resolve("data");
        this.maildir = dir.resolve("mail");
        store = SqlMetadataStore.open(Database.sqlite(dataDir).migrate(), CLOCK);
        blobs = new SqliteBlobStore(dataDir.resolve("blobs.db"));
        search = new SearchService(LuceneSearchIndex.openForWriting(SearchService.indexDir(dataDir)), store, blobs, CLOCK, ZONE,
                embedders);
    }

    /** Adds a message to the Maildir folder (INBOX when empty) with Maildir flag letters such as "S" or "FS". */
    SearchFixture add(String folder, String flags, TestMail mail) {
        return add(folder, flags, mail.bytes());
    }

    SearchFixture add(String folder, String flags, byte[] bytes) {
        try {
            Path dir = maildir.resolve(folder.isEmpty() ? "" : "." + folder.replace('/', '.')).resolve("cur");
            Files.createDirectories(dir);
            Files.createDirectories(dir.resolveSibling("new"));
            Files.createDirectories(dir.resolveSibling("tmp"));
            Files.write(dir.resolve(String.format("%06d.test:2,%s", ++files, flags)), bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SearchFixture add(TestMail mail) {
        return add("", "S", mail);
    }

    /** Imports everything added so far, indexing it on the way. */
    ImportSummary importAll() {
        return importAll("local");
    }

    ImportSummary importAll(String account) {
        try {
            IngestService ingest = new IngestService(store, blobs, CLOCK, 2, List.of(search.indexingStage()));
            return ingest.importPaths(List.of(maildir), account, ImportListener.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports files or directories as they are, indexing them. */
    ImportSummary importPath(Path path) {
        try {
            IngestService ingest = new IngestService(store, blobs, CLOCK, 2, List.of(search.indexingStage()));
            return ingest.importPaths(List.of(path), "local", ImportListener.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports one message as an .eml file into {@code account}. */
    ImportSummary importOne(TestMail mail, String account) {
        try {
            Path eml = maildir.resolveSibling("single-" + (++files) + ".eml");
            Files.write(eml, mail.bytes());
            IngestService ingest = new IngestService(store, blobs, CLOCK, 2, List.of(search.indexingStage()));
            return ingest.importPaths(List.of(eml), account, ImportListener.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subjects of the results of a keyword search, best first. */
    List<String> subjects(String query) {
        return search.search(SearchRequest.of(query, 50)).results().stream().map(SearchHit::subject).toList();
    }

    SearchResults search(String query) {
        return search.search(SearchRequest.of(query, 50));
    }

    @Override
    public void close() {
        search.close();
        store.close();
        blobs.close();
    }

    /** A plain UTF-8 text message. */
    static TestMail mail(String subject, String from, String body) {
        return mail(subject, from, body, "Mon, 2 Nov 2026 10:00:00 +0100");
    }

    static TestMail mail(String subject, String from, String body, String date) {
        return TestMail.message()
                .id(Integer.toHexString(subject.hashCode()) + "." + Integer.toHexString(body.hashCode()) + "@test.example")
                .from(from)
                .to("Alex Morgan <alex@morgan-home.example>")
                .subject(subject)
                .date(date)
                .header("MIME-Version", "1.0")
                .header("Content-Type", "text/plain; charset=utf-8")
                .body(body);
    }
}
