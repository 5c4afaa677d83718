package dev.mailroom.extract;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which ledger entries to list.
 *
 * @param status only entries with this status; null for all
 * @param from only entries dated on or after this day (the due date, else the day paid or the
 *     message's day); null for no lower bound
 * @param to only entries dated on or before this day; null for no upper bound
 */
public record PaymentQuery(PaymentStatus status, LocalDate from, LocalDate to) {

    /** Every entry. */
    public static final PaymentQuery ALL = new PaymentQuery(null, null, null);

    public PaymentQuery {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * The status named {@code key} ({@code upcoming}, {@code overdue}, {@code paid},
     * {@code cancelled}), or null for {@code all}.
     *
     * @throws IllegalArgumentException listing the valid names
     */
    public static PaymentStatus status(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (k.equals("all")) {
            return null;
        }
        for (PaymentStatus s : PaymentStatus.values()) {
            if (s.key().equals(k)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + key + "'; use upcoming, overdue, paid, cancelled or all");
    }
}
