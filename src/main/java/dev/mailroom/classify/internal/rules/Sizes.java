package dev.mailroom.classify.internal.rules;

import dev.mailroom.classify.rules.RuleFormatException;
import dev.mailroom.shared.ByteSizes;

/** Message sizes as rules write them (see {@link ByteSizes}), with the rules' own error. */
public final class Sizes {

    private Sizes() {}

    public static long bytes(String value) {
        try {
            return ByteSizes.parse(value);
        } catch (ByteSizes.BadSize e) {
            throw new RuleFormatException(e.tooLarge() ? e.getMessage()
                    : e.getMessage() + " (expected a number of bytes, optionally followed by K, M or G, as in 10M)");
        }
    }

    /** The shortest exact form: {@code 10M}, {@code 500K}, {@code 1234}. */
    public static String format(long bytes) {
        return ByteSizes.format(bytes);
    }
}
