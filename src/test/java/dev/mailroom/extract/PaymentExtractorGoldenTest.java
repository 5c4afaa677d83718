package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written messages under {@code src/test/resources/extract/eml/}, each beside the JSON that
 * {@code mailroom extract payments --json} should print for it (confidence aside).
 */
class PaymentExtractorGoldenTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");
    private final PaymentExtractor extractor = new PaymentExtractor(Clock.fixed(NOW, ZoneOffset.UTC));

    /** Every message in the folder: a new pair of files is a new case. */
    static Stream<String> messages() throws Exception {
        Path dir = Path.of(PaymentExtractorGoldenTest.class.getResource("/extract/eml").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".eml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            assertThat(names).hasSizeGreaterThan(40);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("messages")
    void extractionShouldMatchTheGoldenJson(String name) throws IOException {
        byte[] raw = resource(name + ".eml");
        List<ExtractedPayment> expected = PaymentJson.readList(new String(resource(name + ".json"), StandardCharsets.UTF_8));

        List<ExtractedPayment> found = find(raw);

        assertThat(withoutConfidence(found)).as(name).isEqualTo(withoutConfidence(expected));
        found.forEach(p -> assertThat(p.confidence()).as(name + " confidence").isBetween(0.6, 0.99));
    }

    @Test
    void anInvoiceThatIsOnlyInAPdfAttachmentShouldBeRead() throws IOException {
        byte[] pdf = pdf(List.of("Atelier Lumiere SARL - 12 rue des Fleurs - Lyon", "FACTURE / INVOICE INV-2026-0042",
                "Invoice date: 01/03/2026", "Design workshop, 2 days        400,00 EUR", "TVA 20 %          80,00 EUR",
                "Total due: 480,00 EUR", "Payment due: 31/03/2026"));
        byte[] raw = withPdf("From: Atelier =?utf-8?q?Lumi=C3=A8re?= <facturation@atelier-lumiere.fr>\r\nTo: alex@example.org\r\n"
                + "Subject: Votre facture / your invoice\r\nDate: Mon, 02 Mar 2026 10:00:00 +0100\r\n",
                "Bonjour, please find our invoice attached.", "INV-2026-0042.pdf", pdf);

        List<ExtractedPayment> found = find(raw);

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.INVOICE);
            assertThat(p.payee()).isEqualTo("Atelier Lumière");
            assertThat(p.amount()).isEqualByComparingTo("480.00");
            assertThat(p.currency()).isEqualTo("EUR");
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(p.invoiceNumber()).isEqualTo("INV-2026-0042");
        });
    }

    @Test
    void anInvoicePdfDrawnColumnByColumnShouldPairEachLabelWithItsSum() {
        byte[] pdf = dev.mailroom.testing.TestPdf.drawn("400|60|INVOICE", "400|80|Invoice No: 10457", "400|95|Invoice Date: 03/10/2026",
                "400|110|Due Date: 04/09/2026", "50|60|Harbor Plumbing LLC", "50|75|12 Dock St", "50|90|Portland, ME 04101",
                "50|200|Description", "300|200|Qty", "450|200|Amount", "50|220|Water heater replacement", "300|220|1",
                "450|220|$1,450.00", "50|235|Labor", "300|235|6", "450|235|$480.00",
                "350|300|Subtotal", "350|315|Tax (5.5%)", "350|330|Total", "350|345|Balance Due",
                "460|300|$1,930.00", "460|315|$106.15", "460|330|$2,036.15", "460|345|$2,036.15");
        byte[] raw = withPdf("From: Harbor Plumbing <office@harborplumbing.com>\r\nTo: pat@example.org\r\nSubject: Invoice 10457\r\n"
                + "Date: Tue, 10 Mar 2026 09:12:00 -0500\r\n", "Hi Pat, please see the attached invoice.", "Invoice_10457.pdf", pdf);

        assertThat(find(raw)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.INVOICE);
            assertThat(p.amount()).isEqualByComparingTo("2036.15");
            assertThat(p.currency()).isEqualTo("USD");
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 4, 9));
            assertThat(p.invoiceNumber()).isEqualTo("10457");
        });
    }

    @Test
    void aPriceListInAPdfShouldNotBeReadAsABill() {
        byte[] pdf = dev.mailroom.testing.TestPdf.drawn("50|60|Prisliste bredbånd 2025", "50|90|Fiber 500/500", "400|90|949,- kr/mnd",
                "50|105|Etableringsgebyr", "400|105|2 990,- kr", "50|120|Fakturagebyr papir", "400|120|59,- kr");
        byte[] raw = withPdf("From: Hammerfest Energi <kundeservice@hammerfestenergi.no>\r\nTo: ole@example.no\r\n"
                + "Subject: Velkommen som bredbåndskunde hos Hammerfest Energi\r\nDate: Fri, 24 Jan 2025 12:30:00 +0100\r\n",
                "Velkommen! Din første faktura kommer i starten av februar. I vedlegget finner du prislisten vår.", "Prisliste_2025.pdf", pdf);

        assertThat(find(raw)).isEmpty();
    }

    @Test
    void aMessageWithoutAnyMoneyShouldBeSkipped() {
        byte[] raw = "From: a@example.org\r\nSubject: invoice\r\n\r\nSee you at the invoice meeting tomorrow.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(find(raw)).isEmpty();
    }

    @Test
    void brokenMimeShouldYieldNothingRatherThanFail() {
        byte[] raw = "Content-Type: multipart/mixed; boundary=\"x\"\r\nSubject: Receipt\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<table><tr><td>Total<td>$"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(find(raw)).isEmpty();
    }

    /** A message of {@code headers} (each line ending CRLF) with a text body and one PDF attachment. */
    private static byte[] withPdf(String headers, String body, String filename, byte[] pdf) {
        return (headers + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
                + "--b1\r\nContent-Type: application/pdf; name=\"" + filename + "\"\r\nContent-Disposition: attachment; "
                + "filename=\"" + filename + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(pdf) + "\r\n--b1--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<ExtractedPayment> find(byte[] raw) {
        ParsedMessage parsed = IngestService.parseMessage(raw, NOW);
        return extractor.find(parsed, IngestService.headerSection(raw));
    }

    private static List<Map<String, Object>> withoutConfidence(List<ExtractedPayment> payments) {
        return PaymentJson.toMaps(payments).stream().map(m -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(m);
            copy.remove("confidence");
            return (Map<String, Object>) copy;
        }).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PaymentExtractorGoldenTest.class.getResourceAsStream("/extract/eml/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(56, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
