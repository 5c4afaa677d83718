package dev.mailroom.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.shared.EmailAddress;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link MetadataStore} implementation promises; run on SQLite and on PostgreSQL. */
public interface MetadataStoreContract {

    MetadataStore store();

    private NewMessage message(MailboxWriter w, long account, long thread, String sha, String messageId, String date) {
        long folder = w.folder(account, "INBOX");
        return new NewMessage(account, folder, thread, null, null, sha, 100, messageId, null, List.of("a@x", "b@x"),
                "Re: Hello", "hello", true, date == null ? null : OffsetDateTime.parse(date), "HEADER", "list.example.com",
                Set.of("SEEN", "FLAGGED"), List.of("bad base64"), "/tmp/file#1", Instant.parse("2026-01-01T00:00:00Z"),
                List.of(new Participant("from", new EmailAddress("Ann", "ann@example.com")),
                        new Participant("to", new EmailAddress(null, "bob@example.com")),
                        new Participant("to", new EmailAddress("Cy", "cy@example.com"))),
                List.of(new AttachmentMeta("a.pdf", "application/pdf", 12, "ff", null, false)));
    }

    @Test
    default void accountShouldBeCreatedOnceAndFoundByName() {
        Account a = store().account("home", "files");
        Account again = store().account("home", "files");
        assertThat(again).isEqualTo(a);
        assertThat(store().findAccount("home")).contains(a);
        assertThat(store().findAccount("nobody")).isEmpty();
        assertThat(store().accounts()).containsExactly(a);
    }

    @Test
    default void insertedMessageShouldReadBackWithEveryField() {
        long account = store().account("home", "files").id();
        long id = store().write(w -> w.insertMessage(message(w, account, w.newThread(account, "Hello"), "s1", "m1@x",
                "2024-03-01T10:15:30+02:00")));
        StoredMessage m = store().message(id).orElseThrow();
        assertThat(m.account()).isEqualTo("home");
        assertThat(m.folder()).isEqualTo("INBOX");
        assertThat(m.messageId()).isEqualTo("m1@x");
        assertThat(m.references()).containsExactly("a@x", "b@x");
        assertThat(m.date()).isEqualTo(OffsetDateTime.parse("2024-03-01T10:15:30+02:00"));
        assertThat(m.from()).isEqualTo(new EmailAddress("Ann", "ann@example.com"));
        assertThat(m.flags()).containsExactlyInAnyOrder("SEEN", "FLAGGED");
        assertThat(m.defects()).containsExactly("bad base64");
        assertThat(m.attachments()).isEqualTo(1);
        assertThat(store().participants(id)).extracting(p -> p.address().address())
                .containsExactly("ann@example.com", "bob@example.com", "cy@example.com");
        assertThat(store().attachments(id)).containsExactly(new AttachmentMeta("a.pdf", "application/pdf", 12, "ff", null, false));
    }

    @Test
    default void messageWithoutDateShouldBeStored() {
        long account = store().account("home", "files").id();
        long id = store().write(w -> w.insertMessage(message(w, account, w.newThread(account, null), "s1", null, null)));
        assertThat(store().message(id).orElseThrow().date()).isNull();
    }

    @Test
    default void failedWriteShouldLeaveNothingBehind() {
        long account = store().account("home", "files").id();
        assertThatThrownBy(() -> store().write(w -> {
            w.insertMessage(message(w, account, w.newThread(account, "x"), "s1", "m1@x", "2024-03-01T10:15:30Z"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store().counts()).isEqualTo(new StoreCounts(0, 0, 1, 0, 0));
    }

    @Test
    default void writerShouldFindDuplicatesAndTwinsInsideTheTransaction() {
        long account = store().account("home", "files").id();
        store().write(w -> {
            long first = w.insertMessage(message(w, account, w.newThread(account, "x"), "s1", "m1@x", "2024-03-01T10:15:30Z"));
            assertThat(w.containsBlob(account, "s1")).isTrue();
            assertThat(w.containsBlob(account, "s2")).isFalse();
            assertThat(w.knows(account, "s1")).isTrue();
            assertThat(w.knows(account, "s2")).isFalse();
            w.insertMessage(message(w, account, w.newThread(account, "x"), "s2", "m1@x", "2024-03-02T10:15:30Z"));
            assertThat(w.firstByMessageId(account, "m1@x")).contains(first);
            assertThat(w.firstByMessageId(account, "zz@x")).isEmpty();
            return null;
        });
        long other = store().account("work", "files").id();
        boolean found = store().write(w -> w.containsBlob(other, "s1"));
        assertThat(found).isFalse();
    }

    @Test
    default void threadsShouldMergeWithTheirMessagesAndIds() {
        long account = store().account("home", "files").id();
        store().write(w -> {
            long t1 = w.newThread(account, "one");
            long t2 = w.newThread(account, "two");
            w.addThreadIds(account, t1, List.of("a@x"));
            w.addThreadIds(account, t2, List.of("b@x", "c@x"));
            w.addThreadIds(account, t2, List.of("a@x"));
            w.insertMessage(message(w, account, t1, "s1", "a@x", "2024-03-01T10:00:00Z"));
            w.insertMessage(message(w, account, t2, "s2", "b@x", "2024-03-05T10:00:00Z"));
            assertThat(w.threadsByMessageIds(account, List.of("a@x", "b@x", "zz"))).isEqualTo(Map.of("a@x", t1, "b@x", t2));
            w.mergeThreads(t1, t2);
            assertThat(w.threadsByMessageIds(account, List.of("a@x", "c@x"))).isEqualTo(Map.of("a@x", t1, "c@x", t1));
            return null;
        });
        List<ThreadSummary> threads = store().threads(10);
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).messageCount()).isEqualTo(2);
        assertThat(threads.get(0).firstDate()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(threads.get(0).lastDate()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
        assertThat(threads.get(0).participants()).containsExactly("Ann");
        assertThat(store().threadMessages(threads.get(0).id())).hasSize(2);
    }

    @Test
    default void subjectCandidatesShouldBeLimitedToTheWindowNewestFirst() {
        long account = store().account("home", "files").id();
        store().write(w -> {
            long t = w.newThread(account, "x");
            w.insertMessage(message(w, account, t, "s1", "a@x", "2024-03-01T10:00:00Z"));
            w.insertMessage(message(w, account, t, "s2", "b@x", "2024-03-03T10:00:00Z"));
            w.insertMessage(message(w, account, t, "s3", "c@x", "2024-06-03T10:00:00Z"));
            long from = Instant.parse("2024-02-20T00:00:00Z").toEpochMilli();
            long to = Instant.parse("2024-03-20T00:00:00Z").toEpochMilli();
            assertThat(w.subjectCandidates(account, "hello", from, to, true, 10)).hasSize(2);
            assertThat(w.subjectCandidates(account, "hello", from, to, false, 10)).extracting(SubjectCandidate::dateMillis)
                    .containsExactly(Instant.parse("2024-03-03T10:00:00Z").toEpochMilli(), Instant.parse("2024-03-01T10:00:00Z").toEpochMilli());
            return null;
        });
    }

    @Test
    default void manyParticipantsAndThreadIdsShouldAllBeStoredInOrder() {
        long account = store().account("home", "files").id();
        List<Participant> many = java.util.stream.IntStream.range(0, 75)
                .mapToObj(i -> new Participant(i == 0 ? "from" : "cc", new EmailAddress(null, "p" + i + "@example.com"))).toList();
        List<String> ids = java.util.stream.IntStream.range(0, 70).mapToObj(i -> "r" + i + "@x").toList();
        long id = store().write(w -> {
            long t = w.newThread(account, "x");
            NewMessage m = message(w, account, t, "s1", "a@x", "2024-03-01T10:00:00Z");
            w.addThreadIds(account, t, ids);
            w.addThreadIds(account, t, ids);
            assertThat(w.threadsByMessageIds(account, ids)).hasSize(70);
            return w.insertMessage(new NewMessage(m.accountId(), m.folderId(), t, null, null, "s1", 1, "a@x", null, List.of(),
                    "x", "x", false, m.date(), "HEADER", null, Set.of(), List.of(), null, m.importedAt(), many, List.of()));
        });
        List<String> cc = store().participants(id).stream().filter(p -> p.role().equals("cc")).map(p -> p.address().address()).toList();
        assertThat(cc).containsExactlyElementsOf(many.subList(1, 75).stream().map(p -> p.address().address()).toList());
    }

    @Test
    default void participantAddressesShouldBeLowerCasedFromToAndCc() {
        long account = store().account("home", "files").id();
        long id = store().write(w -> w.insertMessage(message(w, account, w.newThread(account, "x"), "s1", "a@x", "2024-03-01T10:00:00Z")));
        Set<String> addresses = store().write(w -> w.participantAddresses(id));
        assertThat(addresses).containsExactlyInAnyOrder("ann@example.com", "bob@example.com", "cy@example.com");
    }

    @Test
    default void repliesShouldBeAdoptedWhenTheirParentArrivesLater() {
        long account = store().account("home", "files").id();
        long[] ids = store().write(w -> {
            long t = w.newThread(account, "x");
            NewMessage reply = message(w, account, t, "s2", "b@x", "2024-03-02T10:00:00Z");
            reply = new NewMessage(reply.accountId(), reply.folderId(), t, null, null, "s2", 1, "b@x", "a@x", List.of("a@x"),
                    "Re: x", "x", true, reply.date(), "HEADER", null, Set.of(), List.of(), null, reply.importedAt(), List.of(), List.of());
            long r = w.insertMessage(reply);
            long p = w.insertMessage(message(w, account, t, "s1", "a@x", "2024-03-01T10:00:00Z"));
            w.adoptReplies(account, "a@x", p);
            return new long[] {r, p};
        });
        assertThat(store().message(ids[0]).orElseThrow().parentId()).isEqualTo(ids[1]);
    }

    @Test
    default void quarantineShouldCountAttemptsAndRelease() {
        long account = store().account("home", "files").id();
        long q = store().write(w -> w.quarantine(account, "bad", 3, "INBOX", "/x", "no header fields"));
        long again = store().write(w -> w.quarantine(account, "bad", 3, "INBOX", "/x", "still broken"));
        assertThat(again).isEqualTo(q);
        assertThat(store().quarantine()).singleElement().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("still broken");
            assertThat(e.account()).isEqualTo("home");
        });
        boolean quarantined = store().write(w -> w.quarantined(account, "bad"));
        assertThat(quarantined).isTrue();
        boolean known = store().write(w -> w.knows(account, "bad") && !w.knows(account, "other"));
        assertThat(known).isTrue();
        assertThat(store().referencedBlobs()).containsExactly("bad");
        store().write(w -> {
            w.release(q);
            return null;
        });
        assertThat(store().quarantine()).isEmpty();
    }

    @Test
    default void countsShouldReflectEveryKindOfRow() {
        long account = store().account("home", "files").id();
        store().write(w -> {
            w.insertMessage(message(w, account, w.newThread(account, "x"), "s1", "a@x", "2024-03-01T10:00:00Z"));
            w.folder(account, "Archive");
            return null;
        });
        assertThat(store().counts()).isEqualTo(new StoreCounts(1, 1, 1, 2, 0));
        assertThat(store().referencedBlobs()).containsExactly("s1");
    }
}
