package dev.mailroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.mailbox.ThreadSummary;
import dev.mailroom.testing.TestMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threading as a user sees it, through a real import into a real store. */
class ThreadingTest {

    @TempDir
    Path tmp;

    private ImportFixture fx;
    private int n;

    @BeforeEach
    void open() throws IOException {
        fx = new ImportFixture(tmp.resolve("data"));
        Files.createDirectories(tmp.resolve("mail"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void write(TestMail m) throws IOException {
        Files.write(tmp.resolve("mail").resolve(String.format("%03d.eml", n++)), m.bytes());
    }

    private List<List<String>> groups() {
        return fx.store.threads(100).stream()
                .map(t -> fx.store.threadMessages(t.id()).stream().map(StoredMessage::messageId).sorted().toList())
                .sorted((a, b) -> a.get(0).compareTo(b.get(0)))
                .toList();
    }

    @Test
    void repliesShouldJoinTheirParentsThreadThroughReferences() throws IOException {
        write(TestMail.message().id("a@x").from("ann@x.org").to("bob@x.org").subject("Plan").date("Mon, 6 Jan 2025 10:00:00 +0000"));
        write(TestMail.message().id("b@x").from("bob@x.org").to("ann@x.org").subject("Re: Plan").date("Mon, 6 Jan 2025 11:00:00 +0000").inReplyTo("a@x").references("a@x"));
        write(TestMail.message().id("c@x").from("cy@x.org").to("ann@x.org").subject("Something else").date("Mon, 6 Jan 2025 12:00:00 +0000").references("a@x", "b@x"));
        fx.importPaths(tmp.resolve("mail"));

        assertThat(groups()).containsExactly(List.of("a@x", "b@x", "c@x"));
        List<StoredMessage> thread = fx.store.threadMessages(fx.store.threads(1).get(0).id());
        assertThat(thread.get(1).parentId()).isEqualTo(thread.get(0).id());
        assertThat(thread.get(2).parentId()).isEqualTo(thread.get(1).id());
    }

    @Test
    void aReplyArrivingBeforeItsParentShouldMergeAndBeAdopted() throws IOException {
        write(TestMail.message().id("b@x").from("bob@x.org").subject("Re: Plan").date("Mon, 6 Jan 2025 11:00:00 +0000").inReplyTo("a@x"));
        write(TestMail.message().id("c@x").from("cy@x.org").subject("Re: Plan").date("Mon, 6 Jan 2025 12:00:00 +0000").references("a@x"));
        write(TestMail.message().id("a@x").from("ann@x.org").subject("Plan").date("Mon, 6 Jan 2025 10:00:00 +0000"));
        fx.importPaths(tmp.resolve("mail"));

        assertThat(groups()).containsExactly(List.of("a@x", "b@x", "c@x"));
        List<StoredMessage> thread = fx.store.threadMessages(fx.store.threads(1).get(0).id());
        assertThat(thread.get(1).parentId()).isEqualTo(thread.get(0).id());
        assertThat(fx.store.counts().threads()).isEqualTo(1);
        assertThat(fx.store.threads(1).get(0).messageCount()).isEqualTo(3);
    }

    @Test
    void exchangeStyleRepliesWithoutReferencesShouldJoinBySubjectAndParticipants() throws IOException {
        write(TestMail.message().id("e1@x").from("Ann <ann@corp.example>").to("bob@corp.example").subject("Budget 2025").date("Mon, 6 Jan 2025 09:00:00 +0100"));
        write(TestMail.message().id("e2@x").from("bob@corp.example").to("Ann <ann@corp.example>").subject("RE: Budget 2025").date("Mon, 6 Jan 2025 10:00:00 +0100"));
        write(TestMail.message().id("e3@x").from("dora@corp.example").to("ann@corp.example").header("Cc", "bob@corp.example").subject("AW: RE: Budget 2025").date("Tue, 7 Jan 2025 10:00:00 +0100"));
        write(TestMail.message().id("e4@x").from("ann@corp.example").to("dora@corp.example").subject("RE[2]: budget   2025").date("Wed, 8 Jan 2025 10:00:00 +0100"));
        fx.importPaths(tmp.resolve("mail"));

        assertThat(groups()).containsExactly(List.of("e1@x", "e2@x", "e3@x", "e4@x"));
    }

    @Test
    void sameSubjectShouldNotJoinWithoutASharedParticipant() throws IOException {
        write(TestMail.message().id("s1@x").from("ann@a.example").to("bob@a.example").subject("Question").date("Mon, 6 Jan 2025 09:00:00 +0000"));
        write(TestMail.message().id("s2@x").from("zed@z.example").to("yan@z.example").subject("Re: Question").date("Mon, 6 Jan 2025 10:00:00 +0000"));
        fx.importPaths(tmp.resolve("mail"));

        assertThat(groups()).hasSize(2);
    }

    @Test
    void newslettersWithTheSameSubjectShouldStaySeparate() throws IOException {
        for (int day = 1; day <= 3; day++) {
            write(TestMail.message().id("news" + day + "@x").from("news@shop.example").to("me@home.example")
                    .subject("Your weekly digest").date("Mon, " + day + " Jan 2025 09:00:00 +0000"));
        }
        fx.importPaths(tmp.resolve("mail"));

        assertThat(groups()).hasSize(3);
    }

    @Test
    void subjectFallbackShouldNotReachBeyondTheTimeWindow() throws IOException {
        write(TestMail.message().id("o1@x").from("ann@x.org").to("bob@x.org").subject("Report").date("Mon, 6 Jan 2025 09:00:00 +0000"));
        write(TestMail.message().id("o2@x").from("bob@x.org").to("ann@x.org").subject("Re: Report").date("Mon, 5 May 2025 09:00:00 +0000"));
        fx.importPaths(tmp.resolve("mail"));

        assertThat(groups()).hasSize(2);
    }

    @Test
    void aMessageLinkingTwoThreadsShouldMergeThem() throws IOException {
        write(TestMail.message().id("p@x").from("ann@x.org").subject("One").date("Mon, 6 Jan 2025 09:00:00 +0000"));
        write(TestMail.message().id("q@x").from("bob@x.org").subject("Two").date("Mon, 6 Jan 2025 10:00:00 +0000"));
        write(TestMail.message().id("r@x").from("cy@x.org").subject("Both").date("Mon, 6 Jan 2025 11:00:00 +0000").references("p@x", "q@x"));
        fx.importPaths(tmp.resolve("mail"));

        assertThat(groups()).containsExactly(List.of("p@x", "q@x", "r@x"));
        ThreadSummary t = fx.store.threads(10).get(0);
        assertThat(t.messageCount()).isEqualTo(3);
        assertThat(fx.store.counts().threads()).isEqualTo(1);
    }

}
