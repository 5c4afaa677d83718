package dev.mailroom.ingest.internal.files;

import dev.mailroom.ingest.RawMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * Reads one {@link MailFile} and hands its messages to a {@link SourceVisitor}. Small files are read
 * whole; mbox files are streamed message by message.
 */
final class MailFileReader {

    /** How much of a file is read to decide what it is; most single messages fit entirely. */
    private static final int SNIFF_BYTES = 16 * 1024;

    private final SourceVisitor visitor;

    MailFileReader(SourceVisitor visitor) {
        this.visitor = visitor;
    }

    void read(MailFile file) {
        String location = file.path().toString();
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] prefix = in.readNBytes(SNIFF_BYTES);
            boolean complete = prefix.length < SNIFF_BYTES;
            switch (MailSniffer.classify(prefix, prefix.length, complete)) {
                case EMPTY -> {
                    if (file.kind() == MailFile.Kind.MESSAGE) {
                        visitor.unreadable(location, prefix, "not an email message: the file is empty");
                    }
                }
                case NOT_MAIL -> {
                    if (file.kind() != MailFile.Kind.CANDIDATE) {
                        visitor.unreadable(location, prefix, "not an email message: it starts with neither an mbox From line nor a header field");
                    }
                }
                case MESSAGE -> deliver(file, complete ? prefix : concat(prefix, in.readAllBytes()), file.folder(), location);
                case MBOX -> readMbox(file, new MboxReader(prefix, in));
            }
        } catch (IOException e) {
            visitor.unreadable(location, new byte[0], "cannot read: " + MailTree.describe(e));
        }
    }

    /**
     * A file named as an mbox is always read as one; any other file that starts with an envelope
     * line (like the SpamAssassin corpus) is one message in its directory's folder, unless it holds
     * several, which makes it an mbox named after the file.
     */
    private void readMbox(MailFile file, MboxReader reader) {
        String location = file.path().toString();
        int number = 0;
        try {
            byte[] message = reader.next();
            if (file.kind() != MailFile.Kind.MAILBOX && !reader.hasNext()) {
                deliver(file, message, file.folder(), location);
                return;
            }
            for (; message != null; message = reader.next()) {
                number++;
                deliver(file, message, file.mailboxFolder(), location + "#" + number);
            }
        } catch (IOException e) {
            visitor.unreadable(location + "#" + (number + 1), reader.partial(), "cannot read: " + MailTree.describe(e));
        }
    }

    private void deliver(MailFile file, byte[] bytes, String folder, String location) {
        if (bytes.length == 0) {
            visitor.unreadable(location, bytes, "empty mbox entry");
        } else {
            visitor.message(new RawMessage(bytes, folder, file.flags(), location, file.modified()));
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
