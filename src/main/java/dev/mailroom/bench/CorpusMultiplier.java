package dev.mailroom.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a large benchmark corpus out of a small one: every message written {@code factor} times
 * into a Maildir, each copy a distinct message. Copy 0 is the message as it is; copy {@code k > 0}
 * has its Message-ID changed from {@code <id>} to {@code <k.id>} (or gains
 * {@code Message-ID: <k.n@bench.mailroom.invalid>} when it had none), so deduplication by
 * Message-ID and by content hash both see new messages. A leading mbox {@code From } envelope line
 * is dropped from every copy. Messages are read and written one at a time.
 */
public final class CorpusMultiplier {

    // A header line: a field name (letters, digits, hyphens, as every real one is), then a colon.
    private static final Pattern HEADER_START = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:");
    private static final Pattern MESSAGE_ID =
            Pattern.compile("(?im)^Message-ID:[ \\t]*([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)\\r?\\n");

    private CorpusMultiplier() {}

    /**
     * Writes {@code factor} copies of every message file under {@code sourceDir} (searched
     * recursively, in path order) to the Maildir {@code outDir} as {@code cur/<n>.bench:2,S}.
     * Files that do not start like a message (a header line or an mbox {@code From } line), such as
     * {@code labels.tsv} or a licence, are skipped.
     *
     * @return the number of bytes written
     */
    public static long writeMultiplied(Path sourceDir, int factor, Path outDir) {
        try (Stream<Path> files = Files.walk(sourceDir)) {
            List<Path> sources = files.filter(Files::isRegularFile).sorted().toList();
            MaildirWriter writer = new MaildirWriter(outDir, factor);
            for (Path source : sources) {
                byte[] message = Files.readAllBytes(source);
                if (looksLikeMessage(message)) {
                    writer.writeCopies(message);
                }
            }
            return writer.bytesWritten;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot multiply " + sourceDir + " into " + outDir, e);
        }
    }

    /**
     * Writes {@code factor} copies of every message in {@code messages} to the Maildir
     * {@code outDir} as {@code cur/<n>.bench:2,S}.
     *
     * @return the number of bytes written
     */
    public static long writeMultiplied(List<byte[]> messages, int factor, Path outDir) {
        try {
            MaildirWriter writer = new MaildirWriter(outDir, factor);
            for (byte[] message : messages) {
                writer.writeCopies(message);
            }
            return writer.bytesWritten;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the multiplied corpus to " + outDir, e);
        }
    }

    /** Copy {@code copy} of {@code message} (already without an mbox envelope line). */
    static byte[] copyOf(byte[] message, int copy, long serial) {
        if (copy == 0) {
            return message;
        }
        int headerEnd = headerEnd(message);
        // ISO-8859-1 maps every byte to one char and back, so the rest of the header survives as is.
        String header = new String(message, 0, headerEnd, StandardCharsets.ISO_8859_1);
        Matcher id = MESSAGE_ID.matcher(header);
        String newHeader;
        if (id.find()) {
            String value = id.group(1).strip();
            String bare = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
            newHeader = header.substring(0, id.start(1)) + "<" + copy + "." + bare + ">" + header.substring(id.end(1));
        } else {
            String eol = header.contains("\r\n") ? "\r\n" : "\n";
            newHeader = "Message-ID: <" + copy + "." + serial + "@bench.mailroom.invalid>" + eol + header;
        }
        byte[] head = newHeader.getBytes(StandardCharsets.ISO_8859_1);
        byte[] result = new byte[head.length + message.length - headerEnd];
        System.arraycopy(head, 0, result, 0, head.length);
        System.arraycopy(message, headerEnd, result, head.length, message.length - headerEnd);
        return result;
    }

    /** {@code message} without a leading mbox {@code From } line. */
    static byte[] withoutEnvelope(byte[] message) {
        if (!startsWith(message, "From ")) {
            return message;
        }
        int start = 0;
        while (start < message.length && message[start] != '\n') {
            start++;
        }
        start = Math.min(start + 1, message.length);
        byte[] result = new byte[message.length - start];
        System.arraycopy(message, start, result, 0, result.length);
        return result;
    }

    static boolean looksLikeMessage(byte[] message) {
        if (startsWith(message, "From ")) {
            return true;
        }
        int n = Math.min(message.length, 200);
        String start = new String(message, 0, n, StandardCharsets.ISO_8859_1);
        return HEADER_START.matcher(start).find();
    }

    /** Offset just past the header section's last line (before the blank line), or the whole message. */
    private static int headerEnd(byte[] message) {
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '\n') {
                int next = i + 1;
                if (next < message.length && message[next] == '\n') {
                    return next;
                }
                if (next + 1 < message.length && message[next] == '\r' && message[next + 1] == '\n') {
                    return next;
                }
            }
        }
        return message.length;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static final class MaildirWriter {
        private final Path cur;
        private final int factor;
        private long serial;
        private long bytesWritten;

        MaildirWriter(Path outDir, int factor) throws IOException {
            if (factor < 1) {
                throw new IllegalArgumentException("factor must be at least 1: " + factor);
            }
            this.factor = factor;
            for (String sub : List.of("cur", "new", "tmp")) {
                Files.createDirectories(outDir.resolve(sub));
            }
            this.cur = outDir.resolve("cur");
        }

        void writeCopies(byte[] raw) throws IOException {
            byte[] message = withoutEnvelope(raw);
            long original = serial;
            for (int copy = 0; copy < factor; copy++) {
                byte[] bytes = copyOf(message, copy, original);
                Path file = cur.resolve(++serial + ".bench:2,S");
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    out.write(bytes);
                }
                bytesWritten += bytes.length;
            }
        }
    }
}
