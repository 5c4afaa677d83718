package dev.mailroom.extract;

import java.util.Locale;

/** What a payment document is. Its JSON and command-line name is {@link #key()}, such as {@code failed_payment}. */
public enum PaymentKind {
    /** Asks for payment, usually by a due date. */
    BILL,
    /** A formal invoice, with an invoice number. */
    INVOICE,
    /** Confirms a purchase that was paid. */
    RECEIPT,
    /** Announces or confirms that a subscription renews and is charged. */
    SUBSCRIPTION_RENEWAL,
    /** Confirms that a bill was paid. */
    PAYMENT_CONFIRMATION,
    /** A payment that did not go through. */
    FAILED_PAYMENT,
    /** Money coming back: its amount is negative. */
    REFUND;

    /** The lower-case name used in JSON, CSV and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code key} (case and {@code -} or {@code _} do not matter). */
    public static PaymentKind of(String key) {
        String k = key.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(k);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown payment kind '" + key + "'; known kinds: bill, invoice, receipt, "
                    + "subscription_renewal, payment_confirmation, failed_payment, refund");
        }
    }

    /** Whether the document asks for money still to be paid (a bill, an invoice, a renewal or a failed payment). */
    public boolean isDue() {
        return this == BILL || this == INVOICE || this == SUBSCRIPTION_RENEWAL || this == FAILED_PAYMENT;
    }

    /** Whether the document says money has moved (a receipt, a confirmation or a refund). */
    public boolean isSettled() {
        return this == RECEIPT || this == PAYMENT_CONFIRMATION || this == REFUND;
    }
}
