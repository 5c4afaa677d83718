package dev.mailroom.classify.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a rule asks of a message: a test of one of its parts, or all, any or none of other
 * conditions. Conditions are immutable values, prepared once (text folded, regular expressions
 * compiled), so that {@link RuleEngine} can test every imported message quickly. {@link
 * ConditionSyntax} reads and writes the short form ({@code from:acme.com subject:invoice}); {@link
 * RulesYaml} the full one.
 */
public sealed interface Condition {

    /** Text in a part of the message, for example the subject containing "invoice". */
    record Text(TextField field, TextPattern pattern) implements Condition {

        public Text {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /**
     * A header field by name (any case), such as {@code X-Mailer} or {@code Authentication-Results}:
     * present, when {@code pattern} is null, or with any of its values matching {@code pattern}.
     * Values are unfolded and their RFC 2047 encoded words decoded.
     */
    record Header(String name, TextPattern pattern) implements Condition {

        public Header {
            Objects.requireNonNull(name, "name");
            name = name.strip();
            if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
                throw new RuleFormatException("invalid header name \"" + name + "\"");
            }
        }
    }

    /** At least one attachment (inline images and signatures do not count). */
    record HasAttachment() implements Condition {}

    /** The raw message size: at least {@code bytes} ({@link Bound#LARGER}), or fewer ({@link Bound#SMALLER}). */
    record Size(Bound bound, long bytes) implements Condition {

        /** Which side of the size matches. */
        public enum Bound {
            LARGER,
            SMALLER
        }

        public Size {
            Objects.requireNonNull(bound, "bound");
            if (bytes < 0) {
                throw new RuleFormatException("a size cannot be negative: " + bytes);
            }
        }
    }

    /**
     * The message's age (from its date to "now"): more than {@code amount} units ({@link
     * Bound#OLDER}) or less ({@link Bound#NEWER}). Months and years count on the calendar, in UTC. A
     * message without a date matches neither.
     */
    record Age(Bound bound, long amount, Unit unit) implements Condition {

        /** Which side of the age matches. */
        public enum Bound {
            OLDER,
            NEWER
        }

        /** Units of an age, written {@code h}, {@code d}, {@code w}, {@code m}, {@code y}. */
        public enum Unit {
            HOURS,
            DAYS,
            WEEKS,
            MONTHS,
            YEARS;

            /** The one-letter symbol: {@code d} for days. */
            public String symbol() {
                return name().substring(0, 1).toLowerCase(Locale.ROOT);
            }
        }

        public Age {
            Objects.requireNonNull(bound, "bound");
            Objects.requireNonNull(unit, "unit");
            if (amount < 0 || amount > 1_000_000) {
                throw new RuleFormatException("an age must be between 0 and 1000000, not " + amount);
            }
        }
    }

    /** Every one of {@code conditions} (at least one). */
    record All(List<Condition> conditions) implements Condition {

        public All {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new RuleFormatException("\"all\" needs at least one condition");
            }
        }
    }

    /** At least one of {@code conditions} (at least one). */
    record Any(List<Condition> conditions) implements Condition {

        public Any {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new RuleFormatException("\"any\" needs at least one condition");
            }
        }
    }

    /** Not {@code condition}. */
    record Not(Condition condition) implements Condition {

        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /** {@code field} contains {@code value} (ignoring case and accents). */
    static Condition contains(TextField field, String value) {
        return new Text(field, TextPattern.contains(value));
    }
}
