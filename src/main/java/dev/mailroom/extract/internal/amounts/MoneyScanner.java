package dev.mailroom.extract.internal.amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds amounts of money in a line: a currency sign or code beside a number, in the formats people
 * write ({@code $1,234.56}, {@code 1.234,56 €}, {@code 1 234,56 EUR}, {@code EUR 12}, {@code CHF 50.–},
 * {@code Fr. 12.50}, {@code 1'234.50}, {@code -$5.00}, {@code (5.00 EUR)}, {@code ($USD) 7.84}). Walks the line once,
 * looking only where a currency sign or an upper-case code stands; a number alone is not money.
 * Stateless and thread-safe.
 */
public final class MoneyScanner {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("USD", "USD"), Map.entry("EUR", "EUR"), Map.entry("GBP", "GBP"), Map.entry("CHF", "CHF"),
            Map.entry("JPY", "JPY"), Map.entry("CAD", "CAD"), Map.entry("AUD", "AUD"), Map.entry("NZD", "NZD"),
            Map.entry("SEK", "SEK"), Map.entry("NOK", "NOK"), Map.entry("DKK", "DKK"), Map.entry("PLN", "PLN"),
            Map.entry("CZK", "CZK"), Map.entry("HUF", "HUF"), Map.entry("INR", "INR"), Map.entry("CNY", "CNY"),
            Map.entry("RMB", "CNY"), Map.entry("HKD", "HKD"), Map.entry("SGD", "SGD"), Map.entry("BRL", "BRL"),
            Map.entry("MXN", "MXN"), Map.entry("ZAR", "ZAR"), Map.entry("RUB", "RUB"), Map.entry("TRY", "TRY"),
            Map.entry("KRW", "KRW"), Map.entry("ILS", "ILS"), Map.entry("SFR", "CHF"), Map.entry("CRC", "CRC"),
            Map.entry("ARS", "ARS"), Map.entry("CLP", "CLP"), Map.entry("COP", "COP"), Map.entry("PEN", "PEN"),
            Map.entry("UYU", "UYU"), Map.entry("PHP", "PHP"), Map.entry("IDR", "IDR"), Map.entry("MYR", "MYR"),
            Map.entry("THB", "THB"), Map.entry("VND", "VND"), Map.entry("AED", "AED"), Map.entry("SAR", "SAR"),
            Map.entry("TWD", "TWD"), Map.entry("RON", "RON"), Map.entry("BGN", "BGN"), Map.entry("UAH", "UAH"),
            Map.entry("NGN", "NGN"), Map.entry("KES", "KES"), Map.entry("EGP", "EGP"),
            Map.entry("LKR", "LKR"), Map.entry("PKR", "PKR"), Map.entry("BDT", "BDT"), Map.entry("NPR", "NPR"),
            Map.entry("MAD", "MAD"), Map.entry("XOF", "XOF"), Map.entry("XAF", "XAF"), Map.entry("GHS", "GHS"),
            Map.entry("TZS", "TZS"), Map.entry("UGX", "UGX"), Map.entry("QAR", "QAR"), Map.entry("KWD", "KWD"),
            Map.entry("BHD", "BHD"), Map.entry("OMR", "OMR"), Map.entry("JOD", "JOD"), Map.entry("ISK", "ISK"),
            Map.entry("RSD", "RSD"), Map.entry("KZT", "KZT"), Map.entry("DOP", "DOP"), Map.entry("GTQ", "GTQ"),
            Map.entry("PYG", "PYG"), Map.entry("JMD", "JMD"), Map.entry("TTD", "TTD"), Map.entry("MUR", "MUR"),
            Map.entry("ETB", "ETB"), Map.entry("DZD", "DZD"), Map.entry("TND", "TND"), Map.entry("MMK", "MMK"),
            Map.entry("KHR", "KHR"), Map.entry("MOP", "MOP"), Map.entry("HRK", "HRK"), Map.entry("BAM", "BAM"),
            Map.entry("MKD", "MKD"), Map.entry("BYN", "BYN"), Map.entry("AZN", "AZN"), Map.entry("UZS", "UZS"),
            Map.entry("MNT", "MNT"), Map.entry("LAK", "LAK"), Map.entry("BND", "BND"), Map.entry("FJD", "FJD"),
            Map.entry("XPF", "XPF"), Map.entry("NIO", "NIO"), Map.entry("HNL", "HNL"), Map.entry("BSD", "BSD"),
            Map.entry("BBD", "BBD"), Map.entry("BZD", "BZD"), Map.entry("KYD", "KYD"), Map.entry("SCR", "SCR"),
            Map.entry("MVR", "MVR"), Map.entry("MWK", "MWK"), Map.entry("ZMW", "ZMW"), Map.entry("RWF", "RWF"),
            Map.entry("CDF", "CDF"), Map.entry("AOA", "AOA"), Map.entry("AKZ", "AOA"), Map.entry("MZN", "MZN"), Map.entry("NAD", "NAD"),
            Map.entry("BWP", "BWP"), Map.entry("SDG", "SDG"), Map.entry("LBP", "LBP"), Map.entry("IQD", "IQD"),
            Map.entry("IRR", "IRR"), Map.entry("AFN", "AFN"), Map.entry("KGS", "KGS"), Map.entry("MDL", "MDL"),
            Map.entry("GNF", "GNF"), Map.entry("GMD", "GMD"), Map.entry("CVE", "CVE"), Map.entry("DJF", "DJF"),
            Map.entry("MGA", "MGA"), Map.entry("PGK", "PGK"), Map.entry("HTG", "HTG"), Map.entry("VES", "VES"),
            Map.entry("PAB", "PAB"));

    /**
     * Currencies written as short words beside the number: "249,00 kr", "123,45 zł", "1 250 Kč",
     * "12 500 Ft", "RM 25.00", "Rp 150.000". Crowns are Swedish unless the sender says otherwise
     * (see {@link LocalCurrencies}).
     */
    private static final List<Map.Entry<String, String>> WORD_SIGNS = List.of(Map.entry("kr.", "SEK"), Map.entry("kr", "SEK"),
            Map.entry("Kr.", "SEK"), Map.entry("Kr", "SEK"), Map.entry("US dollars", "USD"), Map.entry("US Dollars", "USD"),
            Map.entry("zł", "PLN"), Map.entry("Kč", "CZK"), Map.entry("Ft", "HUF"), Map.entry("RM", "MYR"), Map.entry("บาท", "THB"), Map.entry("ريال", "SAR"), Map.entry("درهم", "AED"), Map.entry("KSh", "KES"), Map.entry("Ksh", "KES"), Map.entry("TL", "TRY"), Map.entry("S/.", "PEN"),
            Map.entry("S/", "PEN"), Map.entry("Euros", "EUR"), Map.entry("euros", "EUR"), Map.entry("Euro", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("pesos", "MXN"), Map.entry("dollars", "USD"), Map.entry("rupees", "INR"),
            Map.entry("Soles", "PEN"), Map.entry("soles", "PEN"), Map.entry("Bolivianos", "BOB"), Map.entry("bolivianos", "BOB"),
            Map.entry("quetzales", "GTQ"), Map.entry("colones", "CRC"), Map.entry("lempiras", "HNL"), Map.entry("córdobas", "NIO"),
            Map.entry("reais", "BRL"), Map.entry("guaraníes", "PYG"), Map.entry("dólares", "USD"), Map.entry("dolares", "USD"), Map.entry("Bs.", "BOB"), Map.entry("Bs", "BOB"), Map.entry("Rp.", "IDR"), Map.entry("Rp", "IDR"), Map.entry("руб.", "RUB"), Map.entry("грн.", "UAH"), Map.entry("грн", "UAH"),
            Map.entry("лв.", "BGN"), Map.entry("лв", "BGN"), Map.entry("lei", "RON"), Map.entry("FCFA", "XOF"),
            Map.entry("F CFA", "XOF"), Map.entry("DH", "MAD"), Map.entry("Dhs.", "AED"), Map.entry("Dhs", "AED"),
            Map.entry("руб", "RUB"), Map.entry("VNĐ", "VND"), Map.entry("đ", "VND"), Map.entry("Php", "PHP"),
            Map.entry("Tk.", "BDT"), Map.entry("Tk", "BDT"), Map.entry("Rs.", "INR"), Map.entry("Rs", "INR"),
            Map.entry("TSh", "TZS"), Map.entry("USh", "UGX"), Map.entry("FRw", "RWF"), Map.entry("MK", "MWK"), Map.entry("ZK", "ZMW"),
            Map.entry("KD", "KWD"), Map.entry("BD", "BHD"), Map.entry("QR", "QAR"), Map.entry("SR", "SAR"), Map.entry("Nu.", "BTN"),
            Map.entry("ر.س", "SAR"), Map.entry("د.ك", "KWD"), Map.entry("ج.م", "EGP"), Map.entry("د.إ", "AED"), Map.entry("ر.ق", "QAR"),
            Map.entry("ل.ل", "LBP"), Map.entry("د.ب", "BHD"), Map.entry("ر.ع", "OMR"), Map.entry("د.أ", "JOD"), Map.entry("د.م", "MAD"),
            Map.entry("د.ت", "TND"), Map.entry("ریال", "IRR"), Map.entry("Gs.", "PYG"),
            Map.entry("тг", "KZT"), Map.entry("DT", "TND"), Map.entry("Ar", "MGA"), Map.entry("人民币", "CNY"),
            Map.entry("riyals", "SAR"), Map.entry("Riyals", "SAR"), Map.entry("dirhams", "AED"), Map.entry("Dirhams", "AED"),
            Map.entry("đồng", "VND"), Map.entry("Đồng", "VND"), Map.entry("دينار أردني", "JOD"), Map.entry("دينار كويتي", "KWD"),
            Map.entry("دينار بحريني", "BHD"), Map.entry("دينار عراقي", "IQD"), Map.entry("جنيه مصري", "EGP"), Map.entry("جنيه", "EGP"));

    /** {@link #WORD_SIGNS} by their first character, in the same order: the scan asks at every capital letter. */
    private static final Map<Character, List<Map.Entry<String, String>>> WORD_SIGNS_BY_FIRST = WORD_SIGNS.stream()
            .collect(java.util.stream.Collectors.groupingBy(e -> e.getKey().charAt(0), java.util.LinkedHashMap::new,
                    java.util.stream.Collectors.toList()));

    /** Signs that name one currency each wherever they stand: "₡12.500", "₸ 4 990", "GH₵ 250.00". */
    private static final Map<Character, String> SIGNS = Map.ofEntries(Map.entry('₡', "CRC"), Map.entry('₸', "KZT"),
            Map.entry('₼', "AZN"), Map.entry('₾', "GEL"), Map.entry('֏', "AMD"), Map.entry('៛', "KHR"), Map.entry('₮', "MNT"),
            Map.entry('₭', "LAK"), Map.entry('₵', "GHS"), Map.entry('₲', "PYG"), Map.entry('﷼', "SAR"));

    private MoneyScanner() {}

    /** Whether {@code upper} is an ISO 4217 code the scanner reads ("USD", "EUR"). */
    public static boolean isCode(String upper) {
        return CODES.containsKey(upper);
    }

    /** Whether {@code c} can start or end a currency mention; a quick test before scanning at all. */
    public static boolean isCurrencySign(char c) {
        return c == '$' || c == '€' || c == '£' || c == '¥' || c == '￥' || c == '₹' || c == '₩' || c == '円' || c == '₱'
                || c == '₦' || c == '₫' || c == '₪' || c == '₽' || c == '₺' || c == '฿' || c == '₴' || c == '元' || c == '원' || c == '엔'
                || c == '৳' || c == '₨' || SIGNS.containsKey(c);
    }

    /** Whether {@code text} holds any currency sign or code at all: a cheap test to skip mail without money. */
    public static boolean mentionsMoney(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isCurrencySign(c)) {
                return true;
            }
            if ((c == 'k' || c == 'z' || c == 'K' || c == 'F' || c == 'R' || c == 'р' || c == 'г' || c == 'л'
                    || c == 'l' || c == 'T' || c == 'S' || c == 'E' || c == 'e' || c == 'บ' || c == 'ر' || c == 'د'
                    || c == 'p' || c == 'd' || c == 'r' || c == 'D' || c == 'đ' || c == 'Đ' || c == 'V' || c == 'P' || c == 'U' || c == 'M'
                    || c == 'Z' || c == 'B' || c == 'Q' || c == 'N' || c == 'ج' || c == 'ل' || c == 's' || c == 'b' || c == 'q'
                    || c == 'c' || c == 'g' || c == 'G' || c == 'т' || c == 'A' || c == '人')
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1))) && wordSignBesideNumber(text, i)) {
                return true;
            }
            if (c >= 'A' && c <= 'Z' && i + 2 < n && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                if (code(text, i) != null) {
                    return true;
                }
                if (c == 'F' && text.charAt(i + 1) == 'r' && text.charAt(i + 2) == '.') {
                    return true;
                }
                if (c == 'R' && rupees(text, i) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The amounts written in {@code line}, in order. */
    public static List<Money> scan(String line) {
        List<Money> found = new ArrayList<>(2);
        int n = line.length();
        int i = 0;
        while (i < n) {
            Marker marker = marker(line, i);
            if (marker == null) {
                i++;
                continue;
            }
            Money money = after(line, marker);
            if (money == null) {
                money = before(line, marker, found.isEmpty() ? 0 : found.getLast().end());
            }
            if (money != null && inPostcode(line, money)) {
                money = null; // "Bradford BD6 2SZ": a British postcode, not six Bahraini dinars
            }
            if (money != null) {
                money = namedAfter(line, money, marker);
                found.add(money);
                i = Math.max(money.end(), marker.end());
            } else {
                i = marker.end();
            }
        }
        return found;
    }

    private record Marker(String currency, int start, int end) {}

    /** A British postcode: "BD6 2SZ", "SW1A 1AA". */
    private static final java.util.regex.Pattern UK_POSTCODE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}(?![\\p{L}\\d])");

    /** Whether {@code money} lies inside a British postcode on {@code line}. */
    private static boolean inPostcode(String line, Money money) {
        java.util.regex.Matcher m = UK_POSTCODE.matcher(line);
        while (m.find()) {
            if (m.start() < money.end() && money.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dollar sum followed by the code of the dollar it is: "$12.99 CAD", "$350 MXN". The code names
     * the currency, and the sum ends after it.
     */
    private static Money namedAfter(String line, Money money, Marker marker) {
        if (line.charAt(marker.end() - 1) != '$') {
            return money; // not a dollar sign
        }
        if (money.end() == marker.end()) {
            return countryAfterSign(line, money); // "7,99 $ CA", "12,50 $CAN": Quebec writes the sign after the number
        }
        int p = money.end();
        int spaces = 0;
        while (p < line.length() && isSpace(line.charAt(p)) && spaces < 2) {
            p++;
            spaces++;
        }
        String code = p < line.length() && Character.isUpperCase(line.charAt(p)) ? code(line, p) : null;
        if (code == null && line.startsWith("MX", p) && (p + 2 == line.length() || !Character.isLetter(line.charAt(p + 2)))) {
            return new Money(money.amount(), "MXN", money.start(), p + 2); // "$8500MX", "$6200 MX": Mexico's pesos
        }
        if (code == null || code.equals(money.currency())) {
            return money;
        }
        return new Money(money.amount(), code, money.start(), p + 3);
    }

    /** The dollars a country's letters after a trailing sign name: "7,99 $ CA" is Canadian, "$ US" American. */
    private static Money countryAfterSign(String line, Money money) {
        int p = money.end();
        if (p < line.length() && isSpace(line.charAt(p))) {
            p++;
        }
        for (String[] country : new String[][] {{"CAN", "CAD"}, {"CA", "CAD"}, {"US", "USD"}, {"AU", "AUD"}, {"NZ", "NZD"}}) {
            int end = p + country[0].length();
            if (line.startsWith(country[0], p) && (end == line.length() || !Character.isLetter(line.charAt(end)))) {
                return new Money(money.amount(), country[1], money.start(), end);
            }
        }
        String code = p < line.length() && Character.isUpperCase(line.charAt(p)) ? code(line, p) : null;
        return code == null || code.equals(money.currency()) ? money : new Money(money.amount(), code, money.start(), p + 3);
    }

    private static Marker marker(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '$' -> {
                return dollar(s, i);
            }
            case '€' -> {
                return new Marker("EUR", i, i + 1);
            }
            case '£' -> {
                return new Marker("GBP", i, i + 1);
            }
            case '¥', '￥' -> {
                // "CN¥128.00", "RMB¥128": the yuan; a bare ¥ is the yen unless the sender says otherwise
                if (i >= 2 && s.startsWith("CN", i - 2) && (i == 2 || !Character.isLetter(s.charAt(i - 3)))) {
                    return new Marker("CNY", i - 2, i + 1);
                }
                if (i >= 3 && s.startsWith("RMB", i - 3) && (i == 3 || !Character.isLetter(s.charAt(i - 4)))) {
                    return new Marker("CNY", i - 3, i + 1);
                }
                return new Marker("JPY", i, i + 1);
            }
            case '৳' -> {
                return new Marker("BDT", i, i + 1);
            }
            case '₨' -> {
                return new Marker("INR", i, i + 1);
            }
            case '₹' -> {
                return new Marker("INR", i, i + 1);
            }
            case '₩' -> {
                return new Marker("KRW", i, i + 1);
            }
            case '円' -> {
                return new Marker("JPY", i, i + 1);
            }
            case '₱' -> {
                return new Marker("PHP", i, i + 1);
            }
            case '₦' -> {
                return new Marker("NGN", i, i + 1);
            }
            case '₫' -> {
                return new Marker("VND", i, i + 1);
            }
            case '₪' -> {
                return new Marker("ILS", i, i + 1);
            }
            case '₽' -> {
                return new Marker("RUB", i, i + 1);
            }
            case '₺' -> {
                return new Marker("TRY", i, i + 1);
            }
            case '฿' -> {
                return new Marker("THB", i, i + 1);
            }
            case '₡', '₸', '₼', '₾', '֏', '៛', '₮', '₭', '₵', '₲', '﷼' -> {
                // "GH₵ 250.00": the Ghanaian cedi's letters belong to its sign
                int start = c == '₵' && i >= 2 && s.startsWith("GH", i - 2) ? i - 2 : i;
                return new Marker(SIGNS.get(c), start, i + 1);
            }
            case '₴' -> {
                return new Marker("UAH", i, i + 1);
            }
            case '元' -> {
                return new Marker("CNY", i, i + 1);
            }
            case '원' -> {
                return new Marker("KRW", i, i + 1);
            }
            case '엔' -> {
                return new Marker("JPY", i, i + 1); // the yen written in Korean: "5,280엔"
            }
            default -> {
                if (!Character.isLetter(c) || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
                    return null;
                }
                String code = code(s, i);
                if (code != null) {
                    return new Marker(code, i, i + 3);
                }
                int rupees = c == 'R' ? rupees(s, i) : 0;
                if (rupees > 0) {
                    return new Marker("INR", i, i + rupees);
                }
                if (isRand(s, i)) {
                    return new Marker("ZAR", i, i + 1);
                }
                if (isEuroLetter(s, i)) {
                    return new Marker("EUR", i, i + 1);
                }
                for (Map.Entry<String, String> w : WORD_SIGNS_BY_FIRST.getOrDefault(c, List.of())) {
                    String sign = w.getKey();
                    int end = i + sign.length();
                    if (s.startsWith(sign, i) && (end >= s.length() || !Character.isLetter(s.charAt(end)))
                            && (!isEuroWord(sign) || euroWordBesideSum(s, i, end))) {
                        return new Marker(w.getValue(), i, end);
                    }
                }
                if (s.startsWith("Fr.", i) || s.startsWith("SFr.", i)) {
                    int end = i + (c == 'S' ? 4 : 3);
                    return new Marker("CHF", i, end);
                }
                return null;
            }
        }
    }

    /** {@code US$}, {@code C$}, {@code CA$}, {@code A$}, {@code AU$}, {@code NZ$}, {@code HK$}, {@code S$}, or a plain dollar. */
    private static Marker dollar(String s, int i) {
        int p = i;
        while (p > 0 && i - p < 2 && Character.isUpperCase(s.charAt(p - 1))) {
            p--;
        }
        if (p > 0 && Character.isLetter(s.charAt(p - 1))) {
            p = i;
        }
        String currency = switch (s.substring(p, i)) {
            case "C", "CA" -> "CAD";
            case "A", "AU" -> "AUD";
            case "NZ" -> "NZD";
            case "HK" -> "HKD";
            case "S" -> "SGD";
            case "R" -> "BRL";
            case "MX" -> "MXN";
            case "NT" -> "TWD";
            case "RD" -> "DOP";
            default -> "USD";
        };
        return new Marker(currency, p, i + 1);
    }

    private static final java.util.regex.Pattern LAKHS = java.util.regex.Pattern.compile("\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?");

    /** Rupees grouped in lakhs and crores, as India writes them: "Rs.1,25,000.00". */
    private static Numbers.Read lakhs(String s, int p) {
        java.util.regex.Matcher m = LAKHS.matcher(s).region(p, s.length());
        if (!m.lookingAt() || (m.end() < s.length() && Character.isDigit(s.charAt(m.end())))) {
            return null;
        }
        return new Numbers.Read(new BigDecimal(m.group().replace(",", "")), p, m.end());
    }

    private static final java.util.regex.Pattern RAND = java.util.regex.Pattern.compile(
            "R ?(?:\\d{1,3}(?:[, ]?\\d{3})*\\.\\d{2}|\\d{1,3}(?:[ .]?\\d{3})*,\\d{2}|\\d{1,3}(?:,\\d{3})+)(?![\\d.,]?\\d)");

    /**
     * South Africa's rand, written "R585.11", "R1,250.00", "R 250,00" or, as shops round it, "R 2,118": the R
     * right before a sum with cents or with its thousands grouped.
     */
    private static boolean isRand(CharSequence s, int i) {
        return s.charAt(i) == 'R' && i + 2 < s.length() && (isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == ' ' && isDigit(s.charAt(i + 2)))
                && RAND.matcher(s).region(i, s.length()).lookingAt();
    }

    /** Currencies written out as words, which count only beside a sum: "37,50 Euro", "1,299.00 pesos". */
    private static boolean isEuroWord(String sign) {
        return sign.startsWith("Euro") || sign.startsWith("euro") || CURRENCY_WORDS.contains(sign);
    }

    private static final java.util.Set<String> CURRENCY_WORDS = java.util.Set.of("pesos", "dollars", "US dollars", "US Dollars",
            "rupees", "Soles", "soles",
            "Bolivianos", "bolivianos", "quetzales", "colones", "lempiras", "córdobas", "reais", "guaraníes", "dólares", "dolares", "riyals", "Riyals", "dirhams",
            "Dirhams", "đồng", "Đồng");

    private static final java.util.regex.Pattern SUM_WITH_CENTS = java.util.regex.Pattern.compile(
            "\\s{0,2}\\d{1,3}(?:[.,' ]?\\d{3})*[.,]\\d{2}(?!\\d)");

    /**
     * "Euro" as money: after a number ("37,50 Euro", "50 Euro"), or before a sum with cents ("Euro
     * 1.250,00"); "EURO 2026 tickets" and "Euro 2024" are not.
     */
    private static boolean euroWordBesideSum(CharSequence text, int i, int end) {
        int before = i - 1;
        while (before >= 0 && isSpace(text.charAt(before)) && i - before <= 2) {
            before--;
        }
        if (before >= 0 && before < i - 1 && isDigit(text.charAt(before))) {
            return true;
        }
        return SUM_WITH_CENTS.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * The euro as Finnish and Estonian invoices write it, a lone "e" after a sum with cents: "30,00 e",
     * "1 250.00 e". Only after cents, so that "5 e-mails" and "1e10" are not money.
     */
    private static boolean isEuroLetter(CharSequence s, int i) {
        if (s.charAt(i) != 'e' || (i + 1 < s.length() && (Character.isLetterOrDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '-'))) {
            return false;
        }
        int p = i - 1;
        if (p >= 0 && isSpace(s.charAt(p))) {
            p--;
        }
        return p >= 3 && isDigit(s.charAt(p)) && isDigit(s.charAt(p - 1)) && (s.charAt(p - 2) == ',' || s.charAt(p - 2) == '.')
                && isDigit(s.charAt(p - 3));
    }

    private static boolean startsWith(CharSequence text, String prefix, int at) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a currency word of {@link #WORD_SIGNS} stands at {@code i} right beside a digit. */
    private static boolean wordSignBesideNumber(CharSequence text, int i) {
        if (isRand(text, i) || isEuroLetter(text, i)) {
            return true;
        }
        for (Map.Entry<String, String> w : WORD_SIGNS_BY_FIRST.getOrDefault(text.charAt(i), List.of())) {
            String sign = w.getKey();
            int end = i + sign.length();
            if (end <= text.length() && startsWith(text, sign, i)
                    && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                if (isEuroWord(sign)) {
                    return euroWordBesideSum(text, i, end);
                }
                int before = i - 1;
                while (before >= 0 && isSpace(text.charAt(before)) && i - before <= 2) {
                    before--;
                }
                int after = end;
                while (after < text.length() && isSpace(text.charAt(after)) && after - end < 2) {
                    after++;
                }
                return (before >= 0 && isDigit(text.charAt(before)))
                        || (after < text.length() && isDigit(text.charAt(after)));
            }
        }
        return false;
    }

    /**
     * The length of a rupee sign written in letters at {@code i} ({@code Rs.}, {@code Rs}, {@code Rs }) when
     * a number follows it, else 0: "Rs.1,250.50", "Rs 450".
     */
    private static int rupees(CharSequence s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != 'R' || s.charAt(i + 1) != 's') {
            return 0;
        }
        int p = i + 2;
        if (s.charAt(p) == '.') {
            p++;
        }
        int end = p;
        while (p < s.length() && p - end < 2 && isSpace(s.charAt(p))) {
            p++;
        }
        return p < s.length() && isDigit(s.charAt(p)) ? end - i : 0;
    }

    private static String code(CharSequence s, int i) {
        if (i + 3 > s.length()) {
            return null;
        }
        if (i + 3 < s.length() && Character.isLetter(s.charAt(i + 3))) {
            return null;
        }
        String word = s.subSequence(i, i + 3).toString();
        return CODES.get(word);
    }

    /** The number after a marker: {@code $ 12.00}, {@code CHF 1'062.30}, {@code $-5}. */
    /** A date, which a sign never stands before: "2024-05-06", "06.05.2024", "6/5/24". */
    private static final java.util.regex.Pattern DATE_AHEAD = java.util.regex.Pattern.compile(
            "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}([./-])\\d{1,2}\\1\\d{2,4})(?!\\d|[.,]\\d)");

    private static Money after(String s, Marker m) {
        int p = m.end();
        // A code in parentheses before its number: "A charge of ($USD) 7.84", "(EUR) 12.00".
        if (p < s.length() && (s.charAt(p) == ')' || s.charAt(p) == '）') && openedBefore(s, m.start())) {
            p++;
            int q = p;
            while (q < s.length() && s.charAt(q) == ' ' && q - p < 2) {
                q++;
            }
            if (q < s.length() && (s.charAt(q) == ':' || s.charAt(q) == '：')) {
                p = q + 1; // a field labelled with its currency: "Amount (THB): 1,000.00", "ご利用金額（円） : 3,280"
            }
        }
        int spaces = 0;
        // plain-text tables pad a column's code from its figures: "EUR     436,78"
        while (p < s.length() && isSpace(s.charAt(p)) && spaces < 12) {
            p++;
            spaces++;
        }
        if (m.end() - m.start() == 3 && p < s.length() && s.charAt(p) == '$' && CODES.containsKey(s.substring(m.start(), m.end()))) {
            // a code before its dollar sign: "CAD $12.99", "AUD$ 12.99"
            p++;
            while (p < s.length() && isSpace(s.charAt(p)) && p - m.end() < 4) {
                p++;
            }
        }
        if (p == m.end() && m.end() - m.start() == 3 && p + 1 < s.length() && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))
                && CODES.containsKey(s.substring(m.start(), m.end()))) {
            p++; // a code joined to its number by a dot: "NGN.750.00"
        }
        boolean minus = false;
        if (p < s.length() && isMinus(s.charAt(p)) && p + 1 < s.length() && Character.isDigit(s.charAt(p + 1))) {
            minus = true;
            p++;
        }
        if (p >= s.length() || !isDigit(s.charAt(p))) {
            return null;
        }
        if (!minus && DATE_AHEAD.matcher(s).region(p, s.length()).lookingAt()) {
            return null; // a date after the sign: "#1875 for 86,40 € 2024-05-06" is the sum before it
        }
        Numbers.Read read = "INR".equals(m.currency()) ? lakhs(s, p) : null;
        if (read == null) {
            read = Numbers.forward(s, p);
        }
        if (read == null) {
            return null;
        }
        int start = m.start();
        minus |= minusBefore(s, start);
        boolean parens = start > 0 && s.charAt(start - 1) == '(' && read.end() < s.length() && s.charAt(read.end()) == ')'
                && accounting(s, start - 1, read.end() + 1);
        return money(read.value(), minus || parens, m.currency(), start, read.end());
    }

    /**
     * Whether an amount in parentheses from {@code open} to {@code close} is an accountant's negative, as
     * in a column ("Credit applied:   (£12.00)") rather than an aside in a sentence ("Invoice 89
     * ($400.00) is overdue"): a label or a column gap before it, or nothing but a column gap after it.
     */
    private static boolean accounting(String s, int open, int close) {
        String before = s.substring(0, open);
        String after = s.substring(close);
        return before.isBlank() || before.stripTrailing().endsWith(":") || before.endsWith("  ") || before.endsWith("\t")
                || before.endsWith("|") || before.endsWith("| ") || after.isBlank() || after.startsWith("  ") || after.startsWith("\t")
                || after.startsWith(" |") || after.startsWith("|");
    }

    /** Whether a parenthesis opens right before {@code start}, or before a sign there: "(USD", "($USD". */
    private static boolean openedBefore(String s, int start) {
        return (start > 0 && (s.charAt(start - 1) == '(' || s.charAt(start - 1) == '（'))
                || (start > 1 && isCurrencySign(s.charAt(start - 1)) && s.charAt(start - 2) == '(');
    }

    /** The number before a marker: {@code 1.234,56 €}, {@code 12 EUR}. */
    private static Money before(String s, Marker m, int floor) {
        int q = m.start();
        int spaces = 0;
        // A code in parentheses after its number: "Total amount: 1,500.00 (USD)"
        boolean parenthesized = q > floor && s.charAt(q - 1) == '(' && m.end() < s.length() && s.charAt(m.end()) == ')';
        if (parenthesized) {
            q--;
        }
        while (q > floor && isSpace(s.charAt(q - 1)) && spaces < 3) {
            q--;
            spaces++;
        }
        if (q <= floor || !isDigit(s.charAt(q - 1)) && s.charAt(q - 1) != '-' && s.charAt(q - 1) != '–') {
            return null;
        }
        // An accountant's trailing minus on a credit: "Total: 10,51-EUR"
        boolean trailingMinus = q - 2 >= floor && isMinus(s.charAt(q - 1)) && isDigit(s.charAt(q - 2)) && q == m.start();
        Numbers.Read read = Numbers.backward(s, trailingMinus ? q - 1 : q, floor);
        if (read == null) {
            return null;
        }
        boolean minus = trailingMinus || minusBefore(s, read.start());
        return money(read.value(), minus, m.currency(), read.start(), parenthesized ? m.end() + 1 : m.end());
    }

    private static boolean minusBefore(String s, int start) {
        int p = start - 1;
        boolean spaced = false;
        if (p >= 0 && isSpace(s.charAt(p)) && p - 1 >= 0 && isMinus(s.charAt(p - 1))) {
            p--;
            spaced = true;
        }
        if (p < 0 || !isMinus(s.charAt(p)) || (p > 0 && Character.isLetterOrDigit(s.charAt(p - 1)))) {
            return false;
        }
        // "Team - $49/month": a dash standing between words separates them; "- $5.00" alone is a credit.
        if (spaced) {
            int q = p - 1;
            while (q >= 0 && isSpace(s.charAt(q))) {
                q--;
            }
            return q < 0 || !(Character.isLetterOrDigit(s.charAt(q)) || s.charAt(q) == ')' || s.charAt(q) == '*');
        }
        return true;
    }

    private static Money money(BigDecimal value, boolean negative, String currency, int start, int end) {
        return new Money(negative ? value.negate() : value, currency, start, end);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\t';
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '−' || c == '–';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
