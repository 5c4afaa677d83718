package dev.mailroom.ingest.internal.mime;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates found in Date and Received headers: RFC 5322 and its common breakages (no day
 * name, two-digit years, named zones, no zone, comments, single-digit days, dots, ctime order).
 * Returns {@code null} rather than throwing; the offset is kept as written.
 */
final class LenientDates {

    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("BST", 60), Map.entry("IST", 330), Map.entry("CET", 60), Map.entry("MET", 60),
            Map.entry("MEZ", 60), Map.entry("CEST", 120), Map.entry("MEST", 120), Map.entry("MESZ", 120),
            Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("JST", 540),
            Map.entry("KST", 540), Map.entry("HKT", 480), Map.entry("SGT", 480), Map.entry("AEST", 600),
            Map.entry("AEDT", 660), Map.entry("NZST", 720), Map.entry("NZDT", 780),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
            Map.entry("AST", -240), Map.entry("ADT", -180), Map.entry("HST", -600), Map.entry("AKST", -540),
            Map.entry("AKDT", -480));

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final Pattern ISO_T = Pattern.compile("(\\d)T(\\d)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{1,2})(?:[:.](\\d{1,2}))?(?:\\.\\d+)?");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{2,4})");

    private LenientDates() {}

    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parseTokens(text);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static OffsetDateTime parseTokens(String text) {
        String s = ISO_T.matcher(text).replaceFirst("$1 $2").trim();
        Integer commentZone = null;
        // Comments such as "(EST)" or "(Pacific Daylight Time)": remember a zone name, drop the rest.
        int open;
        while ((open = s.indexOf('(')) >= 0) {
            int close = s.indexOf(')', open);
            String inner = s.substring(open + 1, close < 0 ? s.length() : close).trim().toUpperCase(Locale.ROOT);
            if (ZONES.containsKey(inner)) {
                commentZone = ZONES.get(inner);
            }
            s = s.substring(0, open) + " " + (close < 0 ? "" : s.substring(close + 1));
        }
        int day = -1, month = -1, year = -1, hour = 0, minute = 0, second = 0;
        Integer offsetMinutes = null;
        boolean timeSeen = false;
        Matcher iso = ISO_DATE.matcher(s);
        if (iso.find()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
            s = s.substring(0, iso.start()) + " " + s.substring(iso.end());
        }
        for (String token : s.split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher t = TIME.matcher(token);
            if (!timeSeen && t.matches() && token.indexOf(':') >= 0 || !timeSeen && t.matches() && day >= 0 && month >= 0 && year >= 0) {
                hour = Integer.parseInt(t.group(1));
                minute = Integer.parseInt(t.group(2));
                second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
                timeSeen = true;
                continue;
            }
            char c0 = token.charAt(0);
            if ((c0 == '+' || c0 == '-') && token.length() >= 3 && offsetMinutes == null) {
                Matcher o = NUMERIC_OFFSET.matcher(token);
                if (o.matches()) {
                    int h = Integer.parseInt(o.group(2));
                    int m = o.group(3) == null ? 0 : Integer.parseInt(o.group(3));
                    if (o.group(3) == null && o.group(2).length() <= 2) {
                        m = 0;
                    }
                    offsetMinutes = (c0 == '-' ? -1 : 1) * (h * 60 + m);
                    continue;
                }
            }
            if (Character.isDigit(c0)) {
                Matcher d = DOTTED_DATE.matcher(token);
                if (d.matches() && day < 0) {
                    day = Integer.parseInt(d.group(1));
                    month = Integer.parseInt(d.group(2));
                    year = Integer.parseInt(d.group(3));
                    continue;
                }
                String digits = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
                if (!digits.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                int n = Integer.parseInt(digits);
                if (digits.length() <= 2 && day < 0 && (month < 0 || year < 0)) {
                    day = n;
                } else if (year < 0 && month >= 0) {
                    year = n;
                } else if (year < 0 && digits.length() == 4) {
                    year = n;
                }
                continue;
            }
            String word = token.replace(".", "").toUpperCase(Locale.ROOT);
            int mon = month(word);
            if (mon > 0 && month < 0) {
                month = mon;
            } else if (offsetMinutes == null && ZONES.containsKey(word)) {
                offsetMinutes = ZONES.get(word);
            } else if (offsetMinutes == null && word.startsWith("GMT") || word.startsWith("UTC")) {
                Matcher o = NUMERIC_OFFSET.matcher(token.substring(3));
                if (offsetMinutes == null && o.matches()) {
                    int m = o.group(3) == null ? 0 : Integer.parseInt(o.group(3));
                    offsetMinutes = (o.group(1).equals("-") ? -1 : 1) * (Integer.parseInt(o.group(2)) * 60 + m);
                }
            }
        }
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        year = fullYear(year);
        if (year < 1900 || year > 2200) {
            return null;
        }
        if (offsetMinutes == null) {
            offsetMinutes = commentZone == null ? 0 : commentZone;
        }
        if (Math.abs(offsetMinutes) > 18 * 60) {
            offsetMinutes = 0;
        }
        if (hour == 24 && minute == 0 && second == 0) {
            hour = 0;
            return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second).plusDays(1),
                    ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        }
        if (second == 60) {
            second = 59;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }

    private static int month(String word) {
        if (word.length() < 3) {
            return -1;
        }
        String p = word.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(p)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int fullYear(int year) {
        if (year < 50) {
            return 2000 + year;
        }
        if (year < 1000) {
            return 1900 + year;
        }
        return year;
    }
}
