package dev.mailroom.demo;

import dev.mailroom.ingest.MessageFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo mailbox that ships with Mailroom: about three hundred messages of one fictional person,
 * Alex Morgan, spread over the six months before the clock's today. Personal threads, newsletters,
 * notifications, bills and receipts, travel bookings, requests and a little spam, all on fictional
 * {@code .example} domains.
 *
 * <p>The same clock and zone always give the same bytes; a later clock moves every date with it.
 * Every message is RFC 822 with CRLF line endings, dated no later than the clock's instant.
 */
public final class DemoMailbox {

    private final Instant now;
    private final List<MailboxAssembler.Registered> messages;

    private DemoMailbox(Instant now, List<MailboxAssembler.Registered> messages) {
        this.now = now;
        this.messages = List.copyOf(messages);
    }

    /**
     * Writes the demo mailbox for "today" as given by {@code clock}, in the user's time zone
     * {@code zone}.
     */
    public static DemoMailbox create(Clock clock, ZoneId zone) {
        MailboxAssembler mailbox = new MailboxAssembler(clock.instant(), zone);
        new PersonalThreads(mailbox).write();
        new WorkThreads(mailbox).write();
        new Newsletters(mailbox).write();
        new Promotions(mailbox).write();
        new Notifications(mailbox).write();
        new Bills(mailbox).write();
        new Purchases(mailbox).write();
        new Travel(mailbox).write();
        new Spam(mailbox).write();
        return new DemoMailbox(mailbox.now(), mailbox.sorted());
    }

    /** The messages, oldest first, as RFC 822 bytes with CRLF line endings. */
    public List<byte[]> messages() {
        return messages.stream().map(m -> m.bytes().clone()).toList();
    }

    /** What each message is, in the same order as {@link #messages()}. */
    public List<DemoMessage> catalogue() {
        return messages.stream()
                .map(m -> {
                    DemoMessage d = m.draft();
                    return new DemoMessage(d.messageId(), d.date(), d.folder(), m.flags(), d.category(), d.payment());
                })
                .toList();
    }

    /**
     * Writes the mailbox as a Maildir++ tree under {@code dir} (created if needed): the inbox in
     * {@code cur/}, {@code new/} and {@code tmp/}, other folders as {@code .Sent}, {@code .Archive}.
     * Unread mail from the last 36 hours is in {@code new/}; the rest in {@code cur/} with its flags as
     * {@code :2,} suffix. File modification times are the message dates.
     *
     * @return the number of messages written
     */
    public int writeMaildir(Path dir) throws IOException {
        List<DemoMessage> catalogue = catalogue();
        List<String> folders = new ArrayList<>(List.of("INBOX"));
        catalogue.stream().map(DemoMessage::folder).distinct().filter(f -> !folders.contains(f)).forEach(folders::add);
        for (String folder : folders) {
            createFolder(folderDir(dir, folder), !folder.equals("INBOX"));
        }
        for (int i = 0; i < messages.size(); i++) {
            DemoMessage message = catalogue.get(i);
            Path file = folderDir(dir, message.folder()).resolve(fileName(message, i + 1));
            Files.write(file, messages.get(i).bytes());
            Files.setLastModifiedTime(file, FileTime.from(message.date()));
        }
        return messages.size();
    }

    private static Path folderDir(Path root, String folder) {
        return folder.equals("INBOX") ? root : root.resolve("." + folder.replace('/', '.'));
    }

    private static void createFolder(Path folder, boolean subfolder) throws IOException {
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(folder.resolve(sub));
        }
        if (subfolder && Files.notExists(folder.resolve("maildirfolder"))) {
            Files.createFile(folder.resolve("maildirfolder"));
        }
    }

    private String fileName(DemoMessage message, int n) {
        String base = message.date().getEpochSecond() + "." + n + ".demo";
        if (isNew(message)) {
            return "new/" + base;
        }
        return "cur/" + base + ":2," + flagLetters(message.flags());
    }

    /** Unread mail of the last day and a half has not been seen by any client yet. */
    private boolean isNew(DemoMessage message) {
        Duration age = Duration.between(message.date(), now);
        return message.flags().isEmpty() && age.toHours() < 36;
    }

    /** Maildir info letters, in ASCII order as the specification asks. */
    static String flagLetters(Set<MessageFlag> flags) {
        StringBuilder letters = new StringBuilder();
        if (flags.contains(MessageFlag.DRAFT)) letters.append('D');
        if (flags.contains(MessageFlag.FLAGGED)) letters.append('F');
        if (flags.contains(MessageFlag.PASSED)) letters.append('P');
        if (flags.contains(MessageFlag.ANSWERED)) letters.append('R');
        if (flags.contains(MessageFlag.SEEN)) letters.append('S');
        if (flags.contains(MessageFlag.DELETED)) letters.append('T');
        return letters.toString();
    }
}
