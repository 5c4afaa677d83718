package dev.mailroom.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What the user changes in a ledger entry; a null field stays as it is.
 *
 * @param payee the payee
 * @param amount the amount (negative for a refund)
 * @param currency the ISO 4217 code (three letters)
 * @param dueDate the due date
 * @param kind the kind of document
 */
public record PaymentEdit(String payee, BigDecimal amount, String currency, LocalDate dueDate, PaymentKind kind) {

    public PaymentEdit {
        if (payee != null && payee.isBlank()) {
            throw new IllegalArgumentException("a payee cannot be empty");
        }
        payee = payee == null ? null : payee.strip();
        if (currency != null) {
            currency = currency.strip().toUpperCase(Locale.ROOT);
            if (!currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("a currency is a three-letter ISO 4217 code such as EUR, not '" + currency + "'");
            }
        }
        if (amount != null && amount.scale() > 2) {
            amount = amount.stripTrailingZeros();
            if (amount.scale() > 2) {
                throw new IllegalArgumentException("an amount has at most two decimals, not " + amount.toPlainString());
            }
        }
    }

    /** Whether the edit changes nothing. */
    public boolean isEmpty() {
        return payee == null && amount == null && currency == null && dueDate == null && kind == null;
    }
}
