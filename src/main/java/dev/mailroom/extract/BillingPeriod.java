package dev.mailroom.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a bill covers, both days included. Written as an ISO-8601 interval,
 * {@code 2026-10-01/2026-10-31}.
 */
public record BillingPeriod(LocalDate start, LocalDate end) {

    public BillingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a billing period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Reads {@code START/END} as {@link #toString()} writes it. */
    public static BillingPeriod parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a billing period is START/END, such as 2026-10-01/2026-10-31, not '" + text + "'");
        }
        return new BillingPeriod(LocalDate.parse(text.substring(0, slash).strip()), LocalDate.parse(text.substring(slash + 1).strip()));
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
