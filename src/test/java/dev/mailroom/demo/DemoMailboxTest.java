package dev.mailroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.MessageFlag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMailboxTest {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final Instant NOW = Instant.parse("2026-03-10T15:30:00Z");
    static final DemoMailbox MAILBOX = DemoMailbox.create(Clock.fixed(NOW, ZoneOffset.UTC), ZURICH);

    @Test
    void mailboxShouldHoldBetween250And400Messages() {
        assertThat(MAILBOX.messages()).hasSizeBetween(250, 400);
        assertThat(MAILBOX.catalogue()).hasSameSizeAs(MAILBOX.messages());
    }

    @Test
    void everyMessageShouldParseWithIdDateAndSenderFromTheLast200Days() {
        for (byte[] bytes : MAILBOX.messages()) {
            Message message = parse(bytes);
            assertThat(message.getMessageId()).as(head(bytes)).startsWith("<").endsWith(">");
            assertThat(message.getFrom()).as(head(bytes)).isNotEmpty();
            assertThat(message.getDate()).as(head(bytes)).isNotNull();
            Instant date = message.getDate().toInstant();
            assertThat(date).as(head(bytes)).isBeforeOrEqualTo(NOW).isAfter(NOW.minus(Duration.ofDays(200)));
        }
    }

    @Test
    void everyMessageShouldUseCrlfLineEndingsOnly() {
        for (byte[] bytes : MAILBOX.messages()) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text.replace("\r\n", "")).as(head(bytes)).doesNotContain("\n").doesNotContain("\r");
            assertThat(text.lines()).as(head(bytes)).allSatisfy(line -> assertThat(line.length()).isLessThan(999));
        }
    }

    @Test
    void messageIdsShouldBeUnique() {
        List<String> ids = MAILBOX.messages().stream().map(b -> parse(b).getMessageId()).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void theSameClockShouldGiveIdenticalBytes() {
        DemoMailbox again = DemoMailbox.create(Clock.fixed(NOW, ZoneOffset.UTC), ZURICH);
        assertThat(again.messages()).hasSameSizeAs(MAILBOX.messages());
        for (int i = 0; i < again.messages().size(); i++) {
            assertThat(again.messages().get(i)).isEqualTo(MAILBOX.messages().get(i));
        }
    }

    @Test
    void datesShouldMoveWithTheClock() {
        Instant later = NOW.plus(Duration.ofDays(45));
        DemoMailbox moved = DemoMailbox.create(Clock.fixed(later, ZoneOffset.UTC), ZURICH);
        Instant newest = moved.catalogue().getLast().date();
        Instant oldest = moved.catalogue().getFirst().date();
        assertThat(newest).isBeforeOrEqualTo(later).isAfter(later.minus(Duration.ofDays(1)));
        assertThat(oldest).isAfter(later.minus(Duration.ofDays(200))).isAfter(NOW.minus(Duration.ofDays(150)));
        for (byte[] bytes : moved.messages()) {
            assertThat(parse(bytes).getDate().toInstant()).isBeforeOrEqualTo(later);
        }
    }

    @Test
    void repliesShouldReferenceMessagesOfTheMailbox() {
        Set<String> ids = new HashSet<>(MAILBOX.catalogue().stream().map(DemoMessage::messageId).toList());
        int replies = 0;
        for (byte[] bytes : MAILBOX.messages()) {
            Message message = parse(bytes);
            if (message.getHeader().getField("In-Reply-To") != null) {
                replies++;
                String inReplyTo = message.getHeader().getField("In-Reply-To").getBody().trim();
                String references = message.getHeader().getField("References").getBody();
                assertThat(ids).as(head(bytes)).contains(inReplyTo);
                assertThat(references.trim().split("\\s+")).as(head(bytes)).allSatisfy(r -> assertThat(ids).contains(r));
            }
        }
        assertThat(replies).isGreaterThan(25);
    }

    @Test
    void sentFolderShouldHoldAlexsRepliesAndTheirParentsShouldBeAnswered() {
        List<DemoMessage> sent = MAILBOX.catalogue().stream().filter(m -> m.folder().equals("Sent")).toList();
        assertThat(sent).hasSizeGreaterThan(10);
        assertThat(MAILBOX.catalogue()).anySatisfy(m -> assertThat(m.flags()).contains(MessageFlag.ANSWERED));
    }

    @Test
    void billsShouldIncludeSomeDueInTheFutureAndSomeOverdue() {
        LocalDate today = NOW.atZone(ZURICH).toLocalDate();
        List<LocalDate> dueDates = MAILBOX.catalogue().stream()
                .map(DemoMessage::payment)
                .filter(p -> p != null && p.dueDate() != null)
                .map(DemoPayment::dueDate)
                .toList();
        assertThat(dueDates.stream().filter(d -> d.isAfter(today))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(dueDates.stream().filter(d -> d.isBefore(today))).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void mailboxShouldCoverEveryCategory() {
        Set<DemoCategory> categories = new HashSet<>(MAILBOX.catalogue().stream().map(DemoMessage::category).toList());
        assertThat(categories).containsExactlyInAnyOrder(DemoCategory.values());
    }

    @Test
    void maildirShouldHaveCurNewTmpAndFlagSuffixes(@TempDir Path dir) throws IOException {
        int written = MAILBOX.writeMaildir(dir);

        assertThat(written).isEqualTo(MAILBOX.messages().size());
        for (String folder : List.of("", ".Sent", ".Archive")) {
            for (String sub : List.of("cur", "new", "tmp")) {
                assertThat(dir.resolve(folder).resolve(sub)).isDirectory();
            }
        }
        assertThat(dir.resolve(".Sent/maildirfolder")).exists();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.endsWith("maildirfolder")).toList();
        }
        assertThat(files).hasSize(written);
        assertThat(files).anySatisfy(p -> assertThat(p.getParent()).endsWith(Path.of("new")));
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (file.getParent().endsWith("new")) {
                assertThat(name).matches("\\d+\\.\\d+\\.demo");
            } else {
                assertThat(name).matches("\\d+\\.\\d+\\.demo:2,D?F?P?R?S?T?");
            }
        }
        assertThat(files).filteredOn(p -> p.toString().contains(".Sent"))
                .allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(":2,S"));
        assertThat(files).anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith(":2,RS"));
    }

    @Test
    void maildirFlagsShouldMatchTheCatalogue(@TempDir Path dir) throws IOException {
        MAILBOX.writeMaildir(dir);
        List<DemoMessage> catalogue = MAILBOX.catalogue();
        for (int i = 0; i < catalogue.size(); i++) {
            DemoMessage message = catalogue.get(i);
            String base = message.date().getEpochSecond() + "." + (i + 1) + ".demo";
            Path folder = message.folder().equals("INBOX") ? dir : dir.resolve("." + message.folder());
            Path cur = folder.resolve("cur").resolve(base + ":2," + DemoMailbox.flagLetters(message.flags()));
            Path fresh = folder.resolve("new").resolve(base);
            assertThat(Files.exists(cur) || Files.exists(fresh)).as(base).isTrue();
        }
    }

    static Message parse(byte[] bytes) {
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.STRICT);
            return builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String head(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.substring(0, Math.min(400, text.length()));
    }
}
