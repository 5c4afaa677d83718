package dev.mailroom.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the payments ledger, as {@code mailroom payments --json} prints it.
 *
 * @param id the entry's id
 * @param messageId the store id of the message it was found in ({@code mailroom show ID}); null for
 *     an expected payment that is predicted from a recurring series and has no message yet
 * @param kind what the document is
 * @param payee the normalised payee
 * @param amount the amount to the cent, negative for refunds and credits
 * @param currency the ISO 4217 code
 * @param dueDate the due date, or null; for a receipt, the day it was paid
 * @param status where it stands
 * @param paidOn the day it was paid, or null
 * @param paidByMessageId the store id of the receipt or confirmation that marked it paid, or null
 * @param recurring whether it belongs to a recurring series (monthly, quarterly or yearly)
 * @param expected whether it is predicted from a recurring series rather than found in a message
 * @param invoiceNumber the invoice or reference number, or null
 * @param accountLast4 the last digits of the account or card, or null
 * @param period the billing period, or null
 * @param confidence how sure the extraction was, from 0 to 1 (1 for entries the user confirmed or edited)
 * @param userDecided whether the user confirmed, edited, marked or merged it
 */
public record LedgerEntry(long id, Long messageId, PaymentKind kind, String payee, BigDecimal amount, String currency,
        LocalDate dueDate, PaymentStatus status, LocalDate paidOn, Long paidByMessageId, boolean recurring, boolean expected,
        String invoiceNumber, String accountLast4, BillingPeriod period, double confidence, boolean userDecided) {

    public LedgerEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
    }
}
