package dev.mailroom.extract.internal.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * Reads dates from a stretch of a line: {@code 2026-03-05}, {@code 05/03/2026}, {@code 5.3.2026},
 * {@code 03/05/26}, {@code March 5, 2026}, {@code 5 March 2026}, {@code 5. März 2026}, {@code 5 de
 * marzo de 2026}, and relative ones ({@code in 5 days}, {@code tomorrow}, {@code Friday}) against a
 * reference day. Stateless and thread-safe.
 */
public final class DateScanner {

    /** A date found at {@code [start, end)} of the line. */
    public record Found(LocalDate date, int start, int end) {}

    private static final int YEARLESS_PAST_DAYS = 60;

    private DateScanner() {}

    /**
     * The first absolute date in {@code s} from {@code from} to {@code to}, or null.
     *
     * @param dayFirst how to read an all-numeric date whose order nothing else settles
     * @param reference the day a date without a year is near (the message's day)
     */
    public static Found absolute(String s, int from, int to, boolean dayFirst, LocalDate reference) {
        int limit = Math.min(to, s.length());
        for (int i = Math.max(0, from); i < limit; i++) {
            char c = s.charAt(i);
            if (i > 0 && joins(s.charAt(i - 1))) {
                continue;
            }
            Found f = null;
            if (isDigit(c)) {
                f = kanji(s, i, reference);
                if (f == null) {
                    f = vietnamese(s, i, reference);
                }
                if (f == null) {
                    f = numeric(s, i, dayFirst);
                }
                if (f == null) {
                    f = dayMonth(s, i, reference);
                }
                if (f == null) {
                    f = dottedWithoutYear(s, i, reference);
                }
            } else if (Character.isLetter(c)) {
                f = monthDay(s, i, reference);
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether a date cannot start right after {@code c}: a digit, or a letter of a script written with
     * spaces. Japanese and Chinese run words together ("お支払い期日は2024年06月14日").
     */
    private static boolean joins(char c) {
        if (isDigit(c) || Character.isDigit(c)) {
            return true;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.THAI;
    }

    /** {@code 2024年06月14日} (also with 년/월/일), or {@code 3月15日} near the reference, or null. */
    private static Found kanji(String s, int i, LocalDate reference) {
        int ye = digitsEnd(s, i);
        if (ye - i >= 1 && ye - i <= 2 && ye < s.length() && (s.charAt(ye) == '月' || s.charAt(ye) == '월') && reference != null) {
            int ds = skipSpaces(s, ye + 1);
            int de = digitsEnd(s, ds);
            if (de - ds < 1 || de - ds > 2 || de >= s.length() || (s.charAt(de) != '日' && s.charAt(de) != '일')) {
                return null;
            }
            return withYear(s, de + 1, Integer.parseInt(s.substring(i, ye)), Integer.parseInt(s.substring(ds, de)), reference,
                    i, de + 1, false);
        }
        if (ye - i != 4 || ye >= s.length() || (s.charAt(ye) != '年' && s.charAt(ye) != '년')) {
            return null;
        }
        int ms = skipSpaces(s, ye + 1);
        int me = digitsEnd(s, ms);
        if (me - ms < 1 || me - ms > 2 || me >= s.length() || (s.charAt(me) != '月' && s.charAt(me) != '월')) {
            return null;
        }
        int ds = skipSpaces(s, me + 1);
        int de = digitsEnd(s, ds);
        if (de - ds < 1 || de - ds > 2 || de >= s.length() || (s.charAt(de) != '日' && s.charAt(de) != '일')) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(s.substring(i, ye)), Integer.parseInt(s.substring(ms, me)),
                    Integer.parseInt(s.substring(ds, de)));
            return new Found(d, i, de + 1);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * A day and month written as numbers with no year, right at {@code from} after spaces or a colon:
     * "vence em 15/03", "Due: 3/15", "fällig am 15.03.". Only there, since "15/03" anywhere else may be a score or a
     * fraction. The year is the one that puts the date near the reference.
     */
    public static Found dayMonthRightAfter(String s, int from, boolean dayFirst, LocalDate reference) {
        int i = from;
        while (i < s.length() && i - from < 3 && (s.charAt(i) == ' ' || s.charAt(i) == ':' || s.charAt(i) == '\u00a0')) {
            i++;
        }
        int e1 = digitsEnd(s, i);
        if (reference == null || e1 - i < 1 || e1 - i > 2 || e1 >= s.length() || (s.charAt(e1) != '/' && s.charAt(e1) != '.')) {
            return null;
        }
        char sep = s.charAt(e1);
        int e2 = digitsEnd(s, e1 + 1);
        if (e2 - e1 - 1 < 1 || e2 - e1 - 1 > 2) {
            return null;
        }
        if (e2 < s.length() && (isDigit(s.charAt(e2)) || s.charAt(e2) == sep && e2 + 1 < s.length() && isDigit(s.charAt(e2 + 1))
                || Character.isLetter(s.charAt(e2)))) {
            return null; // a whole date, which absolute() reads, or not a date at all
        }
        if (sep == '.' && (e2 >= s.length() || s.charAt(e2) != '.')) {
            return null; // "15.03." is a date, "10.12" may be a sum
        }
        int a = Integer.parseInt(s.substring(i, e1));
        int b = Integer.parseInt(s.substring(e1 + 1, e2));
        boolean df = sep == '.' || a > 12 || (b <= 12 && dayFirst);
        return df ? withYear(s, e2, b, a, reference, i, e2, false) : withYear(s, e2, a, b, reference, i, e2, false);
    }

    private static final java.util.regex.Pattern VIETNAMESE = java.util.regex.Pattern.compile(
            "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** {@code 15 tháng 3 năm 2026}, or without its year near the reference; null otherwise. */
    private static Found vietnamese(String s, int i, LocalDate reference) {
        java.util.regex.Matcher m = VIETNAMESE.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            return date(Integer.parseInt(m.group(3)), month, day, i, m.end());
        }
        return reference == null ? null : withYear(s, m.end(), month, day, reference, i, m.end(), false);
    }

    /** {@code October 2026} or {@code 10/2026} from {@code from}, or null. */
    public static YearMonth monthYear(String s, int from, int to) {
        int limit = Math.min(to, s.length());
        for (int i = Math.max(0, from); i < limit; i++) {
            if (!Character.isLetter(s.charAt(i)) || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
                continue;
            }
            int e = wordEnd(s, i);
            int month = Words.month(s.substring(i, e).toLowerCase(Locale.ROOT));
            int p = skipSpaces(s, e);
            int ye = digitsEnd(s, p);
            if (month > 0 && ye - p == 4 && e - i >= 3) {
                return YearMonth.of(Integer.parseInt(s.substring(p, ye)), month);
            }
        }
        return null;
    }

    /**
     * The first relative date in lower-case {@code s} from {@code from} to {@code to}, resolved against
     * {@code reference}: {@code in 5 days}, {@code within 30 days}, {@code tomorrow}, {@code today}, a
     * weekday ({@code Friday}, {@code next Monday}: the next such day after the reference). Null when none.
     */
    public static Found relative(String s, int from, int to, LocalDate reference) {
        int limit = Math.min(to, s.length());
        for (int i = Math.max(0, from); i < limit; i++) {
            if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                continue;
            }
            char c = s.charAt(i);
            if (isDigit(c)) {
                int e = digitsEnd(s, i);
                if (e - i > 3) {
                    continue;
                }
                int w = skipSpaces(s, e);
                int we = wordEnd(s, w);
                Found business = businessDays(s, w, we, Integer.parseInt(s.substring(i, e)), i, reference);
                if (business != null) {
                    return business;
                }
                int days = unitDays(s.substring(w, we));
                if (days > 0 && we > w) {
                    return new Found(reference.plusDays((long) days * Integer.parseInt(s.substring(i, e))), i, we);
                }
                Found ordinal = dayOfMonth(s, i, e, reference);
                if (ordinal != null) {
                    return ordinal;
                }
            } else if (Character.isLetter(c)) {
                Found monthEnd = monthEnd(s, i, reference);
                if (monthEnd != null) {
                    return monthEnd;
                }
                int e = wordEnd(s, i);
                String word = s.substring(i, e);
                Integer count = NUMBER_WORDS.get(word);
                if (count != null) {
                    // "due in two weeks", "within thirty days", "innerhalb von zwei Wochen"
                    int w = skipSpaces(s, e);
                    int we = wordEnd(s, w);
                    int days = we > w ? unitDays(s.substring(w, we)) : 0;
                    if (days > 0) {
                        return new Found(reference.plusDays((long) days * count), i, we);
                    }
                }
                LocalDate d = switch (word) {
                    case "tomorrow", "morgen", "demain", "domani", "mañana" -> reference.plusDays(1);
                    case "today", "heute", "oggi", "hoy" -> reference;
                    default -> {
                        DayOfWeek day = word.length() >= 5 ? Words.weekday(word) : null;
                        yield day == null ? null : reference.with(TemporalAdjusters.next(day));
                    }
                };
                if (d != null) {
                    return new Found(d, i, e);
                }
            }
        }
        return null;
    }

    /** Numbers written as words before a count of days or weeks, in the languages the units are read in. */
    private static final java.util.Map<String, Integer> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("one", 1), java.util.Map.entry("two", 2), java.util.Map.entry("three", 3),
            java.util.Map.entry("four", 4), java.util.Map.entry("five", 5), java.util.Map.entry("six", 6),
            java.util.Map.entry("seven", 7), java.util.Map.entry("eight", 8), java.util.Map.entry("ten", 10),
            java.util.Map.entry("fourteen", 14), java.util.Map.entry("fifteen", 15), java.util.Map.entry("twenty", 20),
            java.util.Map.entry("thirty", 30), java.util.Map.entry("sixty", 60), java.util.Map.entry("ninety", 90),
            java.util.Map.entry("zwei", 2), java.util.Map.entry("drei", 3), java.util.Map.entry("vier", 4),
            java.util.Map.entry("sieben", 7), java.util.Map.entry("zehn", 10), java.util.Map.entry("vierzehn", 14),
            java.util.Map.entry("dreißig", 30), java.util.Map.entry("deux", 2), java.util.Map.entry("trois", 3),
            java.util.Map.entry("quinze", 15), java.util.Map.entry("trente", 30), java.util.Map.entry("dos", 2),
            java.util.Map.entry("tres", 3), java.util.Map.entry("diez", 10), java.util.Map.entry("quince", 15),
            java.util.Map.entry("treinta", 30), java.util.Map.entry("twee", 2), java.util.Map.entry("drie", 3),
            java.util.Map.entry("veertien", 14), java.util.Map.entry("dertig", 30));

    private static final List<String> THIS_MONTH_END = List.of("end of the month", "end of this month", "end of month", "the month's end",
            "monatsende", "ende des monats", "fin de mois", "fin du mois", "fine mese", "fine del mese", "fin de mes", "fin del mes",
            "final do mês", "eind van de maand", "månadens slut", "slutten av måneden");
    private static final List<String> NEXT_MONTH_END = List.of("end of next month", "end of the following month",
            "ende des folgemonats", "ende des nächsten monats", "fin du mois prochain", "fin del mes siguiente");

    /** "by the end of the month", "bis Monatsende": the last day of the reference's month (or the next one's). */
    private static Found monthEnd(String s, int i, LocalDate reference) {
        for (String phrase : NEXT_MONTH_END) {
            if (s.startsWith(phrase, i)) {
                LocalDate next = reference.plusMonths(1);
                return new Found(next.withDayOfMonth(next.lengthOfMonth()), i, i + phrase.length());
            }
        }
        for (String phrase : THIS_MONTH_END) {
            if (s.startsWith(phrase, i)) {
                return new Found(reference.withDayOfMonth(reference.lengthOfMonth()), i, i + phrase.length());
            }
        }
        return null;
    }

    /**
     * A day of the month written as an ordinal ("by the 10th", "10th of this month"): that day of the
     * reference's month, or of the next month when it has passed and "this month" is not said.
     */
    private static Found dayOfMonth(String s, int i, int e, LocalDate reference) {
        if (e - i > 2 || e + 2 > s.length()) {
            return null;
        }
        String suffix = s.substring(e, e + 2);
        if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
                || (e + 2 < s.length() && Character.isLetter(s.charAt(e + 2)))) {
            return null;
        }
        int day = Integer.parseInt(s.substring(i, e));
        if (day < 1 || day > 31) {
            return null;
        }
        int end = e + 2;
        boolean thisMonth = false;
        for (String tail : List.of(" of this month", " of the month", " this month")) {
            if (s.startsWith(tail, end)) {
                thisMonth = tail.contains("this");
                end += tail.length();
                break;
            }
        }
        LocalDate month = thisMonth || day >= reference.getDayOfMonth() ? reference : reference.plusMonths(1);
        return new Found(month.withDayOfMonth(Math.min(day, month.lengthOfMonth())), i, end);
    }

    private static final java.util.Set<String> BUSINESS = java.util.Set.of("business", "working", "banking", "bank");
    private static final java.util.Set<String> BUSINESS_DAY_WORDS = java.util.Set.of("werktage", "werktagen", "arbeitstage",
            "arbeitstagen", "bankarbeitstage", "bankarbeitstagen", "werkdagen", "werkdag", "bankdagar", "virkedager", "hverdage");
    private static final java.util.Set<String> BUSINESS_AFTER = java.util.Set.of("ouvrés", "ouvrables", "ouvré", "hábiles",
            "habiles", "úteis", "uteis", "lavorativi", "laborables", "bancari");

    /**
     * "in 2 business days", "innerhalb von 3 Werktagen", "sous 5 jours ouvrés": that many weekdays after
     * the reference, Saturdays and Sundays skipped. Null when the words after the number say no such thing.
     */
    private static Found businessDays(String s, int w, int we, int n, int start, LocalDate reference) {
        String word = s.substring(w, we);
        int end = -1;
        if (BUSINESS.contains(word)) {
            int w2 = skipSpaces(s, we);
            int we2 = wordEnd(s, w2);
            String unit = s.substring(w2, we2);
            if (unit.equals("day") || unit.equals("days")) {
                end = we2;
            }
        } else if (BUSINESS_DAY_WORDS.contains(word)) {
            end = we;
        } else if (unitDays(word) == 1) {
            int w2 = skipSpaces(s, we);
            int we2 = wordEnd(s, w2);
            if (BUSINESS_AFTER.contains(s.substring(w2, we2))) {
                end = we2;
            }
        }
        if (end < 0 || n > 60) {
            return null;
        }
        LocalDate d = reference;
        for (int k = 0; k < n; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                k++;
            }
        }
        return new Found(d, start, end);
    }

    /** Whether {@code text} starts with a month's name: "March 2026", "mars". */
    public static boolean startsWithMonth(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        int e = wordEnd(s, 0);
        return e > 2 && Words.month(s.substring(0, e)) > 0;
    }

    private static int unitDays(String unit) {
        return switch (unit) {
            case "day", "days", "tag", "tage", "tagen", "jour", "jours", "giorni", "giorno", "día", "días", "dia", "dias",
                    "dag", "dagen", "dage", "dagar", "dager", "dni", "dní", "dnů", "päivää", "päivän", "gün", "hari" -> 1;
            case "week", "weeks", "woche", "wochen", "semaine", "semaines", "settimana", "settimane", "semana", "semanas",
                    "weken", "uger", "veckor", "uker", "tygodni", "tygodnie", "týdnů", "týdny", "viikkoa", "hafta" -> 7;
            default -> 0;
        };
    }

    /** {@code 2026-03-05}, {@code 05/03/2026}, {@code 5.3.2026}, {@code 03/05/26}. */
    /** German and Nordic short dates, day and month with their dots and no year: "bis 5.3.", "fällig am 15.03.". */
    private static final java.util.regex.Pattern DOTTED_NO_YEAR = java.util.regex.Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(?![\\d\\p{L}])");

    private static Found dottedWithoutYear(String s, int i, LocalDate reference) {
        if (reference == null || (i > 0 && s.charAt(i - 1) == '.') || !afterDateWord(s, i)) {
            return null;
        }
        java.util.regex.Matcher m = DOTTED_NO_YEAR.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        Found f = date(reference.getYear(), month, day, i, m.end());
        if (f != null && f.date().isBefore(reference.minusDays(YEARLESS_PAST_DAYS))) {
            return new Found(f.date().plusYears(1), i, m.end());
        }
        return f;
    }

    /** Words a short date follows ("bis 5.3.", "am 15.03."), unlike a section number ("Ziffer 3.2."). */
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("bis", "am", "zum", "vom", "ab", "den", "til",
            "innan", "senest", "före", "inden", "innen", "fällig", "spätestens", "datum", "termin", "dato", ":");

    private static boolean afterDateWord(String s, int i) {
        int end = i;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == ':') {
            return true;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return start < end && DATE_WORDS.contains(s.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static Found numeric(String s, int i, boolean dayFirst) {
        int e1 = digitsEnd(s, i);
        if (e1 >= s.length() || e1 - i > 4) {
            return null;
        }
        char sep = s.charAt(e1);
        if (sep != '-' && sep != '/' && sep != '.') {
            return null;
        }
        // Czech, Slovak and Hungarian write a space after each dot: "18. 11. 2026".
        int s1 = sep == '.' && e1 + 1 < s.length() && s.charAt(e1 + 1) == ' ' ? e1 + 2 : e1 + 1;
        int e2 = digitsEnd(s, s1);
        if (e2 - s1 < 1 || e2 - s1 > 2 || e2 >= s.length() || s.charAt(e2) != sep) {
            return null;
        }
        int s2 = s1 > e1 + 1 && e2 + 1 < s.length() && s.charAt(e2 + 1) == ' ' ? e2 + 2 : e2 + 1;
        int e3 = digitsEnd(s, s2);
        int l3 = e3 - s2;
        int a = Integer.parseInt(s.substring(i, e1));
        int b = Integer.parseInt(s.substring(s1, e2));
        if (e1 - i == 4) {
            return l3 >= 1 && l3 <= 2 ? date(a, b, Integer.parseInt(s.substring(s2, e3)), i, e3) : null;
        }
        if (e1 - i > 2 || (l3 != 2 && l3 != 4) || (s1 > e1 + 1 && l3 != 4)) {
            return null;
        }
        int year = Integer.parseInt(s.substring(s2, e3));
        year = l3 == 2 ? 2000 + year : year;
        boolean df = sep == '.' || a > 12 || (b <= 12 && dayFirst);
        return df ? date(year, b, a, i, e3) : date(year, a, b, i, e3);
    }

    /** {@code 5 March 2026}, {@code 5. März 2026}, {@code 5th March}, {@code 5 de marzo de 2026}. */
    private static Found dayMonth(String s, int i, LocalDate reference) {
        int e = digitsEnd(s, i);
        if (e - i > 2) {
            return null;
        }
        int day = Integer.parseInt(s.substring(i, e));
        if (e < s.length() && (s.charAt(e) == '-' || s.charAt(e) == '/')) {
            return dashed(s, i, e, day, reference);
        }
        int p = skipOrdinal(s, e);
        int w = skipSpaces(s, p);
        if (w == p && p == e) {
            return null;
        }
        if (s.startsWith("de ", w) || s.startsWith("of ", w)) {
            w = skipSpaces(s, w + 3); // "5 de marzo", "15th of March"
        }
        int we = wordEnd(s, w);
        int month = we - w >= 3 ? Words.month(s.substring(w, we).toLowerCase(Locale.ROOT)) : 0;
        if (month == 0) {
            return null;
        }
        int q = we < s.length() && s.charAt(we) == '.' ? we + 1 : we;
        int y = skipSpaces(s, q);
        if (s.startsWith("de ", y)) {
            y = skipSpaces(s, y + 3);
        } else if (y < s.length() && s.charAt(y) == ',') {
            y = skipSpaces(s, y + 1);
        }
        return withYear(s, y, month, day, reference, i, we, y > q);
    }

    /** {@code 15-Mar-2026}, {@code 15-MAR-26}, {@code 15/Mar/2026}, {@code 15-Mar}: the day, its separator, the month. */
    private static Found dashed(String s, int i, int e, int day, LocalDate reference) {
        char sep = s.charAt(e);
        int w = e + 1;
        int we = wordEnd(s, w);
        int month = we - w >= 3 ? Words.month(s.substring(w, we).toLowerCase(Locale.ROOT)) : 0;
        if (month == 0) {
            return null;
        }
        if (we < s.length() && s.charAt(we) == sep) {
            return withYear(s, we + 1, month, day, reference, i, we, true);
        }
        return withYear(s, we, month, day, reference, i, we, false);
    }

    /** {@code March 5, 2026}, {@code Mar. 5 2026}, {@code March 5th}. */
    private static Found monthDay(String s, int i, LocalDate reference) {
        int we = wordEnd(s, i);
        if (we - i < 3) {
            return null;
        }
        int month = Words.month(s.substring(i, we).toLowerCase(Locale.ROOT));
        if (month == 0) {
            return null;
        }
        int p = we < s.length() && s.charAt(we) == '.' ? we + 1 : we;
        if (p < s.length() && s.charAt(p) == '-' && p + 1 < s.length() && isDigit(s.charAt(p + 1))) {
            // "Mar-15-2026"
            int de = digitsEnd(s, p + 1);
            if (de - p - 1 > 2 || de >= s.length() || s.charAt(de) != '-') {
                return null;
            }
            return withYear(s, de + 1, month, Integer.parseInt(s.substring(p + 1, de)), reference, i, de, true);
        }
        int d = skipSpaces(s, p);
        int de = digitsEnd(s, d);
        if (d == p || de - d < 1 || de - d > 2) {
            return null;
        }
        int day = Integer.parseInt(s.substring(d, de));
        int q = skipOrdinal(s, de);
        if (q < s.length() && s.charAt(q) == ',') {
            q++;
        }
        return withYear(s, skipSpaces(s, q), month, day, reference, i, de, false);
    }

    /**
     * The date with the year written at {@code y}, or without one near the reference. A two-digit year
     * ("15 Mar 26") is read only where {@code shortYear} allows it, when no digit, time or decimal
     * follows it and it lies within two years of the reference; otherwise the two digits are not a year.
     */
    private static Found withYear(String s, int y, int month, int day, LocalDate reference, int start, int endWithoutYear,
            boolean shortYear) {
        int ye = digitsEnd(s, y);
        if (ye - y == 4) {
            return date(Integer.parseInt(s.substring(y, ye)), month, day, start, ye);
        }
        if (ye - y == 2 && shortYear && twoDigitYear(s, ye)) {
            int year = 2000 + Integer.parseInt(s.substring(y, ye));
            if (reference == null || Math.abs(year - reference.getYear()) <= 2) {
                return date(year, month, day, start, ye);
            }
        }
        if (reference == null) {
            return null;
        }
        Found f = date(reference.getYear(), month, day, start, endWithoutYear);
        if (f != null && f.date().isBefore(reference.minusDays(YEARLESS_PAST_DAYS))) {
            return new Found(f.date().plusYears(1), start, endWithoutYear);
        }
        return f;
    }

    /** Whether the two digits ending at {@code ye} stand alone: no time ("26:00") or decimal ("26.5") follows. */
    private static boolean twoDigitYear(String s, int ye) {
        if (ye >= s.length()) {
            return true;
        }
        char c = s.charAt(ye);
        if (c == ':' || Character.isLetterOrDigit(c)) {
            return false;
        }
        return !((c == '.' || c == ',') && ye + 1 < s.length() && isDigit(s.charAt(ye + 1)));
    }

    private static Found date(int year, int month, int day, int start, int end) {
        if (year >= 2533 && year <= 2643) {
            year -= 543; // Thailand's Buddhist era: 25/08/2568 is 25 August 2025
        }
        if (year < 1990 || year > 2100) {
            return null;
        }
        try {
            return new Found(LocalDate.of(year, month, day), start, end);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int skipOrdinal(String s, int p) {
        if (p < s.length() && s.charAt(p) == '.') {
            return p + 1;
        }
        if (p + 2 <= s.length()) {
            String two = s.substring(p, p + 2).toLowerCase(Locale.ROOT);
            if ((two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th"))
                    && (p + 2 == s.length() || !Character.isLetter(s.charAt(p + 2)))) {
                return p + 2;
            }
        }
        return p;
    }

    private static int skipSpaces(String s, int p) {
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\u00a0' || s.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    private static int digitsEnd(String s, int p) {
        while (p < s.length() && isDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static int wordEnd(String s, int p) {
        while (p < s.length() && Character.isLetter(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
