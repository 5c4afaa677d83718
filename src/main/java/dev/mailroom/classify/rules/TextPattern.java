package dev.mailroom.classify.rules;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A value to look for in text and how ({@link TextMatch}), prepared once: the value folded (case,
 * accents, spaces) or the regular expression compiled. Immutable and thread-safe; equal when match
 * and value are.
 */
public final class TextPattern {

    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private final TextMatch match;
    private final String value;
    private final String folded;
    private final Pattern regex;
    private final boolean domain;

    private TextPattern(TextMatch match, String value) {
        this.match = Objects.requireNonNull(match, "match");
        this.value = Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new RuleFormatException("empty text to " + (match == TextMatch.MATCHES ? "match" : "look for"));
        }
        this.folded = Folding.fold(value).strip();
        this.regex = match == TextMatch.MATCHES ? compile(value) : null;
        this.domain = match != TextMatch.MATCHES && DOMAIN.matcher(folded).matches();
    }

    /**
     * A pattern.
     *
     * @throws RuleFormatException when the value is blank or, for {@link TextMatch#MATCHES}, not a valid regular expression
     */
    public static TextPattern of(TextMatch match, String value) {
        return new TextPattern(match, value);
    }

    /** Text that contains {@code value}, ignoring case and accents. */
    public static TextPattern contains(String value) {
        return of(TextMatch.CONTAINS, value);
    }

    public TextMatch match() {
        return match;
    }

    /** The value as written. */
    public String value() {
        return value;
    }

    /** Whether {@code text} matches; null text never does. */
    public boolean test(String text) {
        return text != null && test(text, Folding.fold(text));
    }

    /** Whether the text matches, given it as written and {@link Folding#fold folded}. */
    boolean test(String text, String foldedText) {
        return switch (match) {
            case CONTAINS -> foldedText.contains(folded);
            case EQUALS -> foldedText.strip().equals(folded);
            case MATCHES -> regex.matcher(text).find() || (!foldedText.equals(text) && regex.matcher(foldedText).find());
        };
    }

    /** Whether the value is a domain name ({@code acme.com}): in address fields it matches that domain and its subdomains. */
    boolean isDomain() {
        return domain;
    }

    /** Matches a string with this regular expression (only for {@link TextMatch#MATCHES}). */
    boolean find(String text) {
        return text != null && !text.isEmpty() && regex.matcher(text).find();
    }

    /** The folded value (for contains and equals). */
    String folded() {
        return folded;
    }

    private static Pattern compile(String value) {
        try {
            return Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new RuleFormatException("invalid regular expression \"" + value + "\": " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextPattern p && p.match == match && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return match.hashCode() * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        return match.key() + " \"" + value + "\"";
    }
}
