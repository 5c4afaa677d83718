package dev.mailroom.extract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A reminder that a payment is due soon or overdue, raised once per entry, kind and due date, and
 * stored for the notification module to deliver (event name {@code PaymentDue}).
 *
 * @param id the event's id
 * @param entryId the ledger entry it is about
 * @param kind due soon or overdue
 * @param dueDate the due date it reminds of
 * @param payee the payee
 * @param amount the amount
 * @param currency the ISO 4217 code
 * @param raisedAt when it was raised
 * @param newlyRaised whether this call raised it (false: it was raised before)
 */
public record ReminderEvent(long id, long entryId, Kind kind, LocalDate dueDate, String payee, BigDecimal amount,
        String currency, Instant raisedAt, boolean newlyRaised) {

    /** Why a reminder is raised. */
    public enum Kind {
        /** The due date is within {@code payments.reminder-days}. */
        DUE_SOON,
        /** The due date has passed and the entry is not paid. */
        OVERDUE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind named {@code key}, as {@link #key()} writes it. */
        public static Kind of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }
}
