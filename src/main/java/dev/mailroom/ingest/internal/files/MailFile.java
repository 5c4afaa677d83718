package dev.mailroom.ingest.internal.files;

import dev.mailroom.ingest.MessageFlag;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * A file the scanner will open, with what its place in the tree says about it.
 *
 * @param folder the folder of its messages when it holds one message
 * @param mailboxFolder the folder when it turns out to be an mbox holding several messages
 */
record MailFile(Path path, Kind kind, String folder, String mailboxFolder, Set<MessageFlag> flags, long size, Instant modified) {

    /** How sure we are that the file is mail, which decides what happens when it is not. */
    enum Kind {
        /** Named as an mbox ({@code .mbox}, {@code .msf} sibling, ...): zero or more messages. */
        MAILBOX,
        /** Should be one message (Maildir entry, {@code .eml}, a file named on the command line). */
        MESSAGE,
        /** Any other file in a tree: skipped quietly unless its content is mail. */
        CANDIDATE
    }

    MailFile {
        flags = Set.copyOf(flags);
    }
}
