package dev.mailroom.ingest.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxReaderTest {

    private static List<String> read(String mbox) throws IOException {
        return read(mbox, 0);
    }

    /** Reads with the first {@code prefixLength} bytes handed over as an already-read prefix. */
    private static List<String> read(String mbox, int prefixLength) throws IOException {
        byte[] bytes = mbox.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = Arrays.copyOf(bytes, prefixLength);
        MboxReader reader = new MboxReader(prefix, new ByteArrayInputStream(bytes, prefixLength, bytes.length - prefixLength));
        List<String> messages = new ArrayList<>();
        for (byte[] message = reader.next(); message != null; message = reader.next()) {
            messages.add(new String(message, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void readShouldSplitAtEnvelopeLinesAndDropThemWithTheSeparatingBlankLine() throws IOException {
        String mbox = """
                From alice@example.org Thu Aug 22 13:17:22 2002
                Subject: one

                first body

                From bob@example.org  Fri Aug 23 09:00:01 2002
                Subject: two

                second body

                """;

        assertThat(read(mbox)).containsExactly("Subject: one\n\nfirst body\n", "Subject: two\n\nsecond body\n");
    }

    @Test
    void readShouldStripOneGreaterThanSignFromEscapedFromLines() throws IOException {
        String mbox = """
                From alice@example.org Thu Aug 22 13:17:22 2002
                Subject: escaped

                >From here on (mboxo and mboxrd)
                >>From a quote of it (mboxrd)
                > From is not escaped
                >>Fromage
                """;

        assertThat(read(mbox)).containsExactly("""
                Subject: escaped

                From here on (mboxo and mboxrd)
                >From a quote of it (mboxrd)
                > From is not escaped
                >>Fromage
                """);
    }

    @Test
    void readShouldKeepAnUnescapedBodyLineStartingWithFromThatIsNoEnvelope() throws IOException {
        String mbox = """
                From alice@example.org Thu Aug 22 13:17:22 2002
                Subject: unescaped

                Hello,

                From the desk of the editor, 2024 edition:
                From now on we meet at 10:30.
                """;

        assertThat(read(mbox)).singleElement().asString()
                .contains("From the desk of the editor, 2024 edition:\nFrom now on we meet at 10:30.\n");
    }

    @Test
    void readShouldIgnoreAWrongContentLength() throws IOException {
        String mbox = """
                From alice@example.org Thu Aug 22 13:17:22 2002
                Content-Length: 5
                Subject: longer than announced

                this body is much longer than five bytes

                From bob@example.org Thu Aug 22 13:18:22 2002
                Content-Length: 9999
                Subject: shorter than announced

                short
                """;

        assertThat(read(mbox)).containsExactly(
                "Content-Length: 5\nSubject: longer than announced\n\nthis body is much longer than five bytes\n",
                "Content-Length: 9999\nSubject: shorter than announced\n\nshort\n");
    }

    @Test
    void readShouldHandleCrlfLineEndings() throws IOException {
        String mbox = "From a@example.org Thu Aug 22 13:17:22 2002\r\nSubject: one\r\n\r\n>From body\r\n\r\n"
                + "From b@example.org Thu Aug 22 13:17:23 2002\r\nSubject: two\r\n\r\nbody\r\n";

        assertThat(read(mbox)).containsExactly("Subject: one\r\n\r\nFrom body\r\n", "Subject: two\r\n\r\nbody\r\n");
    }

    @Test
    void readShouldFindNoMessageInAnEmptyFile() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
    }

    @Test
    void readShouldReturnTheOnlyMessageOfAFileWithoutFinalNewline() throws IOException {
        assertThat(read("From a@example.org Thu Aug 22 13:17:22 2002\nSubject: x\n\nbody")).containsExactly("Subject: x\n\nbody");
    }

    @Test
    void readShouldRecogniseThunderbirdEnvelopesAndLinesLongerThanTheBuffer() throws IOException {
        String longLine = "x".repeat(200_000);
        String mbox = "From - Sat Jan  3 01:05:34 1996\nSubject: a\n\n" + longLine + "\n\n"
                + "From - Sat Jan  3 01:05:35 1996\nSubject: b\n\nb\n";

        assertThat(read(mbox, 100)).containsExactly("Subject: a\n\n" + longLine + "\n", "Subject: b\n\nb\n");
    }

    @Test
    void readShouldGiveTheSameMessagesWhateverPartWasAlreadyReadAsPrefix() throws IOException {
        String mbox = "From a@example.org Thu Aug 22 13:17:22 2002\nSubject: one\n\n>From x\n\n"
                + "From b@example.org Thu Aug 22 13:17:23 2002\nSubject: two\n\ny\n";
        List<String> expected = read(mbox);

        for (int prefix = 0; prefix <= mbox.length(); prefix++) {
            assertThat(read(mbox, prefix)).as("prefix %d", prefix).isEqualTo(expected);
        }
    }
}
