package dev.mailroom.ingest.internal.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.demo.DemoMailbox;
import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.ingest.ParsedMessageJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Text extraction from attachments: PDFs, text parts, their limits, and which parsers do it. */
class MimeParserAttachmentTextTest {

    private final MimeParser parser = new MimeParser();

    @Test
    void parseShouldExtractTheTextOfEveryPageOfAPdfAttachment() {
        byte[] pdf = pdf("Quarterly report for the board", "Second page: revenue grew by 12 percent");

        Attachment a = only(parser.parse(mail("application/pdf", "report.pdf", "attachment", pdf), null));

        assertThat(a.text()).contains("Quarterly report for the board").contains("revenue grew by 12 percent");
        assertThat(a.text().indexOf("Quarterly")).isLessThan(a.text().indexOf("Second page"));
    }

    @Test
    void parseShouldReadAPdfInPageOrderWithATabBetweenColumns() {
        // Drawn as some reporting tools draw: the right-hand block first, then the labels, then their sums.
        byte[] pdf = dev.mailroom.testing.TestPdf.drawn("400|60|Invoice No: 10457", "400|75|Due Date: 04/09/2026",
                "50|60|Harbor Plumbing LLC", "50|75|12 Dock St", "350|300|Subtotal", "350|315|Total",
                "460|300|$1,930.00", "460|315|$2,036.15");

        Attachment a = only(parser.parse(mail("application/pdf", "invoice.pdf", "attachment", pdf), null));

        assertThat(a.text().lines()).containsExactly("Harbor Plumbing LLC\tInvoice No: 10457", "12 Dock St\tDue Date: 04/09/2026",
                "Subtotal\t$1,930.00", "Total\t$2,036.15");
    }

    @Test
    void aPageWhoseTextCannotBeSortedShouldBeReadInTheOrderItIsDrawn() throws IOException {
        byte[] pdf = dev.mailroom.testing.TestPdf.drawn("350|300|Total", "460|300|$2,036.15");
        org.apache.pdfbox.text.PDFTextStripper failing = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            public String getText(PDDocument doc) {
                throw new IllegalArgumentException("Comparison method violates its general contract!");
            }
        };
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = AttachmentText.page(failing, new org.apache.pdfbox.text.PDFTextStripper(), doc, 1);
            assertThat(text).contains("Total").contains("$2,036.15");
        }
    }

    @Test
    void parseShouldExtractTheInvoiceFromTheDemoMailboxPdf() {
        DemoMailbox demo = DemoMailbox.create(Clock.fixed(Instant.parse("2026-03-10T15:30:00Z"), ZoneOffset.UTC),
                ZoneId.of("Europe/Zurich"));
        byte[] raw = demo.messages().stream()
                .filter(m -> new String(m, StandardCharsets.ISO_8859_1).contains("Rechnung_RE-2026-04417.pdf"))
                .findFirst()
                .orElseThrow();

        ParsedMessage m = parser.parse(raw, null);

        Attachment pdf = m.attachments().stream().filter(a -> a.contentType().equals("application/pdf")).findFirst().orElseThrow();
        assertThat(pdf.text()).contains("RECHNUNG RE-2026-04417").contains("Rechnungsbetrag (inkl. 19% MwSt.): 1.249,00 EUR");
        assertThat(m.defects()).isEmpty();
    }

    @Test
    void parseShouldReadAnOctetStreamAsPdfWhenItsNameEndsInPdfOrItsBytesStartWithPdfMagic() {
        byte[] pdf = pdf("Boarding pass LX 318");

        Attachment named = only(parser.parse(mail("application/octet-stream", "PASS.PDF", "attachment", pdf), null));
        Attachment sniffed = only(parser.parse(mail("application/octet-stream", "download", "attachment", pdf), null));
        Attachment zip = only(parser.parse(mail("application/octet-stream", "data.bin", "attachment",
                "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1)), null));

        assertThat(named.text()).contains("Boarding pass LX 318");
        assertThat(sniffed.text()).contains("Boarding pass LX 318");
        assertThat(zip.text()).isNull();
    }

    @Test
    void parseShouldReportABrokenPdfAsADefectWithoutText() {
        byte[] broken = "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1);

        ParsedMessage m = parser.parse(mail("application/pdf", "x.pdf", "attachment", broken), null);

        assertThat(only(m).text()).isNull();
        assertThat(m.defects()).singleElement().asString().startsWith("attachment \"x.pdf\": unreadable PDF (");
    }

    @Test
    void parseShouldReportAPdfThatNeedsAPasswordAsEncrypted() throws IOException {
        byte[] pdf;
        try (PDDocument doc = document("Secret salary table")) {
            doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            pdf = save(doc);
        }

        ParsedMessage m = parser.parse(mail("application/pdf", "salaries.pdf", "attachment", pdf), null);

        assertThat(only(m).text()).isNull();
        assertThat(m.defects()).containsExactly("attachment \"salaries.pdf\": unreadable PDF (encrypted)");
    }

    @Test
    void parseShouldReportTheTruncatedPdfOfRubyMailsFixtureAsUnreadable() throws IOException {
        Path eml = ThirdPartyGoldenTest.corpus()
                .resolve("mime-dev/ruby-mail/spec/fixtures/emails/attachment_emails/attachment_pdf.eml");
        assumeTrue(Files.isRegularFile(eml), "ruby-mail fixture not found, skipping: " + eml);

        ParsedMessage m = parser.parse(Files.readAllBytes(eml), null);

        assertThat(only(m).text()).isNull();
        assertThat(m.defects()).anyMatch(d -> d.startsWith("attachment \"broken.pdf\": unreadable PDF ("));
    }

    @Test
    void parseShouldGiveEmptyTextForRubyMailsPdfWhichHasNoTextLayer() throws IOException {
        Path file = ThirdPartyGoldenTest.corpus().resolve("mime-dev/ruby-mail/spec/fixtures/attachments/test.pdf");
        assumeTrue(Files.isRegularFile(file), "ruby-mail fixture not found, skipping: " + file);

        ParsedMessage m = parser.parse(mail("application/pdf", "test.pdf", "attachment", Files.readAllBytes(file)), null);

        assertThat(only(m).text()).isEmpty();
        assertThat(m.defects()).isEmpty();
    }

    @Test
    void parseShouldDecodeTextAttachmentsWithTheirCharset() {
        byte[] latin1 = "Grüße aus Zürich".getBytes(StandardCharsets.ISO_8859_1);

        Attachment plain = only(parser.parse(mail("text/plain; charset=iso-8859-1", "notes.txt", "attachment", latin1), null));
        Attachment csv = only(parser.parse(mail("text/csv; charset=utf-8", "t.csv", "attachment",
                "date,amount\r\n2026-01-02,12.50\r\n".getBytes(StandardCharsets.UTF_8)), null));
        Attachment ics = only(parser.parse(mail("text/calendar; charset=utf-8; method=REQUEST", "invite.ics", "attachment",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Design review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                        .getBytes(StandardCharsets.UTF_8)), null));

        assertThat(plain.text()).isEqualTo("Grüße aus Zürich");
        assertThat(csv.text()).isEqualTo("date,amount\n2026-01-02,12.50");
        assertThat(ics.text()).contains("SUMMARY:Design review");
    }

    @Test
    void parseShouldTurnAnHtmlAttachmentIntoReadableText() {
        byte[] html = "<html><head><style>p{}</style></head><body><h1>Itinerary</h1><p>Zurich &rarr; Lisbon</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        Attachment a = only(parser.parse(mail("text/html; charset=utf-8", "trip.html", "attachment", html), null));

        assertThat(a.text()).isEqualTo("Itinerary\n\nZurich → Lisbon");
    }

    @Test
    void parseShouldNotReadImagesOrOtherBinaryAttachments() {
        Attachment image = only(parser.parse(mail("image/png", "logo.png", "inline", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), null));

        assertThat(image.text()).isNull();
    }

    @Test
    void parseShouldStopAfterTheFiftiethPage() {
        String[] pages = new String[60];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = "Marker page" + (i + 1) + "end";
        }

        Attachment a = only(parser.parse(mail("application/pdf", "long.pdf", "attachment", pdf(pages)), null));

        assertThat(a.text()).contains("Marker page1end").contains("Marker page50end").doesNotContain("Marker page51end");
    }

    @Test
    void parseShouldCapTheTextOfOneAttachment() {
        byte[] big = "all work and no play\n".repeat(20_000).getBytes(StandardCharsets.US_ASCII);

        Attachment a = only(parser.parse(mail("text/plain; charset=us-ascii", "big.txt", "attachment", big), null));

        assertThat(a.size()).isEqualTo(big.length);
        assertThat(a.text()).hasSize(AttachmentText.MAX_CHARS).startsWith("all work and no play\nall work");
    }

    @Test
    void captureShouldSkipAPdfLargerThanTheLimitButKeepItsHash() {
        AttachmentText.Capture capture = new AttachmentText.Capture(AttachmentText.Kind.PDF);
        byte[] pdf = pdf("Too big to read");
        capture.accept(pdf, pdf.length);
        byte[] chunk = new byte[8192];
        for (long fed = pdf.length; fed <= AttachmentText.MAX_PDF_BYTES; fed += chunk.length) {
            capture.accept(chunk, chunk.length);
        }

        Defects defects = new Defects();
        assertThat(capture.text("big.pdf", null, defects)).isNull();
        assertThat(defects.toList()).isEmpty();
    }

    @Test
    void storageParserShouldNotExtractButIndexingParserShould() {
        byte[] raw = mail("application/pdf", "report.pdf", "attachment", pdf("Indexed words"));

        assertThat(only(MimeParser.forStorage().parse(raw, null)).text()).isNull();
        assertThat(only(MimeParser.forIndexing().parse(raw, null)).text()).isEqualTo("Indexed words");
    }

    @Test
    void jsonShouldGiveTheLengthOfTheTextRatherThanTheText() {
        ParsedMessage m = parser.parse(mail("text/plain; charset=utf-8", "a.txt", "attachment",
                "twelve chars".getBytes(StandardCharsets.UTF_8)), null);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) ParsedMessageJson.toJson("f", m).get("attachments");

        assertThat(attachments.getFirst()).containsEntry("text_chars", 12).doesNotContainKey("text");
        assertThat(attachments.getFirst().keySet())
                .containsExactly("filename", "content_type", "size", "sha256", "content_id", "inline", "text_chars");
    }

    private static Attachment only(ParsedMessage m) {
        assertThat(m.attachments()).hasSize(1);
        return m.attachments().getFirst();
    }

    /** A multipart/mixed message with a short text body and one base64 attachment. */
    static byte[] mail(String contentType, String filename, String disposition, byte[] content) {
        String base64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(content);
        String raw = """
                From: Ann <ann@example.org>\r
                To: Bob <bob@example.org>\r
                Subject: With attachment\r
                Date: Mon, 2 Mar 2026 10:00:00 +0100\r
                MIME-Version: 1.0\r
                Content-Type: multipart/mixed; boundary="b1"\r
                \r
                --b1\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                See attached.\r
                --b1\r
                Content-Type: %s; name="%s"\r
                Content-Disposition: %s; filename="%s"\r
                Content-Transfer-Encoding: base64\r
                \r
                %s\r
                --b1--\r
                """.formatted(contentType, filename, disposition, filename, base64);
        return raw.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF with one page per argument, each showing that line in Helvetica. */
    static byte[] pdf(String... pages) {
        try (PDDocument doc = document(pages)) {
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument document(String... pages) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (String line : pages) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
        }
        return doc;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
