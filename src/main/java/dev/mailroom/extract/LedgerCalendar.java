package dev.mailroom.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The ledger's open due dates as an RFC 5545 iCalendar file: one all-day VEVENT per upcoming or
 * overdue entry that has a due date, with a display alarm {@code reminderDays} before it. CRLF line
 * ends, content lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
 * The UID is the ledger id, so importing a later export updates the events instead of doubling them.
 */
final class LedgerCalendar {

    static final String PRODID = "-//Mailroom//Payments ledger//EN";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Clock clock;
    private final int reminderDays;

    LedgerCalendar(Clock clock, int reminderDays) {
        this.clock = clock;
        this.reminderDays = reminderDays;
    }

    void write(List<LedgerEntry> entries, OutputStream out) throws IOException {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + PRODID);
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape("Mailroom payments"));
        String stamp = STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
        for (LedgerEntry e : entries) {
            if (e.dueDate() != null && (e.status() == PaymentStatus.UPCOMING || e.status() == PaymentStatus.OVERDUE)) {
                event(ics, e, stamp);
            }
        }
        line(ics, "END:VCALENDAR");
        out.write(ics.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void event(StringBuilder ics, LedgerEntry e, String stamp) {
        String summary = summary(e);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:payment-" + e.id() + "@mailroom");
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + DATE.format(e.dueDate()));
        line(ics, "DTEND;VALUE=DATE:" + DATE.format(e.dueDate().plusDays(1)));
        line(ics, "SUMMARY:" + escape(summary));
        line(ics, "DESCRIPTION:" + escape(description(e)));
        line(ics, "CATEGORIES:" + escape("Payments") + "," + escape(e.kind().key()));
        line(ics, "TRANSP:TRANSPARENT");
        line(ics, "BEGIN:VALARM");
        line(ics, "ACTION:DISPLAY");
        line(ics, "DESCRIPTION:" + escape(summary));
        line(ics, "TRIGGER:" + (reminderDays == 0 ? "PT0S" : "-P" + reminderDays + "D"));
        line(ics, "END:VALARM");
        line(ics, "END:VEVENT");
    }

    static String summary(LedgerEntry e) {
        String pay = "Pay " + e.payee() + " " + LedgerCsv.decimal(e.amount()) + " " + e.currency();
        return e.status() == PaymentStatus.OVERDUE ? "Overdue: " + pay : pay;
    }

    private static String description(LedgerEntry e) {
        StringBuilder d = new StringBuilder();
        d.append("Kind: ").append(e.kind().key().replace('_', ' '));
        if (e.invoiceNumber() != null) {
            d.append("\nReference: ").append(e.invoiceNumber());
        }
        if (e.accountLast4() != null) {
            d.append("\nAccount ending in ").append(e.accountLast4());
        }
        if (e.period() != null) {
            d.append("\nPeriod: ").append(e.period());
        }
        d.append("\nStatus: ").append(e.status().key());
        if (e.expected()) {
            d.append(" (expected from a recurring series)");
        }
        if (e.messageId() != null) {
            d.append("\nMessage: mailroom show ").append(e.messageId());
        }
        return d.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line, folded so no physical line passes 75 octets, and never inside a character. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
