package dev.mailroom.extract.internal.ledger;

import dev.mailroom.extract.BillingPeriod;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.extract.PaymentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** An entry while the ledger is being built: mutable, never leaves the builder. */
final class Draft {

    final String key;
    final Long messageId;
    final LocalDate messageDate;
    final int position;
    PaymentKind kind;
    String payee;
    BigDecimal amount;
    String currency;
    LocalDate dueDate;
    PaymentStatus status;
    LocalDate paidOn;
    Long paidBy;
    Draft settledBy;
    boolean recurring;
    boolean expected;
    String invoiceNumber;
    String accountLast4;
    BillingPeriod period;
    double confidence;
    boolean userDecided;
    String mergedInto;

    Draft(String key, Long messageId, LocalDate messageDate, int position) {
        this.key = key;
        this.messageId = messageId;
        this.messageDate = messageDate;
        this.position = position;
    }

    /** Sets status and day paid from the kind alone, as extraction found it. */
    void deriveStatus() {
        if (kind.isSettled()) {
            status = PaymentStatus.PAID;
            paidOn = messageDate;
        } else {
            status = PaymentStatus.UPCOMING;
            paidOn = null;
        }
        paidBy = null;
        if (kind == PaymentKind.REFUND && amount.signum() > 0) {
            amount = amount.negate();
        }
    }

    /** The amount to the cent, for matching. */
    BigDecimal cents() {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** What a receipt must share with a bill to settle it: payee, currency, amount to the cent. */
    String matchKey() {
        return Payees.normalise(payee) + "|" + currency + "|" + cents().toPlainString();
    }

    String seriesKey() {
        return Payees.normalise(payee) + "|" + currency;
    }

    boolean visible() {
        return mergedInto == null;
    }

    boolean open() {
        return status == PaymentStatus.UPCOMING;
    }

    /** For a receipt with no due date, the day it was paid stands as its date. */
    LocalDate shownDueDate() {
        return dueDate == null && kind.isSettled() ? paidOn : dueDate;
    }

    LocalDate date() {
        LocalDate d = shownDueDate();
        if (d != null) {
            return d;
        }
        return paidOn != null ? paidOn : messageDate;
    }

    Row toRow() {
        return new Row(key, messageId, kind, payee, amount, currency, shownDueDate(), status, paidOn, paidBy, recurring, expected,
                invoiceNumber, accountLast4, period, confidence, userDecided, mergedInto, date());
    }
}
