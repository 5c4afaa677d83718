import dev.mailroom.ingest.RawMessage;
import dev.mailroom.ingest.internal.files.MailFileScanner;
import dev.mailroom.ingest.internal.files.SourceVisitor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures MailFileScanner throughput: over a directory tree of small files (the SpamAssassin
 * corpus) and over one large mbox built from it. See README.md for how to run it.
 */
public final class MailFileScanBench {

    private static final class Counter implements SourceVisitor {
        long messages;
        long bytes;
        long unreadable;

        @Override
        public void message(RawMessage message) {
            messages++;
            bytes += message.bytes().length;
        }

        @Override
        public void unreadable(String location, byte[] bytes, String reason) {
            unreadable++;
        }
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/spamassassin");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int mboxMegabytes = args.length > 2 ? Integer.parseInt(args[2]) : 300;

        run("tree  " + corpus, List.of(corpus), rounds);

        Path mbox = Files.createTempFile("mailfilescan", ".mbox");
        try {
            long built = buildMbox(corpus, mbox, mboxMegabytes * 1024L * 1024L);
            System.out.printf("mbox  built with %,d messages%n", built);
            run("mbox  " + Files.size(mbox) / (1024 * 1024) + " MB", List.of(mbox), rounds);
        } finally {
            Files.deleteIfExists(mbox);
        }
    }

    private static void run(String label, List<Path> paths, int rounds) throws IOException {
        MailFileScanner scanner = new MailFileScanner();
        long totalStart = System.nanoTime();
        long fileBytes = scanner.totalBytes(paths);
        double totalBytesMillis = (System.nanoTime() - totalStart) / 1e6;
        System.out.printf("%s: totalBytes %,d bytes in %.1f ms%n", label, fileBytes, totalBytesMillis);
        for (int round = 1; round <= rounds; round++) {
            Counter counter = new Counter();
            long start = System.nanoTime();
            scanner.scan(paths, counter);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: round %d: %,d messages, %d unreadable, %.2f s, %,.0f messages/s, %.1f MB/s (file bytes)%n",
                    label, round, counter.messages, counter.unreadable, seconds,
                    counter.messages / seconds, fileBytes / seconds / (1024 * 1024));
        }
    }

    /** Concatenates the corpus messages, mboxrd-escaped, until the file reaches {@code size} bytes. */
    private static long buildMbox(Path corpus, Path mbox, long size) throws IOException {
        List<byte[]> messages = new ArrayList<>();
        new MailFileScanner().scan(List.of(corpus), new SourceVisitor() {
            @Override
            public void message(RawMessage message) {
                messages.add(message.bytes());
            }

            @Override
            public void unreadable(String location, byte[] bytes, String reason) {}
        });
        byte[] envelope = "From bench@example.org Thu Aug 22 13:17:22 2002\n".getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        long count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mbox), 1 << 16)) {
            for (int i = 0; written < size; i = (i + 1) % messages.size()) {
                byte[] escaped = escape(messages.get(i));
                out.write(envelope);
                out.write(escaped);
                out.write('\n');
                written += envelope.length + escaped.length + 1;
                count++;
            }
        }
        return count;
    }

    private static byte[] escape(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        String escaped = text.replaceAll("(?m)^(>*From )", ">$1");
        return (escaped.endsWith("\n") ? escaped : escaped + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
