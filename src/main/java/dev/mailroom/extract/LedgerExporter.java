package dev.mailroom.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Writes the payments ledger as a file: CSV for spreadsheets, an iCalendar file of due dates with
 * reminders, or a PDF statement per month. What {@code mailroom payments export --format
 * csv|ics|pdf --out FILE} and the other adapters call. The file is written in full beside its
 * target and then moved into place, so a failed export never leaves half a file. Thread-safe.
 */
public final class LedgerExporter {

    private final Clock clock;
    private final ZoneId zone;
    private final int reminderDays;

    /**
     * @param clock gives the export's time stamp (the statement's date, iCalendar's DTSTAMP)
     * @param zone the user's time zone, for the statement's date
     * @param reminderDays how many days before a due date the calendar's alarm goes off (0 or more)
     */
    public LedgerExporter(Clock clock, ZoneId zone, int reminderDays) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (reminderDays < 0 || reminderDays > 365) {
            throw new IllegalArgumentException("reminder days must be between 0 and 365, not " + reminderDays);
        }
        this.reminderDays = reminderDays;
    }

    /**
     * Writes {@code entries} to {@code out} in {@code format}, replacing the file if it exists.
     *
     * @throws LedgerExportException naming the file and the reason, when it cannot be written
     */
    public void export(LedgerExportFormat format, List<LedgerEntry> entries, Path out) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new LedgerExportException("cannot write " + out + ": it is a folder", null);
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new LedgerExportException("cannot write " + out + ": the folder " + dir + " does not exist", null);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                write(format, entries, stream);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AccessDeniedException e) {
            throw new LedgerExportException("cannot write " + out + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new LedgerExportException("cannot write " + out + ": no such folder", e);
        } catch (IOException e) {
            throw new LedgerExportException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the folder went away; nothing left to clean
                }
            }
        }
    }

    /** Writes {@code entries} in {@code format} to {@code out}, which is not closed. */
    public void write(LedgerExportFormat format, List<LedgerEntry> entries, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> LedgerCsv.write(entries, out);
            case ICS -> new LedgerCalendar(clock, reminderDays).write(entries, out);
            case PDF -> new LedgerStatement(clock, zone).write(entries, out);
        }
    }
}
