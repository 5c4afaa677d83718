package dev.mailroom.classify.rules;

import java.util.Objects;

/**
 * One of the user's rules: when a message matches {@code when}, do {@code then}.
 *
 * @param id the id in the store, or 0 for a rule not saved yet
 * @param position where the rule comes in the order (1 first); 0 for "at the end" when adding
 * @param name the unique name the user gave it
 * @param when the condition
 * @param then the actions
 * @param stop whether a match ends the evaluation: later rules are not tried
 * @param enabled whether the rule is applied at all
 */
public record Rule(long id, int position, String name, Condition when, RuleActions then, boolean stop, boolean enabled) {

    public Rule {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new RuleFormatException("a rule needs a name");
        }
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(then, "then");
        if (position < 0) {
            throw new RuleFormatException("rule \"" + name + "\": position must be 1 or more, not " + position);
        }
    }

    /** A new, enabled rule, not saved yet, to go at the end. */
    public static Rule of(String name, Condition when, RuleActions then, boolean stop) {
        return new Rule(0, 0, name, when, then, stop, true);
    }

    /** This rule with a store id and a position. */
    public Rule saved(long newId, int newPosition) {
        return new Rule(newId, newPosition, name, when, then, stop, enabled);
    }
}
