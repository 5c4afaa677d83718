package dev.mailroom.classify.rules;

/**
 * A rule that cannot be read or saved: a condition that does not parse, an invalid regular
 * expression, an unknown key, value or category, a name used twice. The message is meant for a
 * person and names what is wrong and where (the file, line and rule when known).
 */
public class RuleFormatException extends IllegalArgumentException {

    public RuleFormatException(String message) {
        super(message);
    }
}
