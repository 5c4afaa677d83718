package dev.mailroom.extract.internal.amounts;

import java.util.Locale;
import java.util.Map;

/**
 * Which dollar or peso a bare {@code $} means: the sender's country decides it ({@code .com.uy}
 * pesos, {@code .com.au} Australian dollars), as people read it; anywhere else it is the US dollar.
 */
public final class Dollars {

    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("uy", "UYU"), Map.entry("ar", "ARS"),
            Map.entry("cl", "CLP"), Map.entry("co", "COP"), Map.entry("mx", "MXN"), Map.entry("au", "AUD"),
            Map.entry("ca", "CAD"), Map.entry("nz", "NZD"), Map.entry("sg", "SGD"), Map.entry("hk", "HKD"),
            Map.entry("tw", "TWD"));

    private Dollars() {}

    /** The currency a bare {@code $} stands for in mail from {@code domain}, or null when it is the US dollar. */
    public static String localCurrency(String domain) {
        if (domain == null) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        int dot = d.lastIndexOf('.');
        return dot < 0 ? null : BY_COUNTRY.get(d.substring(dot + 1));
    }

    /** Whether {@code written}, an amount as the text has it, uses a bare {@code $} rather than {@code US$} or {@code USD}. */
    public static boolean isBare(String written) {
        int sign = written.indexOf('$');
        return sign >= 0 && (sign == 0 || !Character.isLetter(written.charAt(sign - 1))) && !written.contains("USD");
    }
}
