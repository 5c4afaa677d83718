package dev.mailroom.extract.internal.dates;

import dev.mailroom.extract.internal.amounts.LocalCurrencies;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a numeric date such as {@code 05/03/2026} puts the day first, from what is known
 * of the sender: its Content-Language, the country of its domain, the currency it bills in. A date
 * whose day is over 12 settles the order by itself, and a date written with dots is always day first.
 */
public final class DayOrder {

    private static final Set<String> MONTH_FIRST_COUNTRIES = Set.of("us", "ph", "pw", "mh");

    /** A numeric date written with slashes or dashes: "25/02/2026", "02-25-26". */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([/-])(\\d{1,2})\\2(?:\\d{4}|\\d{2})(?![\\d/-])");

    private DayOrder() {}

    /**
     * The order the text itself shows: true when a numeric date in it can only be day first
     * ("Statement date: 25/02/2026"), false when one can only be month first ("02/25/2026"), null
     * when none settles it or they disagree. How a sender writes one date is how it writes the others.
     */
    public static Boolean shownIn(CharSequence text) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && a <= 31 && b >= 1 && b <= 12) {
                dayFirst = true;
            } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
                monthFirst = true;
            }
        }
        return dayFirst == monthFirst ? null : dayFirst;
    }

    /**
     * Whether the sender writes day first.
     *
     * @param contentLanguage the Content-Language header value, or null
     * @param domain the sender's domain, or null
     * @param currency the currency of the payment, or null
     */
    public static boolean dayFirst(String contentLanguage, String domain, String currency) {
        if (contentLanguage != null && !contentLanguage.isBlank()) {
            String lang = contentLanguage.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (lang.startsWith("en-us") || lang.startsWith("en-ph")) {
                return false;
            }
            if (!lang.equals("en")) {
                return true;
            }
        }
        if (domain != null && LocalCurrencies.namesCountry(domain)) {
            String tld = domain.substring(domain.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return !MONTH_FIRST_COUNTRIES.contains(tld);
        }
        if (currency == null) {
            return false;
        }
        return !currency.equals("USD");
    }
}
