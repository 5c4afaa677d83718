package dev.mailroom.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment found in one message, as {@code mailroom extract payments} prints it.
 *
 * @param kind what the document is
 * @param payee the normalised name of who is paid (or who pays back, for a refund), such as
 *     {@code Netflix} or {@code Swisscom}; never null, "Unknown" when nothing names one
 * @param amount the amount to the cent, negative for refunds and credits
 * @param currency the ISO 4217 code, such as {@code EUR}
 * @param dueDate the day payment is due, or null when the message names none
 * @param invoiceNumber the invoice, order or reference number, or null
 * @param accountLast4 the last digits of the account or card (at most four), or null
 * @param period the period a bill covers, or null
 * @param confidence how sure the extraction is, from 0 to 1
 */
public record ExtractedPayment(PaymentKind kind, String payee, BigDecimal amount, String currency, LocalDate dueDate,
        String invoiceNumber, String accountLast4, BillingPeriod period, double confidence) {

    public ExtractedPayment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (accountLast4 != null && (accountLast4.length() > 4 || !accountLast4.chars().allMatch(Character::isDigit))) {
            throw new IllegalArgumentException("account_last4 keeps at most the last four digits, not '" + accountLast4 + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, not " + confidence);
        }
    }
}
