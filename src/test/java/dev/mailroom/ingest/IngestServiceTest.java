package dev.mailroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.mailbox.ThreadSummary;
import dev.mailroom.testing.TestMail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

    @TempDir
    Path tmp;

    private ImportFixture fx;

    @BeforeEach
    void open() {
        fx = new ImportFixture(tmp.resolve("data"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Path mbox(String name, byte[]... messages) throws IOException {
        StringBuilder s = new StringBuilder();
        for (byte[] m : messages) {
            s.append("From sender@example.com Mon Jan  6 10:00:00 2025\n")
                    .append(new String(m, StandardCharsets.UTF_8).replace("\r\n", "\n").replaceAll("(?m)^From ", ">From "))
                    .append("\n");
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, s);
        return file;
    }

    private static byte[] simple(int n) {
        return TestMail.message().id("m" + n + "@example.com").from("Ann <ann@example.com>").to("bob@example.com")
                .subject("Message " + n).date("Mon, 6 Jan 2025 10:00:" + String.format("%02d", n % 60) + " +0100")
                .body("Body " + n + "\nFrom the start of a line.\n").bytes();
    }

    @Test
    void importingTheSameInputAgainShouldImportNothing() throws IOException {
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            messages.add(simple(i));
        }
        Path file = mbox("inbox.mbox", messages.toArray(byte[][]::new));

        ImportSummary first = fx.importPaths(file);
        ImportSummary second = fx.importPaths(file);

        assertThat(first.seen()).isEqualTo(1200);
        assertThat(first.imported()).isEqualTo(1200);
        assertThat(second.imported()).isZero();
        assertThat(second.duplicates()).isEqualTo(1200);
        assertThat(fx.store.counts().messages()).isEqualTo(1200);
        assertThat(fx.blobs.count()).isEqualTo(1200);
    }

    @Test
    void byteIdenticalMessagesInOneRunShouldBeStoredOnce() throws IOException {
        Path file = mbox("dups.mbox", simple(1), simple(1), simple(2));
        ImportSummary s = fx.importPaths(file);
        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.duplicates()).isEqualTo(1);
    }

    @Test
    void sameMessageIdWithOtherContentShouldBeKeptAndLinkedToItsTwin() throws IOException {
        byte[] a = TestMail.message().id("same@x").from("a@example.com").subject("One").date("Mon, 6 Jan 2025 10:00:00 +0000").body("first").bytes();
        byte[] b = TestMail.message().id("same@x").from("a@example.com").subject("One").date("Mon, 6 Jan 2025 10:00:00 +0000").body("second").bytes();
        fx.importPaths(mbox("twins.mbox", a, b));

        List<StoredMessage> thread = fx.store.threadMessages(fx.store.threads(10).get(0).id());
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).twinOf()).isNull();
        assertThat(thread.get(1).twinOf()).isEqualTo(thread.get(0).id());
    }

    @Test
    void aMessageWithoutHeadersShouldBeQuarantinedWithoutStoppingTheImport() throws IOException {
        Path maildir = tmp.resolve("Maildir");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        Files.createDirectories(maildir.resolve("tmp"));
        Files.write(maildir.resolve("cur/1.host:2,S"), simple(1));
        Files.write(maildir.resolve("cur/2.host:2,S"), new byte[] {0, 1, 2, (byte) 0xff, '\n', 'x'});
        Files.write(maildir.resolve("cur/3.host:2,FS"), simple(3));

        ImportSummary s = fx.importPaths(maildir);

        assertThat(s.seen()).isEqualTo(3);
        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.quarantined()).isEqualTo(1);
        assertThat(fx.store.quarantine()).singleElement().satisfies(q -> {
            assertThat(q.location()).endsWith("2.host:2,S");
            assertThat(q.reason()).isNotBlank();
            assertThat(fx.blobs.get(q.blobSha256())).hasValueSatisfying(b -> assertThat(b).hasSize(6));
        });

        RetrySummary retry = fx.ingest.retryQuarantine();
        assertThat(retry).isEqualTo(new RetrySummary(1, 0, 0, 1));
        assertThat(fx.store.quarantine().get(0).attempts()).isEqualTo(2);
    }

    @Test
    void retryShouldStoreAQuarantinedMessageThatNowParses() {
        byte[] good = simple(7);
        String sha = fx.blobs.put(good);
        long account = fx.store.account("local", "files").id();
        fx.store.write(w -> w.quarantine(account, sha, good.length, "INBOX", "/old/file", "cannot store: disk full"));

        RetrySummary retry = fx.ingest.retryQuarantine();

        assertThat(retry).isEqualTo(new RetrySummary(1, 1, 0, 0));
        assertThat(fx.store.quarantine()).isEmpty();
        assertThat(fx.store.counts().messages()).isEqualTo(1);
    }

    @Test
    void maildirFoldersAndFlagsShouldBeStored() throws IOException {
        Path root = tmp.resolve("Maildir");
        for (String dir : List.of("cur", "new", "tmp", ".Work.Projects/cur", ".Work.Projects/new", ".Work.Projects/tmp")) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.write(root.resolve(".Work.Projects/cur/1.host:2,FS"), simple(1));
        Files.write(root.resolve("new/2.host"), simple(2));

        fx.importPaths(root);

        List<StoredMessage> all = new ArrayList<>();
        for (ThreadSummary t : fx.store.threads(10)) {
            all.addAll(fx.store.threadMessages(t.id()));
        }
        assertThat(all).extracting(StoredMessage::folder, StoredMessage::flags).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Work/Projects", java.util.Set.of("FLAGGED", "SEEN")),
                org.assertj.core.groups.Tuple.tuple("INBOX", java.util.Set.of()));
    }

    @Test
    void aMissingDateShouldFallBackToReceivedAndBeFlagged() throws IOException {
        byte[] m = TestMail.message().header("Received", "from a by b; Tue, 7 Jan 2025 08:30:00 +0100")
                .id("nodate@x").from("a@example.com").subject("No date").bytes();
        Path file = tmp.resolve("nodate.eml");
        Files.write(file, m);
        fx.importPaths(file);
        StoredMessage s = fx.store.message(1).orElseThrow();
        assertThat(s.dateSource()).isEqualTo("RECEIVED");
        assertThat(s.date()).isEqualTo(java.time.OffsetDateTime.parse("2025-01-07T08:30:00+01:00"));
    }

    @Test
    void recoverShouldRemoveBlobsThatNoRowRefersTo() throws IOException {
        fx.importPaths(mbox("one.mbox", simple(1)));
        String orphan = fx.blobs.put("left by a crash".getBytes(StandardCharsets.UTF_8));

        assertThat(fx.ingest.recover()).isEqualTo(1);
        assertThat(fx.blobs.contains(orphan)).isFalse();
        assertThat(fx.blobs.count()).isEqualTo(1);
    }

    @Test
    void aMissingPathShouldFailWithAClearMessage() {
        assertThatThrownBy(() -> fx.importPaths(tmp.resolve("nope")))
                .hasMessageContaining("no such file or directory").hasMessageContaining("nope");
    }
}
