package dev.mailroom.extract;

import dev.mailroom.shared.Settings;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The settings of the payments ledger, {@code mailroom.payments.*} in the configuration.
 *
 * @param scanWindow how far back from today mail is analysed for payments ({@code scan-window},
 *     default 12 months); null for all mail
 * @param reminderDays how many days before a due date a reminder is raised ({@code reminder-days},
 *     default 3; 0 raises it on the day)
 * @param zone the zone that decides what "today" is
 * @param skipSpam whether mail filed as spam or kept in a junk folder stays out of the ledger
 *     ({@code skip-spam}, default true)
 */
public record PaymentSettings(Period scanWindow, int reminderDays, ZoneId zone, boolean skipSpam) {

    public PaymentSettings {
        Objects.requireNonNull(zone, "zone");
        if (scanWindow != null && (scanWindow.isNegative() || scanWindow.isZero())) {
            throw new IllegalArgumentException("payments.scan-window must be a positive span or all, not " + scanWindow);
        }
        if (reminderDays < 0 || reminderDays > 365) {
            throw new IllegalArgumentException("payments.reminder-days must be from 0 to 365, not " + reminderDays);
        }
    }

    /** The settings with spam kept out of the ledger, as by default. */
    public PaymentSettings(Period scanWindow, int reminderDays, ZoneId zone) {
        this(scanWindow, reminderDays, zone, true);
    }

    /** The defaults (the last 12 months, reminders 3 days ahead, spam kept out) in {@code zone}. */
    public static PaymentSettings defaults(ZoneId zone) {
        return new PaymentSettings(Period.ofMonths(12), 3, zone, true);
    }

    /** The payments settings in {@code settings}, with "today" decided in {@code zone}. */
    public static PaymentSettings from(Settings settings, ZoneId zone) {
        return new PaymentSettings(settings.period("payments.scan-window").orElse(null),
                (int) settings.integer("payments.reminder-days"), zone, settings.flag("payments.skip-spam"));
    }

    /** The same settings with another scan window (null: all mail). */
    public PaymentSettings withScanWindow(Period window) {
        return new PaymentSettings(window, reminderDays, zone, skipSpam);
    }
}
