package dev.mailroom.shared;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them in queries and rules: a number of bytes, or a number with K, KB, M, MB,
 * G or GB (powers of 1024, any case), as in {@code 10M}.
 */
public final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmg]b?|b)?", Pattern.CASE_INSENSITIVE);

    private ByteSizes() {}

    /** A size that cannot be read, or one too large for a long. */
    public static final class BadSize extends IllegalArgumentException {
        private final boolean tooLarge;

        BadSize(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        /** Whether the size was well formed but too large. */
        public boolean tooLarge() {
            return tooLarge;
        }
    }

    /**
     * The number of bytes {@code value} stands for.
     *
     * @throws BadSize when it is not a size, or too large
     */
    public static long parse(String value) {
        Matcher m = SIZE.matcher(value.strip());
        if (!m.matches()) {
            throw new BadSize("invalid size \"" + value + "\"", false);
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
            throw new BadSize("size \"" + value + "\" is too large", true);
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
