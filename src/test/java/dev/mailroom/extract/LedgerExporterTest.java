package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's CSV, iCalendar and PDF exports, read back and checked. */
class LedgerExporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T09:30:00Z"), ZoneId.of("UTC"));
    private static final LedgerExporter EXPORTER = new LedgerExporter(CLOCK, ZoneId.of("Europe/Zurich"), 3);

    @TempDir
    Path tmp;

    private static byte[] bytes(LedgerExportFormat format, List<LedgerEntry> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORTER.write(format, entries, out);
        return out.toByteArray();
    }

    // --- CSV

    @Test
    void csvShouldStartWithAByteOrderMarkAndTheLedgersJsonKeys() throws Exception {
        String csv = new String(bytes(LedgerExportFormat.CSV, LedgerFixtures.ledger()), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFid,message_id,kind,payee,amount,currency,due_date,status,paid_on,recurring,confidence,"
                + "invoice_number,account_last4,period,expected,paid_by_message_id,user_decided\r\n");
        assertThat(csv).contains("\r\n1,101,bill,Netflix,12.99,EUR,2026-11-20,upcoming,,false,0.875,INV-1,0781,2026-11-01/2026-11-30,"
                + "false,,false\r\n");
    }

    @Test
    void csvShouldQuoteCommasQuotesAndLineBreaksSoEveryRowReadsBack() throws Exception {
        List<List<String>> rows = readCsv(new String(bytes(LedgerExportFormat.CSV, LedgerFixtures.ledger()), StandardCharsets.UTF_8)
                .substring(1));

        assertThat(rows).hasSize(7).allSatisfy(r -> assertThat(r).hasSize(17));
        assertThat(rows.get(2).get(3)).isEqualTo("Acme, \"Best\" Tools\nLtd");
        assertThat(rows.get(2).get(11)).isEqualTo("A;B,C\\D");
        assertThat(rows.get(3).get(3)).isEqualTo("株式会社テスト");
        assertThat(rows.get(3).get(4)).isEqualTo("1200");
        assertThat(rows.get(5).get(1)).isEmpty();
        assertThat(rows.get(5).get(9)).isEqualTo("true");
    }

    @Test
    void csvShouldKeepNegativeAmountsPlainButDisarmPayeesASpreadsheetWouldRunAsFormulas() throws Exception {
        List<List<String>> rows = readCsv(new String(bytes(LedgerExportFormat.CSV, LedgerFixtures.ledger()), StandardCharsets.UTF_8)
                .substring(1));

        assertThat(rows.get(4).get(4)).isEqualTo("-18.50");
        assertThat(rows.get(4).get(3)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    }

    @Test
    void csvOfAnEmptyLedgerShouldBeTheHeaderAlone() throws Exception {
        String csv = new String(bytes(LedgerExportFormat.CSV, List.of()), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1);
        assertThat(csv).endsWith("user_decided\r\n");
    }

    // --- iCalendar

    @Test
    void icsShouldPassTheStrictValidator() throws Exception {
        byte[] ics = bytes(LedgerExportFormat.ICS, LedgerFixtures.ledger());
        assertThat(IcsValidator.validate(ics)).isEmpty();
    }

    @Test
    void icsShouldHoldOneAllDayEventWithAnAlarmPerOpenDueDate() throws Exception {
        var cal = IcsValidator.parse(bytes(LedgerExportFormat.ICS, LedgerFixtures.ledger()));

        assertThat(cal.value("PRODID")).isEqualTo("-//Mailroom//Payments ledger//EN");
        assertThat(cal.value("METHOD")).isEqualTo("PUBLISH");
        assertThat(cal.children()).extracting(c -> c.value("UID"))
                .containsExactly("payment-1@mailroom", "payment-2@mailroom", "payment-5@mailroom");
        var netflix = cal.children().getFirst();
        assertThat(netflix.value("SUMMARY")).isEqualTo("Pay Netflix 12.99 EUR");
        assertThat(netflix.value("DTSTAMP")).isEqualTo("20261115T093000Z");
        assertThat(netflix.all("DTSTART").getFirst().params()).containsEntry("VALUE", "DATE");
        assertThat(netflix.value("DTSTART")).isEqualTo("20261120");
        assertThat(netflix.value("DTEND")).isEqualTo("20261121");
        assertThat(netflix.value("DESCRIPTION")).isEqualTo(
                "Kind: bill\\nReference: INV-1\\nAccount ending in 0781\\nPeriod: 2026-11-01/2026-11-30\\nStatus: upcoming\\n"
                        + "Message: mailroom show 101");
        var alarm = netflix.children().getFirst();
        assertThat(alarm.value("ACTION")).isEqualTo("DISPLAY");
        assertThat(alarm.value("TRIGGER")).isEqualTo("-P3D");
        assertThat(alarm.value("DESCRIPTION")).isEqualTo("Pay Netflix 12.99 EUR");
    }

    @Test
    void icsShouldEscapeTextAndMarkOverdueEntries() throws Exception {
        var cal = IcsValidator.parse(bytes(LedgerExportFormat.ICS, LedgerFixtures.ledger()));

        var acme = cal.children().get(1);
        assertThat(acme.value("SUMMARY")).isEqualTo("Overdue: Pay Acme\\, \"Best\" Tools\\nLtd 1234.50 USD");
        assertThat(acme.value("DESCRIPTION")).contains("Reference: A\\;B\\,C\\\\D");
    }

    @Test
    void icsShouldFoldLongLinesAt75OctetsWithoutSplittingACharacter() throws Exception {
        byte[] ics = bytes(LedgerExportFormat.ICS, LedgerFixtures.ledger());
        String text = new String(ics, StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n ");
        assertThat(text.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        var renewal = IcsValidator.parse(ics).children().get(2);
        assertThat(renewal.value("SUMMARY")).isEqualTo("Pay " + LedgerCalendar.escape(LedgerFixtures.LONG_PAYEE) + " 9.99 GBP");
        StringBuilder folded = new StringBuilder();
        LedgerCalendar.line(folded, "SUMMARY:" + "€".repeat(40));
        assertThat(folded.toString().split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(folded.toString().split("\r\n")[0]).isEqualTo("SUMMARY:" + "€".repeat(22));
    }

    @Test
    void icsShouldKeepTheSameUidsWhenExportedAgainAndBeValidWhenEmpty() throws Exception {
        assertThat(bytes(LedgerExportFormat.ICS, LedgerFixtures.ledger())).isEqualTo(bytes(LedgerExportFormat.ICS, LedgerFixtures.ledger()));
        byte[] empty = bytes(LedgerExportFormat.ICS, List.of());
        assertThat(IcsValidator.validate(empty)).isEmpty();
        assertThat(IcsValidator.parse(empty).children()).isEmpty();
    }

    @Test
    void theValidatorShouldCatchWhatCalendarProgramsReject() {
        String good = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261115T093000Z\r\n"
                + "DTSTART;VALUE=DATE:20261120\r\nDTEND;VALUE=DATE:20261121\r\nSUMMARY:a\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
                + "DESCRIPTION:a\r\nTRIGGER:-P3D\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertThat(IcsValidator.validate(good.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(IcsValidator.validate(good.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(IcsValidator.validate(good.replace("SUMMARY:a", "SUMMARY:a, b").getBytes(StandardCharsets.UTF_8)))
                .contains("line 9: an unescaped ',' in SUMMARY");
        assertThat(IcsValidator.validate(good.replace("SUMMARY:a", "SUMMARY:" + "a".repeat(80)).getBytes(StandardCharsets.UTF_8)))
                .contains("line 9: 88 octets, more than 75");
        assertThat(IcsValidator.validate(good.replace("DESCRIPTION:a\r\n", "").getBytes(StandardCharsets.UTF_8)))
                .contains("VALARM has no DESCRIPTION");
        assertThat(IcsValidator.validate(good.replace("DTEND;VALUE=DATE:20261121", "DTEND;VALUE=DATE:20261120")
                .getBytes(StandardCharsets.UTF_8))).contains("line 8: DTEND must be after DTSTART");
        assertThat(IcsValidator.validate(good.replace("20261115T093000Z", "20261115T093000").getBytes(StandardCharsets.UTF_8)))
                .contains("DTSTAMP must be a UTC date-time, not 20261115T093000");
        assertThat(IcsValidator.validate(good.replace("END:VALARM\r\n", "").getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        byte[] split = ("SUMMARY:" + "€").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[split.length - 1];
        System.arraycopy(split, 0, broken, 0, broken.length);
        assertThat(IcsValidator.validate(broken)).containsExactly("not valid UTF-8 (a character split by folding?)");
    }

    /** An independent parser: Python's icalendar (Debian python3-icalendar), when it is installed. */
    @Test
    void icsShouldBeReadByAnIndependentParser() throws Exception {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        assumeTrue(run(List.of(python, "-c", "import icalendar")) == 0,
                "python3-icalendar is not installed (apt-get install python3-icalendar); skipping the independent parser check");
        Path file = tmp.resolve("ledger.ics");
        EXPORTER.export(LedgerExportFormat.ICS, LedgerFixtures.ledger(), file);
        Path out = tmp.resolve("parsed.txt");
        String script = """
                import sys, icalendar
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                with open(sys.argv[2], 'w', encoding='utf-8') as out:
                    for e in cal.walk('VEVENT'):
                        a = e.walk('VALARM')[0]
                        out.write('%s|%s|%s|%s|%s\\n' % (e['UID'], e.decoded('DTSTART').isoformat(), e['SUMMARY'].replace('\\n', '/'), a['ACTION'], a.decoded('TRIGGER')))
                """;

        assertThat(run(List.of(python, "-c", script, file.toString(), out.toString()))).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("payment-1@mailroom|2026-11-20|Pay Netflix 12.99 EUR|DISPLAY|-3 days, 0:00:00");
        assertThat(lines.get(1)).isEqualTo("payment-2@mailroom|2026-11-10|Overdue: Pay Acme, \"Best\" Tools/Ltd 1234.50 USD|DISPLAY|-3 days, 0:00:00");
        assertThat(lines.get(2)).contains(LedgerFixtures.LONG_PAYEE);
    }

    // --- PDF

    @Test
    void pdfShouldShowEachMonthWithItsRowsAndTotalsPerCurrency() throws Exception {
        String text = pdfText(bytes(LedgerExportFormat.PDF, LedgerFixtures.ledger()));

        assertThat(text).contains("Payments statement", "Made by Mailroom on 2026-11-15 - 6 entries");
        assertThat(text.indexOf("October 2026")).isLessThan(text.indexOf("November 2026"));
        assertThat(text.indexOf("November 2026")).isLessThan(text.indexOf("December 2026"));
        assertThat(text).contains("2026-11-20 Netflix bill INV-1 upcoming 12.99 EUR");
        assertThat(text).containsPattern("2026-10-05 =HYPERLINK\\(\"http://evil\\.\\S*\\.\\.\\. refund PP-38817 paid -18\\.50 CHF");
        assertThat(text).contains("2026-12-01 Streamberry Premium Fami... subscription renewal expected 9.99 GBP");
        assertThat(text).contains("Total CHF -18.50 CHF", "Total JPY 1200 JPY", "Total USD 1234.50 USD", "Total GBP 9.99 GBP");
        // the cancelled Power Co bill is listed but not counted
        assertThat(text).contains("Power Co bill cancelled 80.00 EUR").contains("Total EUR 12.99 EUR");
        assertThat(text).contains("Page 1 of 1");
    }

    @Test
    void pdfShouldReplaceTextTheStandardFontsCannotShowInsteadOfFailing() throws Exception {
        String text = pdfText(bytes(LedgerExportFormat.PDF, LedgerFixtures.ledger()));

        assertThat(text).contains("2026-10-03 ??????? receipt");
        assertThat(text).contains("Acme, \"Best\" Tools Ltd");
    }

    @Test
    void pdfShouldBreakPagesRepeatTheHeaderAndNumberThePages() throws Exception {
        byte[] pdf = bytes(LedgerExportFormat.PDF, LedgerFixtures.many(150));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            for (int i = 0; i < 150; i++) {
                assertThat(text).contains("Payee " + i + " bill R-" + i + " ");
            }
            assertThat(text).contains("(continued)");
            assertThat(text).contains("Total EUR 150.00 EUR").contains("Total EUR 160.00 EUR");
        }
    }

    @Test
    void pdfOfAnEmptyLedgerShouldSaySo() throws Exception {
        assertThat(pdfText(bytes(LedgerExportFormat.PDF, List.of()))).contains("Payments statement", "No payments in the ledger.",
                "Page 1 of 1");
    }

    // --- files and errors

    @Test
    void exportShouldWriteEachFormatToAFileAndReplaceAnOldOne() throws Exception {
        for (LedgerExportFormat f : LedgerExportFormat.values()) {
            Path out = tmp.resolve("ledger." + f.key());
            Files.writeString(out, "old");
            EXPORTER.export(f, LedgerFixtures.ledger(), out);
            assertThat(Files.readAllBytes(out)).isEqualTo(bytes(f, LedgerFixtures.ledger()));
        }
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ledger.csv", "ledger.ics", "ledger.pdf");
        }
    }

    @Test
    void exportShouldNameTheFileAndTheReasonWhenItCannotWrite() {
        Path missing = tmp.resolve("no/such/folder/ledger.csv");
        assertThatThrownBy(() -> EXPORTER.export(LedgerExportFormat.CSV, List.of(), missing))
                .isInstanceOf(LedgerExportException.class)
                .hasMessage("cannot write " + missing + ": the folder " + missing.getParent() + " does not exist");
        assertThatThrownBy(() -> EXPORTER.export(LedgerExportFormat.PDF, List.of(), tmp))
                .isInstanceOf(LedgerExportException.class)
                .hasMessage("cannot write " + tmp + ": it is a folder");
    }

    @Test
    void anUnknownFormatOrReminderShouldBeRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> LedgerExportFormat.of("xls")).hasMessage("unknown export format 'xls'; known formats: csv, ics, pdf");
        assertThat(LedgerExportFormat.of(" ICS ")).isEqualTo(LedgerExportFormat.ICS);
        assertThatThrownBy(() -> new LedgerExporter(CLOCK, ZoneId.of("UTC"), -1))
                .hasMessage("reminder days must be between 0 and 365, not -1");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace("\r\n", "\n");
        }
    }

    private static int run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> readCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
