package dev.mailroom.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds one-page PDFs for tests, with each piece of text drawn at its place and in the order given. */
public final class TestPdf {

    private TestPdf() {}

    /**
     * A letter-size page with each piece {@code "x|y|text"} drawn in 10 pt Helvetica, {@code x} points
     * from the left and {@code y} points from the top, in the order of the arguments: an invoice drawn
     * column by column, as some reporting tools do, lists all its labels before all its sums.
     */
    public static byte[] drawn(String... pieces) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                for (String piece : pieces) {
                    String[] p = piece.split("\\|", 3);
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(Float.parseFloat(p[0]), height - Float.parseFloat(p[1]));
                    content.showText(p[2]);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
