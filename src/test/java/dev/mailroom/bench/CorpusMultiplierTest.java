package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusMultiplierTest {

    @TempDir
    Path dir;

    private static final String WITH_ID = """
            From alice@example.com  Thu Aug 22 12:36:23 2002\r
            From: Alice <alice@example.com>\r
            Message-ID: <abc123@example.com>\r
            Subject: lunch\r
            \r
            Message-ID: <in-the-body@example.com> stays as it is\r
            """;

    private static final String WITHOUT_ID = """
            From: Bob <bob@example.com>
            Subject: no id

            body
            """;

    private static List<String> written(Path maildir) throws IOException {
        try (Stream<Path> files = Files.list(maildir.resolve("cur"))) {
            return files.sorted((a, b) -> Long.compare(serial(a), serial(b)))
                    .map(CorpusMultiplierTest::read)
                    .toList();
        }
    }

    private static long serial(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('.')));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void writeMultipliedShouldWriteFactorCopiesOfEveryMessageAsAMaildir() throws IOException {
        Path out = dir.resolve("maildir");

        CorpusMultiplier.writeMultiplied(List.of(bytes(WITH_ID), bytes(WITHOUT_ID)), 3, out);

        assertThat(out.resolve("new")).isDirectory();
        assertThat(out.resolve("tmp")).isDirectory();
        try (Stream<Path> files = Files.list(out.resolve("cur"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "1.bench:2,S", "2.bench:2,S", "3.bench:2,S", "4.bench:2,S", "5.bench:2,S", "6.bench:2,S");
        }
    }

    @Test
    void copyZeroShouldBeTheMessageWithoutItsMboxEnvelopeLine() throws IOException {
        CorpusMultiplier.writeMultiplied(List.of(bytes(WITH_ID)), 1, dir);

        assertThat(written(dir)).containsExactly(WITH_ID.substring(WITH_ID.indexOf('\n') + 1));
    }

    @Test
    void laterCopiesShouldCarryAnAlteredMessageIdAndNothingElseChanged() throws IOException {
        CorpusMultiplier.writeMultiplied(List.of(bytes(WITH_ID)), 3, dir);

        List<String> copies = written(dir);
        String original = copies.get(0);
        assertThat(copies.get(1)).isEqualTo(original.replace("<abc123@example.com>\r", "<1.abc123@example.com>\r"));
        assertThat(copies.get(2)).isEqualTo(original.replace("<abc123@example.com>\r", "<2.abc123@example.com>\r"));
        assertThat(copies).doesNotHaveDuplicates();
    }

    @Test
    void laterCopiesOfAMessageWithoutIdShouldGainOneWithTheMessagesLineEnding() throws IOException {
        CorpusMultiplier.writeMultiplied(List.of(bytes(WITHOUT_ID)), 2, dir);

        List<String> copies = written(dir);
        assertThat(copies.get(0)).isEqualTo(WITHOUT_ID);
        assertThat(copies.get(1)).isEqualTo("Message-ID: <1.0@bench.mailroom.invalid>\n" + WITHOUT_ID);
    }

    @Test
    void aFoldedMessageIdShouldBeAlteredAsAWhole() {
        byte[] folded = bytes("Subject: x\nMessage-Id:\n  <folded@example.com>\nTo: y\n\nbody\n");

        String copy = new String(CorpusMultiplier.copyOf(folded, 4, 0), StandardCharsets.ISO_8859_1);

        assertThat(copy).isEqualTo("Subject: x\nMessage-Id:<4.folded@example.com>\nTo: y\n\nbody\n");
    }

    @Test
    void writeMultipliedShouldReturnTheBytesWritten() throws IOException {
        long written = CorpusMultiplier.writeMultiplied(List.of(bytes(WITH_ID), bytes(WITHOUT_ID)), 2, dir);

        assertThat(written).isEqualTo(DirSize.bytes(dir));
    }

    @Test
    void writeMultipliedFromADirectoryShouldSkipFilesThatAreNotMessages() throws IOException {
        Path source = Files.createDirectories(dir.resolve("corpus/easy_ham"));
        Files.writeString(source.resolve("00001.abc"), WITH_ID, StandardCharsets.ISO_8859_1);
        Files.writeString(source.resolve("00002.def"), WITHOUT_ID, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("corpus/labels.tsv"), "path\tlabel\nx\tham\n");
        Files.writeString(dir.resolve("corpus/datapackage.json"), "{\"name\": \"spam\"}");
        Path out = dir.resolve("out");

        CorpusMultiplier.writeMultiplied(dir.resolve("corpus"), 2, out);

        assertThat(written(out)).hasSize(4).allSatisfy(m -> assertThat(m).doesNotStartWith("From "));
    }

    @Test
    void writeMultipliedShouldRejectAFactorBelowOne() {
        assertThatThrownBy(() -> CorpusMultiplier.writeMultiplied(List.of(bytes(WITH_ID)), 0, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor must be at least 1: 0");
    }
}
