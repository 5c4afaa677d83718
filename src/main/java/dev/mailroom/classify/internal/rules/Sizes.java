package dev.mailroom.classify.internal.rules;

import dev.mailroom.classify.rules.RuleFormatException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message sizes as rules write them: bytes, or a number with K, KB, M, MB, G or GB (powers of 1024, any case). */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmg]b?|b)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {}

    public static long bytes(String value) {
        Matcher m = SIZE.matcher(value.strip());
        if (!m.matches()) {
            throw new RuleFormatException("invalid size \"" + value + "\" (expected a number of bytes, optionally followed by K, M or G, as in 10M)");
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
            throw new RuleFormatException("size \"" + value + "\" is too large");
        }
    }

    /** The shortest exact form: {@code 10M}, {@code 500K}, {@code 1234}. */
    public static String format(long bytes) {
        if (bytes > 0 && bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + "G";
        }
        if (bytes > 0 && bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + "M";
        }
        if (bytes > 0 && bytes % (1L << 10) == 0) {
            return bytes / (1L << 10) + "K";
        }
        return Long.toString(bytes);
    }
}
