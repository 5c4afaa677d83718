package dev.mailroom.search.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and ages into {@link QueryNode.DateRange}s, in one time zone and relative to one
 * instant. A date names a day, a month or a year; it starts at the first instant of that period in
 * the zone (so days are 23 or 25 hours long when the clocks change).
 */
final class DateTerms {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})(?:([-/])(\\d{1,2})(?:\\2(\\d{1,2}))?)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern AGE = Pattern.compile("(\\d{1,6})([hdwmy])", Pattern.CASE_INSENSITIVE);
    private static final String FORMATS = "expected YYYY-MM-DD, YYYY/MM/DD, YYYY-MM, YYYY, DD.MM.YYYY, today or yesterday";

    /** The instants a date covers: from {@code start} (inclusive) to {@code end} (exclusive). */
    private record Period(Instant start, Instant end) {}

    private final ZonedDateTime now;

    DateTerms(Instant now, ZoneId zone) {
        this.now = now.atZone(zone);
    }

    /** {@code after:D}: from the start of D on, D included. */
    QueryNode.DateRange after(String value) {
        return new QueryNode.DateRange(period(value, 0).start(), null);
    }

    /** {@code before:D}: up to the start of D, D excluded. */
    QueryNode.DateRange before(String value) {
        return new QueryNode.DateRange(null, period(value, 0).start());
    }

    /** {@code on:D}: the whole day, month or year; {@code A..B}: from the start of A to the end of B, either may be left out. */
    QueryNode.DateRange on(String value) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            Period period = period(value, 0);
            return new QueryNode.DateRange(period.start(), period.end());
        }
        String first = value.substring(0, dots);
        String last = value.substring(dots + 2);
        if (first.isEmpty() && last.isEmpty()) {
            throw new BadValue(0, "Empty date range \"..\"", "give a start, an end or both, as in 2024-01..2024-03");
        }
        Instant from = first.isEmpty() ? null : period(first, 0).start();
        Instant to = last.isEmpty() ? null : period(last, dots + 2).end();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadValue(0, "Date range \"" + value + "\" ends before it starts", null);
        }
        return new QueryNode.DateRange(from, to);
    }

    /** {@code older_than:N{h,d,w,m,y}}: before that long ago. */
    QueryNode.DateRange olderThan(String value) {
        return new QueryNode.DateRange(null, ago(value));
    }

    /** {@code newer_than:N{h,d,w,m,y}}: since that long ago. */
    QueryNode.DateRange newerThan(String value) {
        return new QueryNode.DateRange(ago(value), null);
    }

    /** Now less an age: hours on the time line, days, weeks, months and years on the calendar of the zone. */
    private Instant ago(String value) {
        Matcher m = AGE.matcher(value);
        if (!m.matches()) {
            throw new BadValue(0, "Invalid age \"" + value + "\"", "expected a number and a unit h, d, w, m or y, as in 7d");
        }
        long n = Long.parseLong(m.group(1));
        ZonedDateTime then = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "h" -> now.minusHours(n);
            case "d" -> now.minusDays(n);
            case "w" -> now.minusWeeks(n);
            case "m" -> now.minusMonths(n);
            default -> now.minusYears(n);
        };
        return then.toInstant();
    }

    /** The day, month or year that {@code text} names; {@code offset} is where it starts in the operator's value. */
    private Period period(String text, int offset) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("today") || lower.equals("yesterday")) {
            LocalDate day = now.toLocalDate().minusDays(lower.equals("today") ? 0 : 1);
            return days(day, day.plusDays(1));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            LocalDate day = date(text, offset, dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
            return days(day, day.plusDays(1));
        }
        Matcher m = YEAR_FIRST.matcher(text);
        if (!m.matches()) {
            throw new BadValue(offset, "Invalid date \"" + text + "\"", FORMATS);
        }
        if (m.group(4) != null) {
            LocalDate day = date(text, offset, m.group(1), m.group(3), m.group(4));
            return days(day, day.plusDays(1));
        }
        if (m.group(3) != null) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), month(text, offset, m.group(3)));
            return days(month.atDay(1), month.plusMonths(1).atDay(1));
        }
        Year year = Year.of(Integer.parseInt(m.group(1)));
        return days(year.atDay(1), year.plusYears(1).atDay(1));
    }

    private static LocalDate date(String text, int offset, String year, String month, String day) {
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(year), month(text, offset, month));
        int dayOfMonth = Integer.parseInt(day);
        if (dayOfMonth < 1 || dayOfMonth > yearMonth.lengthOfMonth()) {
            throw new BadValue(offset, "Invalid date \"" + text + "\"", yearMonth + " has " + yearMonth.lengthOfMonth() + " days");
        }
        return yearMonth.atDay(dayOfMonth);
    }

    private static int month(String text, int offset, String month) {
        int value = Integer.parseInt(month);
        if (value < 1 || value > 12) {
            throw new BadValue(offset, "Invalid date \"" + text + "\"", "month must be 1 to 12");
        }
        return value;
    }

    private Period days(LocalDate first, LocalDate afterLast) {
        return new Period(first.atStartOfDay(now.getZone()).toInstant(), afterLast.atStartOfDay(now.getZone()).toInstant());
    }
}
