package dev.mailroom.cli;

import dev.mailroom.classify.ClassificationService;
import dev.mailroom.classify.ClassificationSettings;
import dev.mailroom.db.Database;
import dev.mailroom.extract.PaymentExtractor;
import dev.mailroom.extract.PaymentGate;
import dev.mailroom.extract.PaymentSettings;
import dev.mailroom.extract.PaymentsService;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.internal.SqliteBlobStore;
import dev.mailroom.mailbox.internal.SqlMetadataStore;
import dev.mailroom.search.SearchService;
import dev.mailroom.shared.Settings;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The composition root of the command line: opens a data dir's stores and hands out module
 * facades. Commands that write take the data dir's lock, so that two imports never interleave.
 *
 * <p>Metadata goes to {@code DIR/mailroom.db} (SQLite) unless {@code MAILROOM_DATABASE_URL} names a
 * PostgreSQL database; raw mail always goes to {@code DIR/blobs.db}.
 */
final class Context implements AutoCloseable {

    private final Path dataDir;
    private final Database database;
    private final MetadataStore store;
    private final SqliteBlobStore blobs;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private SearchService search;
    private Settings settings;
    private ClassificationService classification;
    private PaymentsService payments;

    private Context(Path dataDir, boolean exclusive) throws IOException {
        this.dataDir = dataDir;
        this.clock = Clock.systemDefaultZone();
        Files.createDirectories(dataDir);
        if (exclusive) {
            lockChannel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("another Mailroom process is writing to " + dataDir + "; wait for it to finish");
            }
        } else {
            lockChannel = null;
            lock = null;
        }
        String url = System.getenv("MAILROOM_DATABASE_URL");
        this.database = (url == null || url.isBlank() ? Database.sqlite(dataDir) : Database.at(url)).migrate();
        this.store = SqlMetadataStore.open(database, clock);
        this.blobs = new SqliteBlobStore(dataDir.resolve("blobs.db"));
    }

    /** The context a daemon keeps open for its data dir; commands reading that dir use it and do not close it. */
    private static volatile Context shared;

    private boolean isShared;

    static void share(Context context) {
        if (context != null) {
            context.isShared = true;
        } else if (shared != null) {
            shared.isShared = false;
        }
        shared = context;
    }

    /** Opens a data dir for reading; a data dir with no store yet is an error that says what to do. */
    static Context read(Path dataDir) throws IOException {
        Context s = shared;
        if (s != null && s.dataDir.equals(dataDir)) {
            return s;
        }
        String url = System.getenv("MAILROOM_DATABASE_URL");
        if ((url == null || url.isBlank()) && !Files.exists(dataDir.resolve("mailroom.db"))) {
            throw new IllegalStateException("no Mailroom store in " + dataDir
                    + "; import mail first (mailroom import PATH --data-dir " + dataDir + ") or try: mailroom demo");
        }
        return new Context(dataDir, false);
    }

    /** Opens a data dir for writing, holding its lock until closed. */
    static Context write(Path dataDir) throws IOException {
        return new Context(dataDir, true);
    }

    Path dataDir() {
        return dataDir;
    }

    /** The migrated metadata database, for modules that keep their own tables in it. */
    Database database() {
        return database;
    }

    MetadataStore store() {
        return store;
    }

    BlobStore blobs() {
        return blobs;
    }

    Clock clock() {
        return clock;
    }

    IngestService ingest() {
        return new IngestService(store, blobs, clock, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Ingest that also classifies, finds payments in and indexes what it stores; the search service
     * must be open for writing. Classification comes first because a rule may mark mail read, which
     * the index records; payments follow classification, as the architecture orders the pipeline.
     */
    IngestService ingest(SearchService search) {
        return new IngestService(store, blobs, clock, Runtime.getRuntime().availableProcessors(),
                List.of(classification().stage(), payments().stage(), search.indexingStage()));
    }

    /** The settings of this data dir: its {@code mailroom.yml} (or {@code $MAILROOM_CONFIG}) and the environment. */
    Settings settings() {
        if (settings == null) {
            settings = Settings.load(dataDir);
        }
        return settings;
    }

    /** Classification on this data dir's database, with the configured settings. Closed with the context. */
    ClassificationService classification() {
        if (classification == null) {
            classification = ClassificationService.open(database, store, blobs, clock,
                    ClassificationSettings.from(settings()));
        }
        return classification;
    }

    /** The payments ledger on this data dir's database, with the configured settings. Closed with the context. */
    PaymentsService payments() {
        if (payments == null) {
            payments = PaymentsService.open(database, store, blobs, clock, PaymentSettings.from(settings(), zone()),
                    new PaymentExtractor(clock, PaymentGate.choose(settings().text("payments.gate"), dataDir)));
        }
        return payments;
    }

    /** The search index: writable when this context holds the lock, else read-only. Closed with the context. */
    SearchService search() {
        if (search == null) {
            search = lock != null
                    ? SearchService.openForWriting(dataDir, store, blobs, clock, zone())
                    : SearchService.openForReading(dataDir, store, blobs, clock, zone());
        }
        return search;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    @Override
    public void close() throws IOException {
        if (isShared) {
            return;
        }
        if (search != null) {
            search.close();
        }
        if (classification != null) {
            classification.close();
        }
        if (payments != null) {
            payments.close();
        }
        store.close();
        blobs.close();
        if (lock != null) {
            lock.release();
            lockChannel.close();
        }
    }
}
