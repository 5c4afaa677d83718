package dev.mailroom.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ledger as RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted, UTF-8
 * with a byte order mark (without it, Excel reads UTF-8 as the local code page and garbles
 * non-Latin payees; LibreOffice, Numbers and Google Sheets skip it). The header row is the ledger's
 * JSON keys, then the fields that JSON leaves out. Text cells that a spreadsheet would run as a
 * formula (starting with {@code = + - @}) get a leading apostrophe, since payees and references
 * come from mail anyone can send.
 */
final class LedgerCsv {

    static final List<String> HEADER = List.of("id", "message_id", "kind", "payee", "amount", "currency", "due_date", "status",
            "paid_on", "recurring", "confidence", "invoice_number", "account_last4", "period", "expected", "paid_by_message_id",
            "user_decided");

    private LedgerCsv() {}

    static void write(List<LedgerEntry> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, HEADER);
        for (LedgerEntry e : entries) {
            row(w, cells(e));
        }
        w.flush();
    }

    private static List<String> cells(LedgerEntry e) {
        List<String> c = new ArrayList<>(HEADER.size());
        c.add(Long.toString(e.id()));
        c.add(e.messageId() == null ? "" : e.messageId().toString());
        c.add(e.kind().key());
        c.add(text(e.payee()));
        c.add(decimal(e.amount()));
        c.add(e.currency());
        c.add(e.dueDate() == null ? "" : e.dueDate().toString());
        c.add(e.status().key());
        c.add(e.paidOn() == null ? "" : e.paidOn().toString());
        c.add(Boolean.toString(e.recurring()));
        c.add(String.format(Locale.ROOT, "%.3f", e.confidence()));
        c.add(text(e.invoiceNumber()));
        c.add(e.accountLast4() == null ? "" : e.accountLast4());
        c.add(e.period() == null ? "" : e.period().toString());
        c.add(Boolean.toString(e.expected()));
        c.add(e.paidByMessageId() == null ? "" : e.paidByMessageId().toString());
        c.add(Boolean.toString(e.userDecided()));
        return c;
    }

    /** A plain decimal with a dot, never in exponent form: {@code -1234.50}. */
    static String decimal(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + s : s;
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
