package dev.mailroom.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The ledger as a PDF statement: a title, then one section per month (by due date, else the day
 * paid) with a table of date, payee, kind, reference, status and amount, the month's totals per
 * currency (cancelled entries left out), page breaks with the table's header repeated, and
 * "Page i of n" at the foot of each page. It uses the Standard 14 fonts, which only show Latin
 * text: a character they cannot show is printed as {@code ?}, so a CJK payee stays visible as
 * unknown instead of breaking the file.
 */
final class LedgerStatement {

    private static final float MARGIN = 50;
    private static final float ROW = 15;
    private static final float[] COLUMNS = {50, 110, 235, 335, 405};
    private static final float AMOUNT_LEFT = 478;
    private static final float AMOUNT_RIGHT = 545;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Clock clock;
    private final ZoneId zone;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PDDocument doc;
    private PDPageContentStream page;
    private float y;

    LedgerStatement(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    void write(List<LedgerEntry> entries, OutputStream out) throws IOException {
        try (PDDocument d = new PDDocument()) {
            doc = d;
            // a fixed id and dates from the clock: the same ledger at the same time gives the same bytes
            d.setDocumentId(clock.millis());
            PDDocumentInformation info = d.getDocumentInformation();
            info.setTitle("Payments statement");
            info.setCreator("Mailroom");
            info.setProducer("Mailroom");
            info.setCreationDate(GregorianCalendar.from(clock.instant().atZone(zone)));
            newPage();
            text(bold, 18, MARGIN, "Payments statement");
            y -= 20;
            text(regular, 10, MARGIN, "Made by Mailroom on " + LocalDate.now(clock.withZone(zone)) + " - " + entries.size()
                    + (entries.size() == 1 ? " entry" : " entries"));
            y -= 24;
            Map<YearMonth, List<LedgerEntry>> months = byMonth(entries);
            if (entries.isEmpty()) {
                text(regular, 11, MARGIN, "No payments in the ledger.");
            }
            for (var month : months.entrySet()) {
                section(month.getKey(), month.getValue());
            }
            page.close();
            footers();
            d.save(out);
        } finally {
            doc = null;
            page = null;
        }
    }

    private static LocalDate date(LedgerEntry e) {
        return e.dueDate() != null ? e.dueDate() : e.paidOn();
    }

    /** Months in order; entries with no date at all come last, under {@code null}. */
    private static Map<YearMonth, List<LedgerEntry>> byMonth(List<LedgerEntry> entries) {
        Map<YearMonth, List<LedgerEntry>> months = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        entries.stream()
                .sorted(Comparator.comparing(LedgerStatement::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(LedgerEntry::id))
                .forEach(e -> months.computeIfAbsent(date(e) == null ? null : YearMonth.from(date(e)), k -> new ArrayList<>()).add(e));
        return months;
    }

    private void section(YearMonth month, List<LedgerEntry> rows) throws IOException {
        String title = month == null ? "Without a date" : MONTH.format(month);
        if (y < MARGIN + 4 * ROW) {
            newPage();
        }
        sectionHeader(title);
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (LedgerEntry e : rows) {
            if (y < MARGIN + 2 * ROW) {
                newPage();
                sectionHeader(title + " (continued)");
            }
            LocalDate d = date(e);
            cell(COLUMNS[0], d == null ? "" : d.toString(), COLUMNS[1]);
            cell(COLUMNS[1], e.payee(), COLUMNS[2]);
            cell(COLUMNS[2], e.kind().key().replace('_', ' '), COLUMNS[3]);
            cell(COLUMNS[3], e.invoiceNumber() == null ? "" : e.invoiceNumber(), COLUMNS[4]);
            cell(COLUMNS[4], e.expected() && e.status() == PaymentStatus.UPCOMING ? "expected" : e.status().key(), AMOUNT_LEFT);
            right(regular, LedgerCsv.decimal(e.amount()) + " " + e.currency());
            y -= ROW;
            if (e.status() != PaymentStatus.CANCELLED) {
                totals.merge(e.currency(), e.amount(), BigDecimal::add);
            }
        }
        for (var t : totals.entrySet()) {
            if (y < MARGIN + ROW) {
                newPage();
            }
            text(bold, 9, COLUMNS[3], "Total " + t.getKey());
            right(bold, t.getValue().toPlainString() + " " + t.getKey());
            y -= ROW;
        }
        y -= ROW;
    }

    private void sectionHeader(String title) throws IOException {
        text(bold, 13, MARGIN, title);
        y -= ROW + 2;
        String[] names = {"Date", "Payee", "Kind", "Reference", "Status"};
        for (int i = 0; i < names.length; i++) {
            text(bold, 9, COLUMNS[i], names[i]);
        }
        right(bold, "Amount");
        y -= 4;
        page.moveTo(MARGIN, y);
        page.lineTo(AMOUNT_RIGHT, y);
        page.stroke();
        y -= ROW - 2;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void footers() throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                String label = "Page " + (i + 1) + " of " + n;
                s.beginText();
                s.setFont(regular, 8);
                s.newLineAtOffset(AMOUNT_RIGHT - regular.getStringWidth(label) / 1000 * 8, MARGIN / 2);
                s.showText(label);
                s.endText();
            }
        }
    }

    private void cell(float x, String value, float nextColumn) throws IOException {
        text(regular, 9, x, fit(showable(value), 9, nextColumn - x - 6));
    }

    private void right(PDType1Font font, String value) throws IOException {
        String s = showable(value);
        text(font, 9, AMOUNT_RIGHT - font.getStringWidth(s) / 1000 * 9, s);
    }

    private void text(PDType1Font font, float size, float x, String value) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(showable(value));
        page.endText();
    }

    /** Cuts {@code s} with an ellipsis so it fits {@code width} points. */
    private String fit(String s, float size, float width) throws IOException {
        if (regular.getStringWidth(s) / 1000 * size <= width) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && regular.getStringWidth(cut + "...") / 1000 * size > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    /** Line breaks and tabs as spaces, and what WinAnsi cannot encode as {@code ?}. */
    String showable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            String c = new String(Character.toChars(cp));
            try {
                regular.encode(c);
                bold.encode(c);
                out.append(c);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
