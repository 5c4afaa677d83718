package dev.mailroom.extract;

import java.time.LocalDate;
import java.util.Locale;

/** How often a recurring payment comes: its JSON name is {@link #key()}. */
public enum Cadence {
    /** 25 to 35 days apart. */
    MONTHLY(25, 35, 1, 12),
    /** 80 to 100 days apart. */
    QUARTERLY(80, 100, 3, 4),
    /** 350 to 380 days apart. */
    YEARLY(350, 380, 12, 1);

    private final int minDays;
    private final int maxDays;
    private final int months;
    private final int perYear;

    Cadence(int minDays, int maxDays, int months, int perYear) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.months = months;
        this.perYear = perYear;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether two payments {@code days} apart fit this cadence. */
    public boolean fits(long days) {
        return days >= minDays && days <= maxDays;
    }

    /** The day one period after {@code date}. */
    public LocalDate next(LocalDate date) {
        return date.plusMonths(months);
    }

    /** How many payments a year this cadence makes. */
    public int perYear() {
        return perYear;
    }

    /** Roughly how many days one period lasts. */
    public int days() {
        return (minDays + maxDays) / 2;
    }

    /** The cadence that {@code days} between two payments fits, or null. */
    public static Cadence of(long days) {
        for (Cadence c : values()) {
            if (c.fits(days)) {
                return c;
            }
        }
        return null;
    }
}
