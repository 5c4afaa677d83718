package dev.mailroom.ingest.internal.files;

import dev.mailroom.ingest.MessageFlag;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks a directory tree in name order and tells a {@link Sink} which files may hold mail and what
 * folder they belong to. Reads no file contents, so {@link MailFileScanner#totalBytes} stays cheap.
 *
 * <p>Recognised layouts: Maildir (a directory with {@code cur/}, or with {@code new/} and {@code tmp/})
 * with its Maildir++ subfolders {@code .A.B}; Apple Mail {@code X.mbox/mbox} bundles; mbox files
 * named {@code *.mbox}, {@code *.mbx}, {@code inbox}, {@code mbox} or with a Thunderbird {@code
 * .msf} sibling (inside {@code *.sbd} directories too); and any other file, which the scanner
 * judges by content. Hidden entries, Dovecot and Courier index files and a few data formats are
 * skipped by name. Directory symlinks are followed once.
 */
final class MailTree {

    static final String INBOX = "INBOX";

    private static final Set<String> MAILDIR_PARTS = Set.of("cur", "new", "tmp");
    private static final Set<String> SKIPPED_EXTENSIONS = Set.of("msf", "json", "tsv", "csv", "plist", "md", "db", "sqlite", "lock");

    /** Receives what the walk finds. */
    interface Sink {
        void file(MailFile file);

        /** A directory entry that cannot be listed or whose attributes cannot be read. */
        void broken(Path path, String reason);
    }

    private record Entry(Path path, String name, BasicFileAttributes attributes, IOException error) {
        boolean isDirectory() {
            return attributes != null && attributes.isDirectory();
        }

        boolean isFile() {
            return attributes != null && attributes.isRegularFile();
        }
    }

    private final Sink sink;
    private final Set<Object> visited = new HashSet<>();

    private MailTree(Sink sink) {
        this.sink = sink;
    }

    /** Walks the directory {@code root}; its own messages go to {@code INBOX}. */
    static void walk(Path root, Sink sink) {
        MailTree tree = new MailTree(sink);
        try {
            BasicFileAttributes attributes = Files.readAttributes(root, BasicFileAttributes.class);
            List<Entry> children = tree.list(root);
            String folder = isAppleBundle(root, children) ? stripSuffix(root.getFileName().toString()) : "";
            tree.visit(root, folder, attributes, children);
        } catch (IOException e) {
            sink.broken(root, describe(e));
        }
    }

    /** The file named on the command line, as {@link MailFile}; folder {@code INBOX} unless its name says otherwise. */
    static MailFile explicitFile(Path file, BasicFileAttributes attributes) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Path parent = file.toAbsolutePath().getParent();
        boolean appleMbox = name.equals("mbox") && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mbox");
        if (appleMbox) {
            String folder = stripSuffix(parent.getFileName().toString());
            return mailFile(file, attributes, MailFile.Kind.MAILBOX, folder, folder, Set.of());
        }
        boolean msf = parent != null && Files.exists(parent.resolve(name + ".msf"));
        MailFile.Kind kind = msf || isMailboxName(name) ? MailFile.Kind.MAILBOX : MailFile.Kind.MESSAGE;
        return mailFile(file, attributes, kind, INBOX, mailboxFolder("", name), Set.of());
    }

    static boolean isMaildir(Path directory) throws IOException {
        return isMaildir(new MailTree(new NoSink()).list(directory));
    }

    static boolean isAppleBundle(Path directory) throws IOException {
        return isAppleBundle(directory, new MailTree(new NoSink()).list(directory));
    }

    private void visit(Path dir, String folder, BasicFileAttributes attributes, List<Entry> children) {
        Object key = attributes.fileKey() != null ? attributes.fileKey() : dir.toAbsolutePath().normalize();
        if (!visited.add(key)) {
            return;
        }
        boolean maildir = isMaildir(children);
        if (maildir) {
            emitMaildir(dir, orInbox(folder));
        }
        boolean bundle = isAppleBundle(dir, children);
        Set<String> names = new HashSet<>();
        children.forEach(child -> names.add(child.name()));
        for (Entry child : children) {
            String name = child.name();
            if (maildir && child.isDirectory() && MAILDIR_PARTS.contains(name)) {
                continue;
            }
            if (maildir && child.isDirectory() && MaildirNames.isSubfolderName(name)) {
                visitMaildirSubfolder(child, folder);
            } else if (!isSkipped(name)) {
                visitChild(child, folder, bundle, names);
            }
        }
    }

    private void visitChild(Entry child, String folder, boolean bundle, Set<String> siblings) {
        String name = child.name();
        if (child.error() != null) {
            sink.broken(child.path(), describe(child.error()));
        } else if (child.isDirectory()) {
            List<Entry> grandchildren = list(child.path());
            if (grandchildren != null) {
                visit(child.path(), join(folder, stripSuffix(name)), child.attributes(), grandchildren);
            }
        } else if (child.isFile()) {
            sink.file(fileEntry(child, folder, bundle, siblings));
        }
        // sockets, pipes and devices are never mail
    }

    private static MailFile fileEntry(Entry file, String folder, boolean bundle, Set<String> siblings) {
        String name = file.name();
        BasicFileAttributes attributes = file.attributes();
        if (bundle && name.equals("mbox")) {
            return mailFile(file.path(), attributes, MailFile.Kind.MAILBOX, orInbox(folder), orInbox(folder), Set.of());
        }
        String mailboxFolder = mailboxFolder(folder, name);
        if (isMailboxName(name) || siblings.contains(name + ".msf")) {
            return mailFile(file.path(), attributes, MailFile.Kind.MAILBOX, mailboxFolder, mailboxFolder, Set.of());
        }
        MailFile.Kind kind = extension(name).equals("eml") ? MailFile.Kind.MESSAGE : MailFile.Kind.CANDIDATE;
        return mailFile(file.path(), attributes, kind, orInbox(folder), mailboxFolder, Set.of());
    }

    private void visitMaildirSubfolder(Entry child, String parentFolder) {
        List<Entry> children = list(child.path());
        if (children != null && isMaildir(children)) {
            emitMaildir(child.path(), join(parentFolder, MaildirNames.subfolder(child.name())));
        }
    }

    private void emitMaildir(Path maildir, String folder) {
        emitMaildirPart(maildir.resolve("cur"), folder, true);
        emitMaildirPart(maildir.resolve("new"), folder, false);
    }

    private void emitMaildirPart(Path part, String folder, boolean withFlags) {
        if (!Files.isDirectory(part)) {
            return;
        }
        List<Entry> entries = list(part);
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            if (entry.name().startsWith(".")) {
                continue;
            }
            if (entry.error() != null) {
                sink.broken(entry.path(), describe(entry.error()));
            } else if (entry.isFile()) {
                Set<MessageFlag> flags = withFlags ? MaildirNames.flags(entry.name()) : Set.of();
                sink.file(mailFile(entry.path(), entry.attributes(), MailFile.Kind.MESSAGE, folder, folder, flags));
            }
        }
    }

    /** The entries of {@code dir} sorted by name, or null (reported) when it cannot be listed. */
    private List<Entry> list(Path dir) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path path : stream) {
                entries.add(entry(path));
            }
        } catch (IOException e) {
            sink.broken(dir, describe(e));
            return null;
        }
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    private static Entry entry(Path path) {
        String name = path.getFileName().toString();
        try {
            return new Entry(path, name, Files.readAttributes(path, BasicFileAttributes.class), null);
        } catch (IOException e) {
            boolean link = Files.isSymbolicLink(path);
            return new Entry(path, name, null, link ? new IOException("broken symbolic link") : e);
        }
    }

    private static boolean isMaildir(List<Entry> children) {
        if (children == null) {
            return false;
        }
        int parts = 0;
        boolean cur = false;
        boolean curOrNew = false;
        for (Entry child : children) {
            if (child.isDirectory() && MAILDIR_PARTS.contains(child.name())) {
                parts++;
                cur |= child.name().equals("cur");
                curOrNew |= !child.name().equals("tmp");
            }
        }
        // backups and archives often drop the empty new/ and tmp/; "cur" alone is rare enough as a plain folder name
        return cur || parts >= 2 && curOrNew;
    }

    private static boolean isAppleBundle(Path dir, List<Entry> children) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name != null
                && name.toString().toLowerCase(Locale.ROOT).endsWith(".mbox")
                && children != null
                && children.stream().anyMatch(child -> child.isFile() && child.name().equals("mbox"));
    }

    private static boolean isSkipped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".")
                || lower.startsWith("dovecot")
                || lower.startsWith("courierimap")
                || lower.equals("subscriptions")
                || lower.equals("maildirfolder")
                || SKIPPED_EXTENSIONS.contains(extension(name));
    }

    private static boolean isMailboxName(String name) {
        String extension = extension(name);
        return extension.equals("mbox") || extension.equals("mbx") || name.equalsIgnoreCase("inbox") || name.equalsIgnoreCase("mbox");
    }

    /** The folder of an mbox file named {@code name} in {@code folder}; top-level {@code inbox}/{@code mbox} is {@code INBOX}. */
    static String mailboxFolder(String folder, String name) {
        String base = stripSuffix(name);
        if (folder.isEmpty() && (base.equalsIgnoreCase("inbox") || base.equalsIgnoreCase("mbox"))) {
            return INBOX;
        }
        return join(folder, base);
    }

    /** Drops {@code .mbox}, {@code .mbx} and Thunderbird's {@code .sbd} from a file or directory name. */
    private static String stripSuffix(String name) {
        String extension = extension(name);
        boolean strip = extension.equals("mbox") || extension.equals("mbx") || extension.equals("sbd");
        return strip && name.length() > extension.length() + 1 ? name.substring(0, name.length() - extension.length() - 1) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private static String orInbox(String folder) {
        return folder.isEmpty() ? INBOX : folder;
    }

    private static MailFile mailFile(Path path, BasicFileAttributes attributes, MailFile.Kind kind, String folder, String mailboxFolder, Set<MessageFlag> flags) {
        return new MailFile(path, kind, folder, mailboxFolder, flags, attributes.size(), attributes.lastModifiedTime().toInstant());
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static final class NoSink implements Sink {
        @Override
        public void file(MailFile file) {}

        @Override
        public void broken(Path path, String reason) {}
    }
}
