package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name + ".eml");
        try (InputStream in = getClass().getResourceAsStream("/eml/" + name + ".eml")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    @SuppressWarnings("unchecked")
    void parseJsonShouldPrintOneObjectWithTheDocumentedKeysInOrder() throws IOException {
        Path file = fixture("multipart-alternative");

        int code = run("parse", "--json", file.toString());

        assertThat(code).isZero();
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).doesNotContain("\n");
        Map<String, Object> json = Json.mapper().readValue(line, Map.class);
        assertThat(json.keySet()).containsExactly("file", "subject", "from", "sender", "reply_to", "to", "cc", "bcc",
                "date", "message_id", "in_reply_to", "references", "list_id", "text", "html", "attachments",
                "defects", "date_source", "date_flagged");
        assertThat(json.get("subject")).isEqualTo("Lunch on Friday?");
        assertThat(json.get("date")).isEqualTo("2002-08-22T18:26:25+07:00");
        assertThat(json.get("sender")).isNull();
    }

    @Test
    void parseShouldReportAMissingFileOnStderrAndExitOneAfterParsingTheOthers() throws IOException {
        Path file = fixture("html-only");
        Path missing = dir.resolve("missing.eml");

        int code = run("parse", missing.toString(), file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read " + missing);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Subject:    Newsletter");
    }

    @Test
    void parseShouldFlagADateTakenFromReceived() throws IOException {
        Path file = fixture("missing-date-received");

        run("parse", file.toString());

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Date:       2003-03-09T10:11:12-08:00 (fallback: received)");
    }

    @Test
    void parseHelpShouldDescribeTheCommand() {
        int code = run("parse", "--help");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: mailroom parse").contains("--json");
    }
}
