package dev.mailroom.extract.internal.amounts;

import java.util.Locale;
import java.util.Map;

/**
 * Which dollar or peso a bare {@code $} means, and which crown a bare {@code kr}: the sender's
 * country decides it ({@code .com.uy} pesos, {@code .com.au} Australian dollars, {@code .no}
 * Norwegian crowns), as people read it; anywhere else they are the US dollar and the Swedish crown.
 */
public final class LocalCurrencies {

    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("uy", "UYU"), Map.entry("ar", "ARS"),
            Map.entry("cl", "CLP"), Map.entry("co", "COP"), Map.entry("mx", "MXN"), Map.entry("au", "AUD"),
            Map.entry("ca", "CAD"), Map.entry("nz", "NZD"), Map.entry("sg", "SGD"), Map.entry("hk", "HKD"),
            Map.entry("tw", "TWD"));

    private LocalCurrencies() {}

    /** The currency a bare {@code $} stands for in mail from {@code domain}, or null when it is the US dollar. */
    public static String localCurrency(String domain) {
        if (domain == null) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        int dot = d.lastIndexOf('.');
        return dot < 0 ? null : BY_COUNTRY.get(d.substring(dot + 1));
    }

    private static final Map<String, String> CROWNS = Map.of("no", "NOK", "dk", "DKK", "is", "ISK", "fo", "DKK", "gl", "DKK");

    /** The currency a bare {@code kr} stands for in mail from {@code domain}, or null when it is the Swedish crown. */
    public static String localCrown(String domain) {
        if (domain == null) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        int dot = d.lastIndexOf('.');
        return dot < 0 ? null : CROWNS.get(d.substring(dot + 1));
    }

    /** The currency a bare {@code ¥} stands for in mail from {@code domain}: the yuan from China, else null (the yen). */
    public static String localYen(String domain) {
        if (domain == null) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return d.endsWith(".cn") ? "CNY" : null;
    }

    /** Whether {@code written}, an amount as the text has it, uses the bare crown {@code kr} rather than a code. */
    public static boolean isBareCrown(String written) {
        return written.contains("kr") && !written.contains("SEK");
    }

    /** Whether {@code written}, an amount as the text has it, uses a bare {@code $} rather than {@code US$} or {@code USD}. */
    public static boolean isBare(String written) {
        int sign = written.indexOf('$');
        return sign >= 0 && (sign == 0 || !Character.isLetter(written.charAt(sign - 1))) && !written.contains("USD");
    }
}
