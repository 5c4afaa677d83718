package dev.mailroom.classify.rules;
import java.util.List;
import java.util.Set;
public record RuleOutcome(String category, Rule categoryRule, Set<String> labels, boolean markRead, boolean markImportant, List<Rule> fired) {}
