package dev.mailroom.classify.rules;

import java.util.List;
import java.util.Set;

/**
 * What the rules decided for one message.
 *
 * @param category the category of the first matching rule that sets one, or {@code null}
 * @param categoryRule that rule, or {@code null}
 * @param labels the labels of every matching rule, in order
 * @param markRead whether a matching rule marks it read
 * @param markImportant whether a matching rule marks it important
 * @param fired the matching rules, in the order they were tried
 */
public record RuleOutcome(String category, Rule categoryRule, Set<String> labels, boolean markRead, boolean markImportant,
        List<Rule> fired) {

    public RuleOutcome {
        labels = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(labels));
        fired = List.copyOf(fired);
    }

    /** Whether no rule matched. */
    public boolean isEmpty() {
        return fired.isEmpty();
    }
}
