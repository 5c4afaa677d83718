package dev.mailroom.classify.rules;
import java.util.List;
public record RuleActions(String category, List<String> labels, boolean markRead, boolean markImportant) {}
