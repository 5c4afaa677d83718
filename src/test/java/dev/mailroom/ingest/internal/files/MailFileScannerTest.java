package dev.mailroom.ingest.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.ingest.MessageFlag;
import dev.mailroom.ingest.RawMessage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailFileScannerTest {

    private static final String ENVELOPE = "From alice@example.org Thu Aug 22 13:17:22 2002\n";

    @TempDir
    Path dir;

    private final MailFileScanner scanner = new MailFileScanner();

    private static String message(String subject) {
        return "From: alice@example.org\nSubject: " + subject + "\n\nbody of " + subject + "\n";
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private RecordingVisitor scan(Path... paths) throws IOException {
        RecordingVisitor visitor = new RecordingVisitor();
        scanner.scan(List.of(paths), visitor);
        return visitor;
    }

    @Test
    void scanShouldDeliverEachMboxMessageWithFolderFromTheFileNameAndNumberedLocation() throws IOException {
        Path mbox = write("Archive/2024.mbox", ENVELOPE + message("one") + "\n" + ENVELOPE + message("two") + "\n");
        FileTime modified = FileTime.from(Instant.parse("2024-05-01T10:00:00Z"));
        Files.setLastModifiedTime(mbox, modified);

        RecordingVisitor visitor = scan(dir);

        assertThat(visitor.texts()).containsExactly(message("one"), message("two"));
        assertThat(visitor.folders()).containsExactly("Archive/2024", "Archive/2024");
        assertThat(visitor.locations()).containsExactly(mbox + "#1", mbox + "#2");
        assertThat(visitor.messages).allSatisfy(m -> assertThat(m.fileTime()).isEqualTo(modified.toInstant()));
        assertThat(visitor.unreadables).isEmpty();
    }

    @Test
    void scanShouldNameMboxFilesCalledInboxOrMboxInbox() throws IOException {
        write("inbox", ENVELOPE + message("a"));
        write("Work.mbx", ENVELOPE + message("b"));
        write("mbox", ENVELOPE + message("c"));

        assertThat(scan(dir).folders()).containsExactly("Work", "INBOX", "INBOX");
    }

    @Test
    void scanShouldDeliverNothingForAnEmptyMboxAndOneMessageForASingleMessageMbox() throws IOException {
        Path empty = write("empty.mbox", "");
        Path single = write("single.mbox", ENVELOPE + message("only"));

        RecordingVisitor visitor = scan(empty, single);

        assertThat(visitor.texts()).containsExactly(message("only"));
        assertThat(visitor.locations()).containsExactly(single + "#1");
        assertThat(visitor.folders()).containsExactly("single");
        assertThat(visitor.unreadables).isEmpty();
    }

    @Test
    void scanShouldRecogniseThunderbirdAndAppleMailMailboxes() throws IOException {
        write("Local Folders/Sent", "From - Sat Jan  3 01:05:34 1996\n" + message("sent"));
        write("Local Folders/Sent.msf", "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        write("Local Folders/Archives.sbd/2023", "From - Sat Jan  3 01:05:34 1996\n" + message("old"));
        write("Local Folders/Archives.sbd/2023.msf", "");
        write("Export/Work.mbox/mbox", ENVELOPE + message("work"));
        write("Export/Work.mbox/table_of_contents", "\u0000\u0001binary");
        write("Export/Work.mbox/Info.plist", "<plist/>");

        RecordingVisitor visitor = scan(dir);

        assertThat(visitor.texts()).containsExactly(message("work"), message("old"), message("sent"));
        assertThat(visitor.folders()).containsExactly("Export/Work", "Local Folders/Archives/2023", "Local Folders/Sent");
        assertThat(visitor.unreadables).isEmpty();
    }

    @Test
    void scanShouldNameAnAppleMailBundleGivenDirectlyAfterItself() throws IOException {
        write("Work.mbox/mbox", ENVELOPE + message("work"));

        assertThat(scan(dir.resolve("Work.mbox")).folders()).containsExactly("Work");
        assertThat(scan(dir.resolve("Work.mbox/mbox")).folders()).containsExactly("Work");
    }

    @Test
    void scanShouldReadMaildirFlagsFromCurAndNoneFromNew() throws IOException {
        write("Maildir/cur/1700000001.M1.host:2,SR", message("seen and answered"));
        write("Maildir/cur/1700000002.M2.host!2,FT", message("flagged and trashed"));
        write("Maildir/cur/1700000003.M3.host;2,DP", message("draft and passed"));
        write("Maildir/new/1700000004.M4.host:2,S", message("new"));
        write("Maildir/tmp/1700000005.M5.host", message("being delivered"));
        write("Maildir/dovecot-uidlist", "3 V1 N5\n");
        write("Maildir/dovecot.index.log", "binary");
        write("Maildir/subscriptions", "Work\n");

        RecordingVisitor visitor = scan(dir.resolve("Maildir"));

        assertThat(visitor.messages).extracting(RawMessage::flags).containsExactly(
                Set.of(MessageFlag.SEEN, MessageFlag.ANSWERED),
                Set.of(MessageFlag.FLAGGED, MessageFlag.DELETED),
                Set.of(MessageFlag.DRAFT, MessageFlag.PASSED),
                Set.of());
        assertThat(visitor.folders()).containsOnly("INBOX");
        assertThat(visitor.locations()).last().isEqualTo(dir.resolve("Maildir/new/1700000004.M4.host:2,S").toString());
        assertThat(visitor.unreadables).isEmpty();
    }

    @Test
    void scanShouldMapMaildirPlusPlusSubfoldersAndNestedMaildirsToFolders() throws IOException {
        write("Maildir/cur/1:2,S", message("inbox"));
        Files.createDirectories(dir.resolve("Maildir/new"));
        write("Maildir/.Work.Projects/cur/2:2,", message("project"));
        write("Maildir/.Work.Projects/new/3", message("new project"));
        write("Maildir/.Work.Projects/maildirfolder", "");
        write("Maildir/.Work.Projects/courierimapkeywords/x", "");
        Files.createDirectories(dir.resolve("Maildir/.Work.Projects/tmp"));
        write("Maildir/Archive/cur/4:2,S", message("archived"));
        Files.createDirectories(dir.resolve("Maildir/Archive/new"));

        RecordingVisitor visitor = scan(dir.resolve("Maildir"));

        assertThat(visitor.texts()).containsExactly(message("inbox"), message("project"), message("new project"), message("archived"));
        assertThat(visitor.folders()).containsExactly("INBOX", "Work/Projects", "Work/Projects", "Archive");
        assertThat(visitor.unreadables).isEmpty();
    }

    @Test
    void scanShouldRecogniseAMaildirThatLostItsEmptyNewAndTmpDirectories() throws IOException {
        write("backup/Archive/cur/1:2,S", message("archived"));

        RecordingVisitor visitor = scan(dir.resolve("backup"));

        assertThat(visitor.folders()).containsExactly("Archive");
        assertThat(visitor.messages).extracting(RawMessage::flags).containsExactly(Set.of(MessageFlag.SEEN));
    }

    @Test
    void scanShouldVisitADirectoryReachedTwiceThroughASymlinkOnlyOnce() throws IOException {
        write("a/1.eml", message("once"));
        Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));

        assertThat(scan(dir).texts()).containsExactly(message("once"));
    }

    @Test
    void scanShouldReportFilesInTreesThatAreNamedAsMailButAreNot() throws IOException {
        Path mbox = write("notes.mbox", "just some notes\n");
        Path eml = write("empty.eml", "");

        RecordingVisitor visitor = scan(dir);

        assertThat(visitor.unreadables).extracting(RecordingVisitor.Unreadable::location).containsExactly(eml.toString(), mbox.toString());
        assertThat(visitor.unreadables).extracting(RecordingVisitor.Unreadable::reason).containsExactly(
                "not an email message: the file is empty",
                "not an email message: it starts with neither an mbox From line nor a header field");
    }

    @Test
    void scanShouldReportAnExplicitPipeInsteadOfBlockingOnIt() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available; skipping");

        RecordingVisitor visitor = scan(fifo);

        assertThat(visitor.unreadables).singleElement().extracting(RecordingVisitor.Unreadable::reason)
                .isEqualTo("cannot read: not a regular file");
    }

    @Test
    void scanShouldTakeFoldersOfEmlFilesFromTheirDirectories() throws IOException {
        write("top.eml", message("top"));
        write("clients/acme/2024/invoice.eml", message("invoice"));
        write("clients/acme/contract.eml", message("contract"));

        RecordingVisitor visitor = scan(dir);

        assertThat(visitor.texts()).containsExactly(message("invoice"), message("contract"), message("top"));
        assertThat(visitor.folders()).containsExactly("clients/acme/2024", "clients/acme", "INBOX");
        assertThat(visitor.locations()).first().isEqualTo(dir.resolve("clients/acme/2024/invoice.eml").toString());
    }

    @Test
    void scanShouldReadBareFilesWithALeadingEnvelopeLineAsOneMessageOfTheirDirectory() throws IOException {
        Path bare = write("easy_ham/00001.7c53336b37003a9286aba55d2945844c", ENVELOPE + "Return-Path: <a@example.org>\n" + message("ham"));
        write("easy_ham/00002.9c4069e25e1ef370c078db7ee85ff9ac", "Return-Path: b@example.org\n" + message("ham without envelope"));

        RecordingVisitor visitor = scan(dir);

        assertThat(visitor.texts()).containsExactly("Return-Path: <a@example.org>\n" + message("ham"), "Return-Path: b@example.org\n" + message("ham without envelope"));
        assertThat(visitor.folders()).containsExactly("easy_ham", "easy_ham");
        assertThat(visitor.locations()).first().isEqualTo(bare.toString());
    }

    @Test
    void scanShouldTreatABareFileHoldingSeveralMessagesAsAnMboxNamedAfterIt() throws IOException {
        Path sent = write("mail/Sent", ENVELOPE + message("one") + "\n" + ENVELOPE + message("two"));

        RecordingVisitor visitor = scan(dir);

        assertThat(visitor.folders()).containsExactly("mail/Sent", "mail/Sent");
        assertThat(visitor.locations()).containsExactly(sent + "#1", sent + "#2");
    }

    @Test
    void scanShouldSkipNonMailFilesInTreesQuietly() throws IOException {
        write("labels.tsv", "path\tlabel\tsubset\n");
        write("datapackage.json", "{\"name\": \"corpus\"}\n");
        write("LICENSE.stdlib-package", "The use of the database is licensed under an Open Data Commons licence.\n");
        write("README", "Note: read me\nThis corpus holds mail.\n");
        write("spam/cmds", "mv 00001.317e78fa8ee2f54cd4890fdc09ba8176 00001\n");
        write("spam/.DS_Store", "\u0000\u0000\u0000\u0001Bud1");
        write("spam/index", "");
        write("spam/00001", message("spam"));
        write(".hidden/00002", message("hidden"));

        RecordingVisitor visitor = scan(dir);

        assertThat(visitor.texts()).containsExactly(message("spam"));
        assertThat(visitor.unreadables).isEmpty();
    }

    @Test
    void scanShouldReportAFileGivenExplicitlyThatIsNotMail() throws IOException {
        Path notes = write("notes.txt", "Shopping list\n- milk\n");
        Path eml = write("mail.eml", message("explicit"));

        RecordingVisitor visitor = scan(notes, eml);

        assertThat(visitor.unreadables).singleElement().satisfies(unreadable -> {
            assertThat(unreadable.location()).isEqualTo(notes.toString());
            assertThat(unreadable.reason()).startsWith("not an email message: ");
            assertThat(unreadable.bytes()).isEqualTo(Files.readAllBytes(notes));
        });
        assertThat(visitor.folders()).containsExactly("INBOX");
    }

    @Test
    void scanShouldReportAnUnreadableFileInATreeAndGoOn() throws IOException {
        // Tests run as root, where chmod 000 does not stop reading; a dangling symlink cannot be read by anyone.
        Path dangling = Files.createSymbolicLink(dir.resolve("a-broken.eml"), dir.resolve("missing.eml"));
        write("b.eml", message("fine"));

        RecordingVisitor visitor = scan(dir);

        assertThat(visitor.texts()).containsExactly(message("fine"));
        assertThat(visitor.unreadables).singleElement().satisfies(unreadable -> {
            assertThat(unreadable.location()).isEqualTo(dangling.toString());
            assertThat(unreadable.reason()).isEqualTo("cannot read: broken symbolic link");
            assertThat(unreadable.bytes()).isEmpty();
        });
    }

    @Test
    void scanShouldThrowForAMissingTopLevelPathBeforeDeliveringAnything() throws IOException {
        Path eml = write("mail.eml", message("never"));
        Path missing = dir.resolve("missing");
        RecordingVisitor visitor = new RecordingVisitor();

        assertThatThrownBy(() -> scanner.scan(List.of(eml, missing), visitor))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessage("no such file or directory: " + missing);
        assertThat(visitor.messages).isEmpty();
    }

    @Test
    void scanShouldDeliverTheSameOrderEveryTime() throws IOException {
        for (String name : List.of("b/2.eml", "a/10.eml", "a/9.eml", "c.mbox", "B/1.eml")) {
            write(name, message(name));
        }
        write("c.mbox", ENVELOPE + message("c1") + "\n" + ENVELOPE + message("c2"));

        List<String> first = scan(dir).locations();

        assertThat(scan(dir).locations()).isEqualTo(first);
        assertThat(first).containsExactly(
                dir.resolve("B/1.eml").toString(),
                dir.resolve("a/10.eml").toString(),
                dir.resolve("a/9.eml").toString(),
                dir.resolve("b/2.eml").toString(),
                dir.resolve("c.mbox") + "#1",
                dir.resolve("c.mbox") + "#2");
    }

    @Test
    void totalBytesShouldSumTheFilesScanOpensWithoutReadingThem() throws IOException {
        write("a.eml", "12345");
        write("Maildir/cur/1:2,S", "123");
        Files.createDirectories(dir.resolve("Maildir/new"));
        write("Maildir/dovecot-uidlist", "not counted");
        write(".hidden", "not counted");
        write("labels.tsv", "not counted");

        assertThat(scanner.totalBytes(List.of(dir))).isEqualTo(8);
        assertThat(scanner.totalBytes(List.of(dir.resolve("a.eml"), dir.resolve("missing")))).isEqualTo(5);
    }

    @Test
    void detectShouldNameTheFormatOfAPath() throws IOException {
        Files.createDirectories(dir.resolve("Maildir/cur"));
        Files.createDirectories(dir.resolve("Maildir/new"));

        assertThat(MailFileScanner.detect(write("a.mbox", ""))).isEqualTo(MailFileScanner.Format.MBOX);
        assertThat(MailFileScanner.detect(write("00001", ENVELOPE + message("x")))).isEqualTo(MailFileScanner.Format.MBOX);
        assertThat(MailFileScanner.detect(write("b.eml", message("x")))).isEqualTo(MailFileScanner.Format.MESSAGE);
        assertThat(MailFileScanner.detect(write("c.txt", "hello\n"))).isEqualTo(MailFileScanner.Format.NOT_MAIL);
        assertThat(MailFileScanner.detect(dir.resolve("Maildir"))).isEqualTo(MailFileScanner.Format.MAILDIR);
        assertThat(MailFileScanner.detect(dir)).isEqualTo(MailFileScanner.Format.DIRECTORY);
    }
}
