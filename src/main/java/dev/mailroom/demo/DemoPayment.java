package dev.mailroom.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment a demo message talks about: what a ledger extractor should find in it.
 *
 * @param kind what the message is (a bill to pay, a receipt, a refund, ...)
 * @param amount the amount as written in the message, always positive
 * @param currency the ISO 4217 code of the amount
 * @param dueDate the day payment is due, or {@code null} when the message names none
 * @param reference the invoice or account number the message quotes, or {@code null}
 */
public record DemoPayment(Kind kind, BigDecimal amount, String currency, LocalDate dueDate, String reference) {

    /** What kind of money message this is. */
    public enum Kind {
        /** Asks for payment by a due date. */
        BILL,
        /** A formal invoice with an invoice number. */
        INVOICE,
        /** Confirms money already taken or paid. */
        RECEIPT,
        /** Confirms that a bill was paid. */
        PAYMENT_CONFIRMATION,
        /** A payment that did not go through. */
        FAILED_PAYMENT,
        /** Money coming back: a credit. */
        REFUND,
        /** Announces an upcoming automatic renewal charge. */
        RENEWAL
    }
}
