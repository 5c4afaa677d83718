package dev.mailroom.extract;

import java.util.Locale;

/** Where a ledger entry stands. Its JSON and command-line name is {@link #key()}. */
public enum PaymentStatus {
    /** Due in the future, or a recurring payment expected. */
    UPCOMING,
    /** Its due date has passed and nothing says it was paid. */
    OVERDUE,
    /** Paid: a receipt or confirmation says so, or the user marked it. */
    PAID,
    /** Will not be paid: dismissed by the user, refunded, or replaced. */
    CANCELLED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
