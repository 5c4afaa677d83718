package dev.mailroom.extract.internal.dates;

import dev.mailroom.extract.internal.amounts.LocalCurrencies;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a numeric date such as {@code 05/03/2026} puts the day first, from what is known
 * of the sender: its Content-Language, the country of its domain, the currency it bills in. A date
 * whose day is over 12 settles the order by itself, and a date written with dots is always day first.
 */
public final class DayOrder {

    private static final Set<String> MONTH_FIRST_COUNTRIES = Set.of("us", "ph", "pw", "mh");

    private DayOrder() {}

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
