package dev.mailroom.extract.internal.ledger;

import dev.mailroom.extract.BillingPeriod;
import dev.mailroom.extract.LedgerEntry;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.extract.PaymentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the ledger table: an entry as the rebuild computed it. {@code status} is upcoming,
 * paid or cancelled; whether an upcoming entry is overdue is decided when it is read.
 *
 * @param key the entry key ({@code m:MESSAGE:POSITION} or {@code e:PAYEE|CURRENCY|DATE})
 * @param mergedInto the key of the entry that absorbed this one, or null
 * @param sortDate the entry's date: due date, else day paid, else the message's day
 */
public record Row(String key, Long messageId, PaymentKind kind, String payee, BigDecimal amount, String currency,
        LocalDate dueDate, PaymentStatus status, LocalDate paidOn, Long paidByMessageId, boolean recurring, boolean expected,
        String invoiceNumber, String accountLast4, BillingPeriod period, double confidence, boolean userDecided,
        String mergedInto, LocalDate sortDate) {

    /** The ledger entry with id {@code id}, overdue when upcoming and past its due date on {@code today}. */
    public LedgerEntry toEntry(long id, LocalDate today) {
        PaymentStatus shown = status == PaymentStatus.UPCOMING && !expected && dueDate != null && dueDate.isBefore(today)
                ? PaymentStatus.OVERDUE
                : status;
        return new LedgerEntry(id, messageId, kind, payee, amount, currency, dueDate, shown, paidOn, paidByMessageId,
                recurring, expected, invoiceNumber, accountLast4, period, confidence, userDecided);
    }
}
