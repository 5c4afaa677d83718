package dev.mailroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.search.IndexHit;
import dev.mailroom.search.IndexHits;
import dev.mailroom.search.SearchService;
import dev.mailroom.search.SortOrder;
import dev.mailroom.search.internal.lucene.LuceneSearchIndex;
import dev.mailroom.search.query.QueryNode;
import dev.mailroom.testing.TestMail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real import processes with SIGKILL at several points and checks that running the import
 * again ends with exactly the store an uninterrupted run makes.
 */
class CrashSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void anImportKilledAtAnyMomentAndRunAgainShouldEndWithTheSameStore() throws Exception {
        Path corpus = corpus(tmp.resolve("corpus"), 5000);
        Path reference = tmp.resolve("reference");
        assertThat(runImport(reference, corpus, -1)).isZero();

        Path crashed = tmp.resolve("crashed");
        int total = Snapshot.of(reference).messages.size();
        int partial = 0;
        // Kill once before anything is committed, then each time the store has grown past a mark.
        for (double mark : new double[] {0.0, 0.2, 0.45, 0.7, 0.9}) {
            int before = storedMessages(crashed);
            if (runImport(crashed, corpus, (int) (mark * total)) == -1) {
                int stored = storedMessages(crashed);
                if (stored > before && stored < total) {
                    partial++;
                }
            }
        }
        assertThat(runImport(crashed, corpus, -1)).isZero();

        assertThat(partial).as("at least one kill landed in the middle of an import").isPositive();
        Snapshot expected = Snapshot.of(reference);
        Snapshot actual = Snapshot.of(crashed);
        assertThat(actual.messages).hasSize(expected.messages.size());
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.blobs).as("no orphan blob").isEqualTo(actual.referenced);
        assertThat(indexedIds(crashed)).as("every message indexed exactly once").isEqualTo(storedIds(crashed));
    }

    /** The ids in the search index, failing when one is there twice. */
    private static List<Long> indexedIds(Path dataDir) {
        try (LuceneSearchIndex index = LuceneSearchIndex.openForReading(SearchService.indexDir(dataDir))) {
            IndexHits all = index.search(new QueryNode.All(), t -> new long[0], SortOrder.OLDEST, 100_000, false);
            assertThat(all.total()).isEqualTo(all.hits().size());
            List<Long> ids = all.hits().stream().map(IndexHit::id).sorted().toList();
            assertThat(new TreeSet<>(ids)).as("no message indexed twice").hasSize(ids.size());
            return ids;
        }
    }

    private static List<Long> storedIds(Path dataDir) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("mailroom.db"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM messages ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static int storedMessages(Path dataDir) {
        return count(dataDir.resolve("mailroom.db"), "SELECT count(*) FROM messages");
    }

    private static int blobCount(Path dataDir) {
        return count(dataDir.resolve("blobs.db"), "SELECT count(*) FROM blobs");
    }

    private static int count(Path db, String sql) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return 0; // the process has not created the schema yet
        }
    }

    /**
     * Runs {@code mailroom import} in a child JVM. Unless {@code killAtMessages} is negative, kills it
     * with SIGKILL as soon as the store holds more than that many messages (0: as soon as the
     * import has started writing blobs) and returns -1.
     */
    private static int runImport(Path dataDir, Path corpus, int killAtMessages) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "dev.mailroom.cli.Main", "import", "--json", "--no-embeddings", "--data-dir",
                dataDir.toString(), corpus.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
        int already = storedMessages(dataDir);
        Process p = pb.start();
        if (killAtMessages >= 0) {
            while (p.isAlive()) {
                boolean started = killAtMessages == 0 ? blobCount(dataDir) > already : storedMessages(dataDir) > killAtMessages;
                if (started) {
                    p.destroyForcibly(); // SIGKILL on Unix
                    p.waitFor();
                    return -1;
                }
                Thread.sleep(5);
            }
        }
        p.waitFor(5, TimeUnit.MINUTES);
        return p.exitValue();
    }

    /** Threads of five messages with references, duplicates, twins and a few broken files. */
    static Path corpus(Path dir, int count) throws IOException {
        Path mbox = dir.resolve("archive.mbox");
        Path cur = dir.resolve("Maildir/cur");
        Files.createDirectories(cur);
        Files.createDirectories(dir.resolve("Maildir/new"));
        Files.createDirectories(dir.resolve("Maildir/tmp"));
        StringBuilder box = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int root = i - i % 5;
            TestMail m = TestMail.message().id("m" + i + "@crash.example").from("p" + (i % 7) + "@crash.example")
                    .to("p" + ((i + 1) % 7) + "@crash.example").subject((i % 5 == 0 ? "" : "Re: ") + "Topic " + root)
                    .date("Mon, 6 Jan 2025 " + String.format("%02d:%02d:%02d", (i / 3600) % 24, (i / 60) % 60, i % 60) + " +0000")
                    .body("Message number " + i + "\nFrom here on, some text.\n" + "line\n".repeat(i % 40));
            if (i % 5 != 0) {
                m.inReplyTo("m" + (i - 1) + "@crash.example").references("m" + root + "@crash.example", "m" + (i - 1) + "@crash.example");
            }
            if (i % 211 == 7) {
                // same Message-ID as an earlier message, other content: a twin
                m = TestMail.message().id("m" + (i - 3) + "@crash.example").from("p1@crash.example").subject("Twin " + i).body("other " + i);
            }
            String text = m.text().replace("\r\n", "\n");
            if (i % 2 == 0) {
                box.append("From p@crash.example Mon Jan  6 10:00:00 2025\n").append(text.replaceAll("(?m)^From ", ">From ")).append("\n");
            } else {
                Files.writeString(cur.resolve(i + ".host:2,S"), text);
            }
            if (i % 97 == 3) {
                Files.writeString(cur.resolve(i + ".copy:2,"), text); // byte-identical duplicate
            }
            if (i % 700 == 5) {
                Files.write(cur.resolve(i + ".broken:2,"), new byte[] {0, 0, 7, '\n', (byte) i});
            }
        }
        Files.writeString(mbox, box, StandardCharsets.UTF_8);
        return dir;
    }

    /** Everything that makes up a store, independent of row ids. */
    record Snapshot(Map<String, String> messages, Set<Set<String>> threads, Set<String> quarantine, Set<String> blobs,
            Set<String> referenced) {

        static Snapshot of(Path dataDir) throws SQLException {
            Map<String, String> messages = new TreeMap<>();
            Map<Long, Set<String>> threads = new TreeMap<>();
            Set<String> referenced = new TreeSet<>();
            Set<String> quarantine = new TreeSet<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("mailroom.db"));
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("""
                        SELECT m.blob_sha256, f.name, m.flags, m.message_id, m.thread_id, p.blob_sha256, t.blob_sha256,
                               m.subject, m.date_text, (SELECT count(*) FROM addresses a WHERE a.message_id = m.id),
                               th.message_count
                        FROM messages m JOIN folders f ON f.id = m.folder_id JOIN threads th ON th.id = m.thread_id
                        LEFT JOIN messages p ON p.id = m.parent_id LEFT JOIN messages t ON t.id = m.twin_of""")) {
                    while (rs.next()) {
                        String sha = rs.getString(1);
                        messages.put(sha, String.join("|", rs.getString(2), rs.getString(3), String.valueOf(rs.getString(4)),
                                "parent=" + rs.getString(6), "twin=" + rs.getString(7), String.valueOf(rs.getString(8)),
                                String.valueOf(rs.getString(9)), "addresses=" + rs.getInt(10), "threadsize=" + rs.getInt(11)));
                        threads.computeIfAbsent(rs.getLong(5), k -> new TreeSet<>()).add(sha);
                        referenced.add(sha);
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT blob_sha256, reason, folder FROM quarantine")) {
                    while (rs.next()) {
                        quarantine.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                        referenced.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM threads WHERE id NOT IN (SELECT thread_id FROM messages)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("threads without messages").isZero();
                }
            }
            Set<String> blobs = new TreeSet<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("blobs.db"));
                    Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sha256 FROM blobs")) {
                while (rs.next()) {
                    blobs.add(rs.getString(1));
                }
            }
            return new Snapshot(messages, new java.util.HashSet<>(threads.values()), quarantine, blobs, referenced);
        }
    }

}
