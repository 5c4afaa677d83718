package dev.mailroom.search.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads message sizes: a number of bytes with an optional unit K, KB, M, MB, G or GB (powers of 1024, any case). */
final class SizeTerms {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})([kmg]b?|b)?", Pattern.CASE_INSENSITIVE);

    private SizeTerms() {}

    /** {@code larger:N}: at least that many bytes. */
    static QueryNode.SizeRange larger(String value) {
        return new QueryNode.SizeRange(bytes(value), null);
    }

    /** {@code smaller:N}: fewer than that many bytes. */
    static QueryNode.SizeRange smaller(String value) {
        return new QueryNode.SizeRange(null, bytes(value));
    }

    static long bytes(String value) {
        Matcher m = SIZE.matcher(value);
        if (!m.matches()) {
            throw new BadValue(0, "Invalid size \"" + value + "\"", "expected a number of bytes, optionally followed by K, M or G, as in 10M");
        }
        long number = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1L;
        };
        try {
            return Math.multiplyExact(number, factor);
        } catch (ArithmeticException e) {
            throw new BadValue(0, "Size \"" + value + "\" is too large", null);
        }
    }
}
