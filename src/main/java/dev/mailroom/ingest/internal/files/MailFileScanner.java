package dev.mailroom.ingest.internal.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Finds the messages in mail files and directories: mbox files (mboxo and mboxrd, including
 * Thunderbird folders and Apple Mail {@code .mbox} bundles), Maildir and Maildir++ trees,
 * directories of {@code .eml} files and bare RFC 822 files, detected by layout and content.
 *
 * <p>Paths are scanned in the order given; inside a directory, entries are visited in name order,
 * a Maildir's {@code cur/} before its {@code new/}, mbox messages in file order, so the same tree
 * always yields the same sequence. Files inside trees whose content is not mail are skipped
 * quietly, unless their name or place says they must be mail ({@code .eml}, {@code .mbox}, Maildir
 * {@code cur/} and {@code new/}); those, files named explicitly that are not mail, and files that
 * cannot be read are reported to {@link SourceVisitor#unreadable} and scanning goes on. mbox files
 * are streamed, never loaded whole. A path given twice, or inside another given path, is scanned
 * twice.
 */
public final class MailFileScanner {

    /** What a path holds, as {@link #detect} sees it. */
    public enum Format {
        /** An mbox file (or Apple Mail bundle), or another file that starts with an mbox envelope line. */
        MBOX,
        /** A Maildir directory (with {@code cur/}, {@code new/}, {@code tmp/}). */
        MAILDIR,
        /** A single RFC 822 message file. */
        MESSAGE,
        /** A directory to search for mail. */
        DIRECTORY,
        /** A file that is not mail, or does not exist. */
        NOT_MAIL
    }

    /**
     * Delivers every message under {@code paths} to {@code visitor}, in a deterministic order.
     *
     * @throws FileNotFoundException before anything is delivered, if a path does not exist ({@code
     *     no such file or directory: PATH}) or cannot be read ({@code permission denied: PATH})
     */
    public void scan(List<Path> paths, SourceVisitor visitor) throws IOException {
        for (Path path : paths) {
            requireReadable(path);
        }
        MailFileReader reader = new MailFileReader(visitor);
        MailTree.Sink sink = new MailTree.Sink() {
            @Override
            public void file(MailFile file) {
                reader.read(file);
            }

            @Override
            public void broken(Path path, String reason) {
                visitor.unreadable(path.toString(), new byte[0], "cannot read: " + reason);
            }
        };
        for (Path path : paths) {
            visit(path, sink);
        }
    }

    /**
     * The total size in bytes of the files {@link #scan} would open, for progress reporting. Reads
     * directories and file attributes but no contents; paths that do not exist count as 0.
     */
    public long totalBytes(List<Path> paths) {
        long[] total = {0};
        MailTree.Sink sink = new MailTree.Sink() {
            @Override
            public void file(MailFile file) {
                total[0] += file.size();
            }

            @Override
            public void broken(Path path, String reason) {}
        };
        for (Path path : paths) {
            visit(path, sink);
        }
        return total[0];
    }

    /**
     * Detects the format of one path: directories by layout, files by name and first bytes.
     *
     * @throws UncheckedIOException if the path exists but cannot be read
     */
    public static Format detect(Path path) {
        try {
            if (Files.isDirectory(path)) {
                if (MailTree.isMaildir(path)) {
                    return Format.MAILDIR;
                }
                return MailTree.isAppleBundle(path) ? Format.MBOX : Format.DIRECTORY;
            }
            if (!Files.isRegularFile(path)) {
                return Format.NOT_MAIL;
            }
            MailFile file = MailTree.explicitFile(path, Files.readAttributes(path, BasicFileAttributes.class));
            try (InputStream in = Files.newInputStream(path)) {
                byte[] prefix = in.readNBytes(4096);
                return switch (MailSniffer.classify(prefix, prefix.length, prefix.length < 4096)) {
                    case MBOX -> Format.MBOX;
                    case MESSAGE -> file.kind() == MailFile.Kind.MAILBOX ? Format.MBOX : Format.MESSAGE;
                    case EMPTY -> file.kind() == MailFile.Kind.MAILBOX ? Format.MBOX : Format.NOT_MAIL;
                    case NOT_MAIL -> Format.NOT_MAIL;
                };
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void visit(Path path, MailTree.Sink sink) {
        if (Files.isDirectory(path)) {
            MailTree.walk(path, sink);
            return;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                sink.file(MailTree.explicitFile(path, attributes));
            } else {
                sink.broken(path, "not a regular file"); // reading a pipe or device could block forever
            }
        } catch (IOException e) {
            sink.broken(path, MailTree.describe(e));
        }
    }

    private static void requireReadable(Path path) throws FileNotFoundException {
        if (!Files.exists(path)) {
            throw new FileNotFoundException("no such file or directory: " + path);
        }
        if (!Files.isReadable(path)) {
            throw new FileNotFoundException("permission denied: " + path);
        }
    }
}
