package dev.mailroom.extract;

import java.util.Locale;

/** A file format the payments ledger exports to; its command-line name is {@link #key()}. */
public enum LedgerExportFormat {
    /** Comma-separated values for spreadsheets (RFC 4180, UTF-8 with a byte order mark). */
    CSV,
    /** An iCalendar file (RFC 5545): each open due date as an all-day event with a reminder. */
    ICS,
    /** A readable statement, one section per month. */
    PDF;

    /** The lower-case name used on the command line, also the usual file extension. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code key}, case-insensitively. */
    public static LedgerExportFormat of(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + key + "'; known formats: csv, ics, pdf");
        }
    }
}
