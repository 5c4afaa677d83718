package dev.mailroom.search.query;

import dev.mailroom.shared.ByteSizes;

/** Reads message sizes: a number of bytes with an optional unit K, KB, M, MB, G or GB (powers of 1024, any case). */
final class SizeTerms {

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
        if (!value.equals(value.strip())) {
            throw new BadValue(0, "Invalid size \"" + value + "\"", "expected a number of bytes, optionally followed by K, M or G, as in 10M");
        }
        try {
            return ByteSizes.parse(value);
        } catch (ByteSizes.BadSize e) {
            if (e.tooLarge()) {
                throw new BadValue(0, "Size \"" + value + "\" is too large", null);
            }
            throw new BadValue(0, "Invalid size \"" + value + "\"", "expected a number of bytes, optionally followed by K, M or G, as in 10M");
        }
    }
}
