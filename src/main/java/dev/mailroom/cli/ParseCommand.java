package dev.mailroom.cli;

import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.ingest.ParsedMessageJson;
import dev.mailroom.ingest.internal.mime.MimeParser;
import dev.mailroom.shared.EmailAddress;
import dev.mailroom.shared.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailroom parse FILE... [--json]}: shows what Mailroom understands of message files, without storing them. */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Show what Mailroom understands of message files, without storing them.")
final class ParseCommand implements Callable<Integer> {

    private static final int TEXT_LINES = 20;

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Message files (.eml, or one message with an mbox From line).")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object per file and line.")
    boolean json;

    @Override
    public Integer call() {
        MimeParser parser = new MimeParser();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            MessageFile read;
            try {
                read = MessageFile.read(file);
            } catch (IOException | RuntimeException e) {
                err.println("mailroom parse: cannot read " + file + ": " + MessageFile.reason(e));
                err.flush();
                failed++;
                continue;
            }
            ParsedMessage m = parser.parse(read.raw(), read.mtime());
            out.println(json ? Json.write(ParsedMessageJson.toJson(file.toString(), m)) : summary(file, m));
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    private static String summary(Path file, ParsedMessage m) {
        StringBuilder b = new StringBuilder("== ").append(file).append('\n');
        b.append("Subject:    ").append(nullToEmpty(m.subject())).append('\n');
        b.append("From:       ").append(addresses(m.from())).append('\n');
        b.append("To:         ").append(addresses(m.to())).append('\n');
        if (!m.cc().isEmpty()) {
            b.append("Cc:         ").append(addresses(m.cc())).append('\n');
        }
        b.append("Date:       ").append(m.date() == null ? "(none)" : ParsedMessageJson.formatDate(m.date()));
        if (m.dateFlagged()) {
            b.append(" (fallback: ").append(m.dateSource().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(')');
        }
        b.append('\n');
        b.append("Message-ID: ").append(nullToEmpty(m.messageId())).append('\n');
        for (Attachment a : m.attachments()) {
            b.append("Attachment: ").append(a.filename() == null ? "(no name)" : a.filename())
                    .append(" [").append(a.contentType()).append(", ").append(a.size()).append(" bytes")
                    .append(a.inline() ? ", inline" : "").append("]\n");
        }
        for (String d : m.defects()) {
            b.append("Defect:     ").append(d).append('\n');
        }
        b.append('\n');
        String[] lines = m.text().split("\r?\n", -1);
        for (int i = 0; i < Math.min(lines.length, TEXT_LINES); i++) {
            b.append("  ").append(lines[i]).append('\n');
        }
        if (lines.length > TEXT_LINES) {
            b.append("  [... ").append(lines.length - TEXT_LINES).append(" more lines]\n");
        }
        return b.toString();
    }

    private static String addresses(List<EmailAddress> list) {
        return list.stream().map(EmailAddress::toString).collect(Collectors.joining(", "));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
