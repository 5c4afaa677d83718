package dev.mailroom.extract.internal.amounts;

import java.util.List;
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
            Map.entry("tw", "TWD"), Map.entry("ph", "PHP"));

    private LocalCurrencies() {}

    /** Whether {@code domain} ends in a country code ({@code .de}, {@code .co.uk}) rather than {@code .com} or {@code .org}. */
    public static boolean hasCountry(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        int dot = d.lastIndexOf('.');
        return dot >= 0 && d.length() - dot - 1 == 2;
    }

    /** The currency a bare {@code $} stands for in mail from {@code domain}, or null when it is the US dollar. */
    public static String localCurrency(String domain) {
        return inCountry(domain, BY_COUNTRY);
    }

    /** What {@code byCountry} says for the country code that ends {@code domain}, or null. */
    private static String inCountry(String domain, Map<String, String> byCountry) {
        String country = country(domain);
        return country == null ? null : byCountry.get(country);
    }

    /**
     * The country code that ends {@code domain}, lower case, or null. Most of {@code .co} is a
     * company's name, not Colombia's ({@code dub.co}): only {@code .com.co} and its kin count.
     */
    private static String country(String domain) {
        if (domain == null) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        int dot = d.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String country = d.substring(dot + 1);
        if (country.equals("co") && !d.matches(".*\\.(com|net|org|gov|edu|gob|mil)\\.co")) {
            return null;
        }
        return country;
    }

    /**
     * The money of the country whose code ends a sender's domain, for an amount written with no
     * currency at all ("Valor pago: 420,00" from {@code .com.br}). Country codes that are mostly sold
     * as generic names ({@code .io}, {@code .ai}, {@code .me}, {@code .tv}, {@code .co} outside
     * {@code .com.co}) say no country.
     */
    private static final Map<String, String> MONEY_OF_COUNTRY = Map.ofEntries(
            Map.entry("us", "USD"), Map.entry("uk", "GBP"), Map.entry("gb", "GBP"), Map.entry("ie", "EUR"),
            Map.entry("de", "EUR"), Map.entry("fr", "EUR"), Map.entry("it", "EUR"), Map.entry("es", "EUR"),
            Map.entry("pt", "EUR"), Map.entry("nl", "EUR"), Map.entry("be", "EUR"), Map.entry("at", "EUR"),
            Map.entry("fi", "EUR"), Map.entry("gr", "EUR"), Map.entry("sk", "EUR"), Map.entry("si", "EUR"),
            Map.entry("ee", "EUR"), Map.entry("lv", "EUR"), Map.entry("lt", "EUR"), Map.entry("lu", "EUR"),
            Map.entry("mt", "EUR"), Map.entry("cy", "EUR"), Map.entry("hr", "EUR"), Map.entry("ch", "CHF"),
            Map.entry("li", "CHF"), Map.entry("pl", "PLN"), Map.entry("cz", "CZK"), Map.entry("hu", "HUF"),
            Map.entry("ro", "RON"), Map.entry("bg", "BGN"), Map.entry("rs", "RSD"), Map.entry("se", "SEK"),
            Map.entry("no", "NOK"), Map.entry("dk", "DKK"), Map.entry("is", "ISK"), Map.entry("ru", "RUB"),
            Map.entry("ua", "UAH"), Map.entry("tr", "TRY"), Map.entry("il", "ILS"), Map.entry("in", "INR"),
            Map.entry("lk", "LKR"), Map.entry("np", "NPR"), Map.entry("pk", "PKR"), Map.entry("bd", "BDT"),
            Map.entry("id", "IDR"), Map.entry("my", "MYR"), Map.entry("th", "THB"), Map.entry("vn", "VND"),
            Map.entry("ph", "PHP"), Map.entry("sg", "SGD"), Map.entry("hk", "HKD"), Map.entry("tw", "TWD"),
            Map.entry("cn", "CNY"), Map.entry("jp", "JPY"), Map.entry("kr", "KRW"), Map.entry("au", "AUD"),
            Map.entry("nz", "NZD"), Map.entry("za", "ZAR"), Map.entry("ng", "NGN"), Map.entry("ke", "KES"),
            Map.entry("gh", "GHS"), Map.entry("eg", "EGP"), Map.entry("ma", "MAD"), Map.entry("ae", "AED"),
            Map.entry("sa", "SAR"), Map.entry("qa", "QAR"), Map.entry("kw", "KWD"), Map.entry("br", "BRL"),
            Map.entry("ar", "ARS"), Map.entry("cl", "CLP"), Map.entry("mx", "MXN"), Map.entry("pe", "PEN"),
            Map.entry("uy", "UYU"), Map.entry("ca", "CAD"), Map.entry("cr", "CRC"), Map.entry("kz", "KZT"));

    /** The money of the sender's country for an amount that names no currency, or null when the domain says no country. */
    public static String ofCountry(String domain) {
        return inCountry(domain, MONEY_OF_COUNTRY);
    }

    /**
     * The currency of sums written with none ("Amount due: 250.00"), in mail that names none: the money of
     * the sender's country; else the yen, the won or the yuan for text in Japanese, Korean or Chinese; else,
     * from a domain that names no country and with a decimal point, the US dollar, as an American invoice
     * writes it. Null when nothing says (a decimal comma from a {@code .com}: a euro, a real or a zloty).
     */
    public static String ofBareSums(String domain, String text, boolean decimalPoint) {
        String byCountry = ofCountry(domain);
        if (byCountry != null) {
            return byCountry;
        }
        String byScript = ofScript(text);
        if (byScript != null) {
            return byScript;
        }
        String named = ofNamedDomains(text);
        if (named != null) {
            return named; // "Web hosting for ceylonspicehouse.lk", from a Gmail address
        }
        return decimalPoint && domain != null && !namesCountry(domain) ? "USD" : null;
    }

    /**
     * The money of the script {@code text} is written in: the yen for Japanese kana, the won for hangul,
     * the yuan for Chinese characters without either; null for other scripts.
     */
    private static String ofScript(String text) {
        int han = 0;
        for (int i = 0; text != null && i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                return "JPY";
            }
            if (script == Character.UnicodeScript.HANGUL) {
                return "KRW";
            }
            if (script == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return han >= 4 ? "CNY" : null;
    }

    /**
     * Whether {@code domain} ends in the code of a country, not in one sold the world over as a name
     * ({@code .io}, {@code .ai}, {@code .co} outside {@code .com.co}): then the domain says where the sender is.
     */
    public static boolean namesCountry(String domain) {
        String c = country(domain);
        return c != null && c.length() == 2 && !GENERIC.contains(c);
    }

    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
            "(?<![\\w@.-])(?:[a-z0-9-]+\\.)+([a-z]{2})(?![\\w@-])");

    /**
     * The money of the one country whose domains the text names as hosts ("www.shop.de", "cybertech.lk"),
     * or null when it names none or several.
     */
    private static String ofNamedDomains(String text) {
        if (text == null) {
            return null;
        }
        String found = null;
        java.util.regex.Matcher m = HOST.matcher(text);
        while (m.find()) {
            String c = MONEY_OF_COUNTRY.get(m.group(1));
            if (c == null || GENERIC.contains(m.group(1))) {
                continue;
            }
            if (found != null && !found.equals(c)) {
                return null;
            }
            found = c;
        }
        return found;
    }

    /** Country codes used as names the world over: {@code .io}, {@code .ai}, {@code .me} ({@code .co} is read by {@link #country}). */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("io", "ai", "me", "tv", "cc", "ly", "to", "gg", "fm",
            "sh", "so", "ws");

    /** Countries a message names in its address lines, and their dollars or pesos. */
    private static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("canada", "CAD"), Map.entry("australia", "AUD"),
            Map.entry("new zealand", "NZD"), Map.entry("singapore", "SGD"), Map.entry("hong kong", "HKD"), Map.entry("mexico", "MXN"),
            Map.entry("méxico", "MXN"), Map.entry("colombia", "COP"), Map.entry("argentina", "ARS"), Map.entry("chile", "CLP"),
            Map.entry("uruguay", "UYU"), Map.entry("república dominicana", "DOP"), Map.entry("bogotá", "COP"), Map.entry("bogota", "COP"),
            Map.entry("medellín", "COP"), Map.entry("medellin", "COP"), Map.entry("buenos aires", "ARS"), Map.entry("montevideo", "UYU"),
            Map.entry("santiago de chile", "CLP"), Map.entry("ciudad de méxico", "MXN"), Map.entry("monterrey", "MXN"),
            Map.entry("guadalajara", "MXN"), Map.entry("santo domingo", "DOP"),
            // Payment systems and banks of one country only: "Interac e-Transfer" is Canadian, SPEI Mexican.
            Map.entry("interac", "CAD"), Map.entry("spei", "MXN"), Map.entry("banorte", "MXN"), Map.entry("banamex", "MXN"),
            Map.entry("bancomer", "MXN"), Map.entry("bancolombia", "COP"), Map.entry("davivienda", "COP"),
            // Provinces and states of one dollar country only, as their own people write them; names that recur
            // elsewhere (Ontario and Melbourne are towns in the United States too) are left out.
            Map.entry("québec", "CAD"), Map.entry("montréal", "CAD"), Map.entry("british columbia", "CAD"),
            Map.entry("saskatchewan", "CAD"), Map.entry("nova scotia", "CAD"), Map.entry("queensland", "AUD"),
            Map.entry("new south wales", "AUD"), Map.entry("auckland", "NZD"),
            // Cities of one dollar country that no other sender's address names as its own.
            Map.entry("toronto", "CAD"), Map.entry("calgary", "CAD"), Map.entry("edmonton", "CAD"),
            Map.entry("winnipeg", "CAD"), Map.entry("brisbane", "AUD"), Map.entry("canberra", "AUD"), Map.entry("adelaide", "AUD"),
            Map.entry("christchurch", "NZD"));
    private static final java.util.List<String> UNITED_STATES = java.util.List.of("united states", "usa", "u.s.",
            "u.s.a", "us$", "usd");

    /**
     * The currency a bare {@code $} stands for in a message from a sender whose domain says no country,
     * when its lower-case text names exactly one country that writes {@code $} for its own money
     * ("Royal Bank of Canada … Toronto, ON, Canada") and never the United States; else null.
     */
    public static String fromText(String lowerText) {
        String found = null;
        for (Map.Entry<String, String> e : BY_NAME.entrySet()) {
            if (mentions(lowerText, e.getKey())) {
                if (found != null && !found.equals(e.getValue())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        if (found == null) {
            return null;
        }
        for (String us : UNITED_STATES) {
            if (lowerText.contains(us)) {
                return null;
            }
        }
        return found;
    }

    /** ISO codes of the moneys that write a bare {@code $}, besides the US dollar's. */
    private static final java.util.regex.Pattern DOLLAR_CODE = java.util.regex.Pattern.compile(
            "(?<![A-Za-z])(AUD|CAD|NZD|SGD|HKD|MXN|ARS|CLP|COP|UYU|TWD)(?![A-Za-z])");
    /**
     * What only one dollar country's bills carry: Canada's sales taxes, its pre-authorised debit and an
     * address with a province and postcode ("ON M5V 2T6"); Australia's bill payment, business number,
     * company form and an address with a state and postcode ("VIC 3056").
     */
    private static final java.util.regex.Pattern DOLLAR_MARKER = java.util.regex.Pattern.compile(
            "(?<![A-Za-z])(?:(TPS|TVQ|TVH|HST|QST|[Pp]re-?[Aa]uthori[sz]ed [Dd]ebit|(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE) [A-Z]\\d[A-Z] ?\\d[A-Z]\\d)"
                    + "|(BPAY|ABN(?= ?\\d)|(?<!\\()Pty\\.? Ltd|(?:VIC|NSW|QLD|TAS|ACT) \\d{4}))(?![A-Za-z\\d])");
    /** "85,00 $": a sum with a decimal comma and the sign after it, as French Canada writes dollars. */
    private static final java.util.regex.Pattern FRENCH_DOLLARS = java.util.regex.Pattern.compile("\\d,\\d{2}\\s?\\$");

    /**
     * The dollar a bare {@code $} stands for in a message whose sender's domain names no country,
     * read from the message itself: the one other dollar's code it writes ("Here's invoice INV-0457
     * for AUD 1,386.00"), a host of one dollar country it names ("telstra.com.au"), Canada's or
     * Australia's billing words ("TPS", "TVQ", "HST", "BPAY", "ABN 64 …"), or a sum written the French
     * Canadian way ("85,00 $"). Null when nothing says, or when it also writes {@code USD} or {@code US$}.
     *
     * @param text the message's text as written
     * @param written the sum as written
     */
    public static String dollarInText(String text, String written) {
        if (text.contains("USD") || text.contains("US$") || text.contains("US $")) {
            return null;
        }
        String found = one(DOLLAR_CODE.matcher(text));
        if (found != null) {
            return found;
        }
        String host = ofNamedDomains(text.toLowerCase(Locale.ROOT));
        if (host != null && BY_COUNTRY.containsValue(host) && !host.equals("PHP") && !host.equals("TWD")) {
            return host;
        }
        java.util.regex.Matcher m = DOLLAR_MARKER.matcher(text);
        String marker = null;
        while (m.find()) {
            String c = m.group(1) != null ? "CAD" : "AUD";
            if (marker != null && !marker.equals(c)) {
                return null;
            }
            marker = c;
        }
        if (marker != null) {
            return marker;
        }
        return FRENCH_DOLLARS.matcher(written).find() ? "CAD" : null;
    }

    /** Words only Traditional Chinese writes, as Taiwan's bills do: 應繳 (to pay), 帳單 (bill), 繳費 (pay a bill), 費用 (charges). */
    private static final List<String> TRADITIONAL = List.of("應繳", "帳單", "繳費", "繳款", "費用", "總額", "電費", "臺");

    /**
     * The New Taiwan dollar a bare {@code $} stands for in Traditional Chinese mail sent from UTC+8, where
     * a {@code .net} names no country: "本期應繳總金額 $2,225". Hong Kong writes Traditional Chinese too, in the
     * same time zone, so mail that names Hong Kong (香港, 港幣) is left alone. Null otherwise.
     */
    public static String ofTraditionalChineseInTaipeiTime(String lowerText, java.time.ZoneOffset offset) {
        if (offset == null || offset.getTotalSeconds() != 8 * 3600 || lowerText.contains("香港") || lowerText.contains("港幣")
                || lowerText.contains("港元")) {
            return null;
        }
        int words = 0;
        for (String w : TRADITIONAL) {
            if (lowerText.contains(w)) {
                words++;
            }
        }
        return words >= 2 ? "TWD" : null;
    }

    /** Words of Spanish mail about a payment, which a bare {@code $} from Mexico's time zone writes in pesos. */
    private static final List<String> SPANISH = List.of("hola", "fecha", "monto", "importe", "cantidad", "compra", "pago",
            "tarjeta", "gracias", "tu ", "su ", "realizaste", "cuenta");

    /**
     * The peso a bare {@code $} stands for in Spanish mail sent from Mexico's central time zone (UTC-6),
     * where a {@code .com} says no country: "Monto: $ 3,500.00" from a Mexican bank. Null otherwise.
     */
    public static String ofSpanishInMexicanTime(String lowerText, java.time.ZoneOffset offset) {
        if (offset == null || offset.getTotalSeconds() != -6 * 3600) {
            return null;
        }
        int words = 0;
        for (String w : SPANISH) {
            if (lowerText.contains(w)) {
                words++;
            }
        }
        return words >= 3 ? "MXN" : null;
    }

    /** A dollar sign before thousands grouped by dots and no cents: "$50.400", "$ 1.250.000". */
    private static final java.util.regex.Pattern DOTTED_PESOS = java.util.regex.Pattern.compile(
            "\\$\\s?\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)");

    /**
     * The peso a bare {@code $} written with dotted thousands and no cents ("Total: $50.400") stands for in
     * Spanish mail, by the time zone it was sent from: Colombia (UTC-5), Chile (UTC-4), Argentina (UTC-3).
     * A dollar is never written so; Ecuador's and Panama's dollars have cents. Null otherwise.
     */
    public static String ofSpanishPesos(String lowerText, String written, java.time.ZoneOffset offset) {
        if (offset == null || written == null || !DOTTED_PESOS.matcher(written).find()) {
            return null;
        }
        int words = 0;
        for (String w : SPANISH) {
            if (lowerText.contains(w)) {
                words++;
            }
        }
        if (words < 3) {
            return null;
        }
        return switch (offset.getTotalSeconds() / 3600) {
            case -5 -> "COP";
            case -4 -> "CLP";
            case -3 -> "ARS";
            default -> null;
        };
    }

    /** The one code {@code m} finds, or null when it finds none or two different ones. */
    private static String one(java.util.regex.Matcher m) {
        String found = null;
        while (m.find()) {
            if (found != null && !found.equals(m.group(1))) {
                return null;
            }
            found = m.group(1);
        }
        return found;
    }

    private static boolean mentions(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    private static final Map<String, String> CROWNS = Map.of("no", "NOK", "dk", "DKK", "is", "ISK", "fo", "DKK", "gl", "DKK");

    /** The currency a bare {@code kr} stands for in mail from {@code domain}, or null when it is the Swedish crown. */
    public static String localCrown(String domain) {
        return inCountry(domain, CROWNS);
    }

    /**
     * As {@link #localCrown(String)}, and from a domain that names no country, the crown of the one country
     * whose domains the text names as hosts ("Webhotel for boghtraeprodukter.dk" from {@code surftown.com}).
     */
    public static String localCrown(String domain, String lowerText) {
        String byDomain = localCrown(domain);
        if (byDomain != null || namesCountry(domain)) {
            return byDomain;
        }
        String named = ofNamedDomains(lowerText);
        return named != null && CROWNS.containsValue(named) ? named : crownOfLanguage(lowerText);
    }

    /**
     * The crown of the language a text is written in: Swedish writes ä and ö, Danish and Norwegian æ and ø,
     * and tell each other apart by their spelling ("beløb", "venlig" against "beløp", "vennlig"). Null when
     * the letters say nothing or disagree.
     */
    static String crownOfLanguage(String lowerText) {
        boolean swedish = lowerText.indexOf('ä') >= 0 || lowerText.indexOf('ö') >= 0;
        boolean danoNorwegian = lowerText.indexOf('æ') >= 0 || lowerText.indexOf('ø') >= 0;
        if (swedish == danoNorwegian) {
            return null;
        }
        if (swedish) {
            return "SEK";
        }
        int danish = count(lowerText, DANISH);
        int norwegian = count(lowerText, NORWEGIAN);
        return danish > norwegian ? "DKK" : norwegian > danish ? "NOK" : null;
    }

    private static final List<String> DANISH = List.of("beløb", "venlig hilsen", "køb", " af ", "rykker", "kære ",
            "venligst", "inden", "heraf", "tak for", "leveret", "drikkepenge", "i alt", "moms");
    private static final List<String> NORWEGIAN = List.of("beløp", "vennlig hilsen", "kjøp", " av ", "purring", "kjære ", "vennligst", "innen",
            "herav", "takk for", "levert", "mva", "totalt", "driks");

    private static int count(String text, List<String> words) {
        int n = 0;
        for (String w : words) {
            if (text.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static final Map<String, String> RUPEES = Map.of("lk", "LKR", "pk", "PKR", "np", "NPR", "mu", "MUR", "sc", "SCR");

    /**
     * The currency a rupee written in letters or as {@code ₨} stands for in mail from {@code domain}: Sri Lanka's,
     * Pakistan's, Nepal's… from those countries, else null (India's).
     */
    public static String localRupee(String domain) {
        return inCountry(domain, RUPEES);
    }

    private static final Map<String, String> YUAN = Map.of("tw", "TWD", "hk", "HKD", "mo", "MOP", "taipei", "TWD");

    /** The currency a {@code Bs} stands for in mail from {@code domain}: Venezuela's bolívar from there, else null (Bolivia's). */
    public static String localBolivar(String domain) {
        return inCountry(domain, Map.of("ve", "VES"));
    }

    /**
     * The currency a {@code 元} stands for in mail from {@code domain}: the new Taiwan dollar from Taiwan, Hong
     * Kong's and Macau's dollars from there, else null (the yuan).
     */
    public static String localYuan(String domain) {
        return inCountry(domain, YUAN);
    }

    /** The currency a bare {@code ¥} stands for in mail from {@code domain}: the yuan from China, else null (the yen). */
    public static String localYen(String domain) {
        if (domain == null) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return d.endsWith(".cn") ? "CNY" : null;
    }

    /**
     * As {@link #localYen(String)}, and also the yuan when {@code text} is written in Chinese: Chinese
     * characters and no Japanese kana ("实付款：¥128.50" from taobao.com).
     */
    public static String localYen(String domain, String text) {
        String byDomain = localYen(domain);
        if (byDomain != null || text == null || "JPY".equals(ofCountry(domain))) {
            return byDomain; // the yuan by its domain; the yen from Japan, whatever script the mail is in
        }
        return "CNY".equals(ofScript(text)) ? "CNY" : null;
    }

    private static final java.util.Set<String> CENTRAL_AFRICA = java.util.Set.of("cm", "ga", "cg", "td", "cf", "gq");
    private static final java.util.List<String> CENTRAL_AFRICA_NAMES = java.util.List.of("cameroun", "cameroon", "gabon",
            "congo", "tchad", "chad", "centrafrique", "central african", "guinée équatoriale", "equatorial guinea");

    /**
     * The franc a bare {@code FCFA} stands for: the Central African one (XAF) from a Cameroonian,
     * Gabonese, Congolese, Chadian… sender or text naming those countries, else null (the West African
     * XOF).
     */
    public static String localCfa(String domain, String lowerText) {
        String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        int dot = d.lastIndexOf('.');
        if (dot >= 0 && CENTRAL_AFRICA.contains(d.substring(dot + 1))) {
            return "XAF";
        }
        for (String name : CENTRAL_AFRICA_NAMES) {
            if (mentions(lowerText, name)) {
                return "XAF";
            }
        }
        return null;
    }

    /** Whether {@code written}, an amount as the text has it, uses the bare crown {@code kr} rather than a code. */
    public static boolean isBareCrown(String written) {
        return written.toLowerCase(Locale.ROOT).contains("kr") && !written.contains("SEK");
    }

    /** Whether {@code written}, an amount as the text has it, uses a bare {@code $} rather than {@code US$} or {@code USD}. */
    public static boolean isBare(String written) {
        int sign = written.indexOf('$');
        return sign >= 0 && (sign == 0 || !Character.isLetter(written.charAt(sign - 1))) && !written.contains("USD");
    }
}
