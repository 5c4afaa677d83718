package dev.mailroom.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Ledger entries with the odd cases exporters must survive: commas, quotes, line breaks, CJK, formulas. */
final class LedgerFixtures {

    static final String LONG_PAYEE = "Streamberry Premium Family Ultra HD Plan with a very long name indeed, über € 4K";

    private LedgerFixtures() {}

    static List<LedgerEntry> ledger() {
        return List.of(
                entry(1, 101L, PaymentKind.BILL, "Netflix", "12.99", "EUR", "2026-11-20", PaymentStatus.UPCOMING, null, "INV-1",
                        "0781", new BillingPeriod(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")), false),
                entry(2, 102L, PaymentKind.INVOICE, "Acme, \"Best\" Tools\nLtd", "1234.50", "USD", "2026-11-10", PaymentStatus.OVERDUE,
                        null, "A;B,C\\D", null, null, false),
                entry(3, 103L, PaymentKind.RECEIPT, "株式会社テスト", "1200", "JPY", null, PaymentStatus.PAID, "2026-10-03", null, null,
                        null, false),
                entry(4, 104L, PaymentKind.REFUND, "=HYPERLINK(\"http://evil.example\")", "-18.50", "CHF", null, PaymentStatus.PAID,
                        "2026-10-05", "PP-38817", null, null, false),
                entry(5, null, PaymentKind.SUBSCRIPTION_RENEWAL, LONG_PAYEE, "9.99", "GBP", "2026-12-01", PaymentStatus.UPCOMING, null,
                        null, null, null, true),
                entry(6, 106L, PaymentKind.BILL, "Power Co", "80.00", "EUR", "2026-11-12", PaymentStatus.CANCELLED, null, null, null,
                        null, false));
    }

    static List<LedgerEntry> many(int n) {
        List<LedgerEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(entry(1000 + i, (long) i, PaymentKind.BILL, "Payee " + i, "10.00", "EUR",
                    LocalDate.parse("2026-01-01").plusDays(i * 2L).toString(), PaymentStatus.UPCOMING, null, "R-" + i, null, null, false));
        }
        return out;
    }

    static LedgerEntry entry(long id, Long messageId, PaymentKind kind, String payee, String amount, String currency, String due,
            PaymentStatus status, String paidOn, String invoice, String last4, BillingPeriod period, boolean expected) {
        return new LedgerEntry(id, messageId, kind, payee, new BigDecimal(amount), currency, due == null ? null : LocalDate.parse(due),
                status, paidOn == null ? null : LocalDate.parse(paidOn), null, expected, expected, invoice, last4, period, 0.875,
                false);
    }
}
