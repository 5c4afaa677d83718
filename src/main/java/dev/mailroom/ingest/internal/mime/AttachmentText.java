package dev.mailroom.ingest.internal.mime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text of attachments for search: PDFs through PDFBox, text/plain, text/csv and text/calendar
 * decoded with their charset, text/html through {@link HtmlText}. Other types give no text.
 *
 * <p>Bounded in memory and time: a PDF is read only when its decoded size is at most {@link
 * #MAX_PDF_BYTES}, only its first {@link #MAX_PDF_PAGES} pages are read, a text part is read up to
 * {@link #MAX_TEXT_BYTES}, and the text kept is at most {@link #MAX_CHARS} characters. A PDF that
 * cannot be read gives no text and a defect, never an exception.
 */
final class AttachmentText {

    static final int MAX_PDF_BYTES = 20 * 1024 * 1024;
    static final int MAX_PDF_PAGES = 50;
    static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    static final int MAX_CHARS = 200 * 1024;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    /** What an attachment is, as far as text extraction goes. */
    enum Kind {
        PDF,
        /** application/octet-stream or similar that is a PDF only if its bytes start with {@code %PDF-}. */
        MAYBE_PDF,
        TEXT,
        HTML,
        NONE
    }

    private AttachmentText() {}

    static Kind kind(String contentType, String filename) {
        boolean pdfName = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".pdf");
        return switch (contentType) {
            case "application/pdf", "application/x-pdf", "application/acrobat" -> Kind.PDF;
            case "application/octet-stream", "application/binary", "application/download",
                    "application/force-download", "application/x-download" -> pdfName ? Kind.PDF : Kind.MAYBE_PDF;
            case "text/plain", "text/csv", "text/calendar" -> Kind.TEXT;
            case "text/html" -> Kind.HTML;
            default -> Kind.NONE;
        };
    }

    /** How many bytes of an attachment of this kind are worth keeping for extraction. */
    static int byteLimit(Kind kind) {
        return switch (kind) {
            case PDF, MAYBE_PDF -> MAX_PDF_BYTES;
            case TEXT, HTML -> MAX_TEXT_BYTES;
            case NONE -> 0;
        };
    }

    static boolean isPdf(byte[] bytes, int length) {
        if (length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (bytes[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of a PDF's first pages, capped; {@code null} with a defect when PDFBox cannot read it.
     *
     * @param name how the defect names the attachment
     */
    static String pdfText(byte[] bytes, int length, String name, Defects defects) {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(ByteBuffer.wrap(bytes, 0, length).slice()))) {
            return pages(doc);
        } catch (InvalidPasswordException e) {
            defects.add(unreadable(name, "encrypted"));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            defects.add(unreadable(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return null;
    }

    private static String pages(PDDocument doc) throws IOException {
        PDFTextStripper layout = new LayoutStripper();
        PDFTextStripper drawn = new PDFTextStripper();
        int last = Math.min(doc.getNumberOfPages(), MAX_PDF_PAGES);
        StringBuilder text = new StringBuilder();
        // Page by page, so that a document with huge pages stops as soon as the cap is reached.
        for (int page = 1; page <= last && text.length() < MAX_CHARS; page++) {
            text.append(page(layout, drawn, doc, page));
        }
        return cap(text.toString().strip());
    }

    /**
     * One page in page order; a page whose text positions cannot be sorted (PDFBox can fail on
     * inconsistent positions) is read in the order it is drawn rather than lost.
     */
    static String page(PDFTextStripper layout, PDFTextStripper drawn, PDDocument doc, int page) throws IOException {
        try {
            layout.setStartPage(page);
            layout.setEndPage(page);
            return layout.getText(doc);
        } catch (RuntimeException e) {
            drawn.setStartPage(page);
            drawn.setEndPage(page);
            return drawn.getText(doc);
        }
    }

    /**
     * Text in the order it stands on the page, not the order the PDF happens to draw it, with a tab
     * where a wide gap parts two pieces of one line. Invoices drawn column by column ("Subtotal",
     * "Tax", "Total" first, then their three sums) would otherwise read every label apart from its
     * sum; side by side they read "Total\t$2,036.15", as a table row of an HTML receipt does, and an
     * address block beside the invoice's details reads "12 Dock St\tInvoice No: 10457", not as one phrase.
     */
    static final class LayoutStripper extends PDFTextStripper {
        /** A gap wider than this many spaces parts two columns rather than two words. */
        private static final float COLUMN_GAP_SPACES = 3f;
        private boolean separatorPending;
        private float lastEnd = Float.NaN;

        LayoutStripper() {
            setSortByPosition(true);
        }

        @Override
        protected void writeWordSeparator() {
            separatorPending = true; // written with the next word, once its gap is known
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (separatorPending) {
                separatorPending = false;
                writeString(isColumnGap(positions) ? "\t" : getWordSeparator());
            }
            super.writeString(text, positions);
            if (!positions.isEmpty()) {
                TextPosition end = positions.get(positions.size() - 1);
                lastEnd = end.getXDirAdj() + end.getWidthDirAdj();
            }
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            separatorPending = false;
            lastEnd = Float.NaN;
            super.writeLineSeparator();
        }

        private boolean isColumnGap(List<TextPosition> positions) {
            if (positions.isEmpty() || Float.isNaN(lastEnd)) {
                return false;
            }
            TextPosition first = positions.get(0);
            float space = first.getWidthOfSpace();
            if (!(space > 0) || Float.isInfinite(space)) {
                space = 0.25f * first.getFontSizeInPt();
            }
            return first.getXDirAdj() - lastEnd > COLUMN_GAP_SPACES * space;
        }
    }

    /** Decoded text/plain, text/csv or text/calendar. */
    static String plainText(byte[] bytes, int length, String charset, Defects defects) {
        return cap(Charsets.decode(bytes, 0, length, charset, defects).replace("\r\n", "\n").strip());
    }

    static String htmlText(byte[] bytes, int length, String charset, Defects defects) {
        return cap(HtmlText.toText(Charsets.decode(bytes, 0, length, charset, defects)));
    }

    static String cap(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    private static String unreadable(String name, String reason) {
        return "attachment " + (name == null ? "(no name)" : "\"" + name + "\"") + ": unreadable PDF (" + reason + ")";
    }

    /**
     * Keeps an attachment's bytes while they stream past, as far as extraction needs them: nothing for
     * types without text, the first bytes of an octet-stream until they show it is no PDF, nothing of
     * a PDF once it passes {@link #MAX_PDF_BYTES}, the first {@link #MAX_TEXT_BYTES} of a text part.
     */
    static final class Capture {
        private Kind kind;
        private byte[] bytes = new byte[0];
        private int length;

        Capture(Kind kind) {
            this.kind = kind;
        }

        void accept(byte[] b, int n) {
            if (kind == Kind.NONE) {
                return;
            }
            int room = byteLimit(kind) - length;
            if (n > room && (kind == Kind.PDF || kind == Kind.MAYBE_PDF)) {
                none();
                return;
            }
            int take = Math.min(n, room);
            if (length + take > bytes.length) {
                int grown = Math.min(Math.max(bytes.length * 2, 8192), byteLimit(kind));
                bytes = Arrays.copyOf(bytes, Math.max(length + take, grown));
            }
            System.arraycopy(b, 0, bytes, length, take);
            length += take;
            if (kind == Kind.MAYBE_PDF && length >= PDF_MAGIC.length) {
                if (isPdf(bytes, length)) {
                    kind = Kind.PDF;
                } else {
                    none();
                }
            }
        }

        private void none() {
            kind = Kind.NONE;
            bytes = null;
            length = 0;
        }

        /** The first bytes kept, for sniffing a charset; empty when none are kept. */
        byte[] bytes() {
            return bytes == null ? new byte[0] : bytes;
        }

        int length() {
            return length;
        }

        /**
         * The extracted text, or {@code null} when the type has none or it could not be read.
         *
         * @param name the attachment's file name for defects, may be null
         * @param charset the charset to decode text parts with, may be null
         */
        String text(String name, String charset, Defects defects) {
            return switch (kind) {
                case PDF -> pdfText(bytes, length, name, defects);
                case TEXT -> plainText(bytes, length, charset, defects);
                case HTML -> htmlText(bytes, length, charset, defects);
                case MAYBE_PDF, NONE -> null;
            };
        }
    }
}
