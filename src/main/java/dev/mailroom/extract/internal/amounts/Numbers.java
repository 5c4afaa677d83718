package dev.mailroom.extract.internal.amounts;

import java.math.BigDecimal;

/**
 * Reads a written number beside a currency: digits with thousands separators ({@code ,} {@code .}
 * {@code '} or a space) and decimals after {@code .} or {@code ,}; {@code 50.–} means 50.00. The
 * last separator is the decimal one when one or two digits follow it, a thousands one when three do.
 */
final class Numbers {

    record Read(BigDecimal value, int start, int end) {}

    private static final int MAX_DIGITS = 12;

    private Numbers() {}

    /**
     * Whether a number with cents runs straight into a capitalised word, as text made from HTML
     * without its line breaks does: "Order Total: $139.94Shipping Details".
     */
    private static boolean gluedToNextWord(String s, int p, int end) {
        return end - p >= 4 && Character.isUpperCase(s.charAt(end)) && (s.charAt(end - 3) == '.' || s.charAt(end - 3) == ',')
                && isDigit(s.charAt(end - 2)) && isDigit(s.charAt(end - 1));
    }

    static Read forward(String s, int p) {
        int n = s.length();
        int i = p;
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if (isSeparator(c) && i + 1 < n && isDigit(s.charAt(i + 1)) && (!MoneyScanner.isSpace(c) || threeDigitGroup(s, i + 1))) {
                i++;
            } else {
                break;
            }
        }
        int end = i;
        if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == ',') && isDash(s.charAt(i + 1))) {
            end = i + 2;
        }
        if (end < n && Character.isLetterOrDigit(s.charAt(end)) && end == i && !gluedToNextWord(s, p, end) && !gluedCode(s, end)
                && !cjk(s.charAt(end))) {
            return null;
        }
        if (end == i && end < n && COUNTED.indexOf(s.charAt(end)) >= 0) {
            return null; // "8월", "3月", "2件": a month, a day or a count, not a sum
        }
        BigDecimal value = interpret(s.substring(p, i));
        return value == null ? null : new Read(value, p, end);
    }

    /** What Chinese, Japanese and Korean write after a number that counts days, months or things rather than money. */
    private static final String COUNTED = "年月日时時分秒号號回件個个人名번호년월일시분개명회";

    /** A currency's letters written onto the number: "$8500MX", "100USD". Two or three capitals and no more letters. */
    private static boolean gluedCode(String s, int end) {
        int k = end;
        while (k < s.length() && k - end < 4 && Character.isUpperCase(s.charAt(k))) {
            k++;
        }
        return k - end >= 2 && k - end <= 3 && (k == s.length() || !Character.isLetter(s.charAt(k)));
    }

    static Read backward(String s, int q, int floor) {
        int end = q;
        if (q - 2 >= floor && isDash(s.charAt(q - 1)) && (s.charAt(q - 2) == '.' || s.charAt(q - 2) == ',')) {
            end = q - 2;
        }
        int i = end;
        while (i > floor) {
            char c = s.charAt(i - 1);
            if (isDigit(c)) {
                i--;
            } else if (isSeparator(c) && i - 1 > floor && isDigit(s.charAt(i - 2)) && (!MoneyScanner.isSpace(c) || threeDigitGroup(s, i))) {
                i--;
            } else {
                break;
            }
        }
        if (i == end || !isDigit(s.charAt(i))) {
            return null;
        }
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && !cjk(s.charAt(i - 1))) {
            return null;
        }
        BigDecimal value = interpret(s.substring(i, end));
        return value == null ? null : new Read(value, i, q);
    }

    /** Chinese, Japanese and Korean write a number against the words around it: "合计1234.56元", "人民币1234.56元". */
    private static boolean cjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Whether exactly three digits start at {@code p} and no digit follows them. */
    private static boolean threeDigitGroup(String s, int p) {
        if (p + 3 > s.length()) {
            return false;
        }
        for (int k = p; k < p + 3; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return p + 3 == s.length() || !isDigit(s.charAt(p + 3));
    }

    static BigDecimal interpret(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        int lastSep = -1;
        char lastSepChar = 0;
        int seps = 0;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (isDigit(c)) {
                digits.append(c);
            } else {
                lastSep = digits.length();
                lastSepChar = c;
                seps++;
            }
        }
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            return null;
        }
        if (seps == 0) {
            return new BigDecimal(digits.toString());
        }
        int after = digits.length() - lastSep;
        boolean decimal = (lastSepChar == '.' || lastSepChar == ',') && after <= 2;
        if (!decimal && after != 3) {
            return null;
        }
        if (!groupsValid(raw, decimal)) {
            return null;
        }
        if (!decimal) {
            return new BigDecimal(digits.toString());
        }
        String whole = digits.substring(0, lastSep);
        return new BigDecimal((whole.isEmpty() ? "0" : whole) + "." + digits.substring(lastSep));
    }

    /** Thousands groups are three digits, the first one to three, all with one kind of separator. */
    private static boolean groupsValid(String raw, boolean lastIsDecimal) {
        int cut = raw.length();
        if (lastIsDecimal) {
            cut = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
        }
        String integer = raw.substring(0, cut);
        char sep = 0;
        int group = 0;
        boolean first = true;
        for (int k = 0; k < integer.length(); k++) {
            char c = integer.charAt(k);
            if (isDigit(c)) {
                group++;
                continue;
            }
            if (sep != 0 && c != sep) {
                return false;
            }
            sep = c;
            if (first ? group < 1 || group > 3 : group != 3) {
                return false;
            }
            first = false;
            group = 0;
        }
        return first || group == 3;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '\'' || c == '’' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
