package dev.mailroom.classify.rules;

import java.util.Locale;

/** How a {@link TextPattern} compares its value with a message's text. */
public enum TextMatch {
    /** The text contains the value, ignoring case and accents (the default). */
    CONTAINS,
    /** The whole text is the value, ignoring case, accents and surrounding spaces. */
    EQUALS,
    /** A Java regular expression is found anywhere in the text, ignoring case. */
    MATCHES;

    /** The name as rules spell it: {@code contains}, {@code equals}, {@code matches}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
