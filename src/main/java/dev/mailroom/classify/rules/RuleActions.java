package dev.mailroom.classify.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a matching rule does.
 *
 * @param category the category to set, or {@code null} to leave it to later rules and the classifier
 * @param labels labels to add (trimmed, without duplicates, in order)
 * @param markRead whether to mark the message read
 * @param markImportant whether to mark the message important
 */
public record RuleActions(String category, List<String> labels, boolean markRead, boolean markImportant) {

    public RuleActions {
        category = category == null || category.isBlank() ? null : category.strip();
        List<String> clean = new ArrayList<>();
        for (String l : labels == null ? List.<String>of() : labels) {
            if (l == null || l.isBlank()) {
                throw new RuleFormatException("a label cannot be empty");
            }
            clean.add(l.strip());
        }
        labels = List.copyOf(new LinkedHashSet<>(clean));
    }

    /** Whether the actions do anything at all; a rule needs at least one. */
    public boolean isEmpty() {
        return category == null && labels.isEmpty() && !markRead && !markImportant;
    }

    /** Reads as {@code category finance, labels bills, mark read}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (category != null) {
            parts.add("category " + category);
        }
        if (!labels.isEmpty()) {
            parts.add((labels.size() == 1 ? "label " : "labels ") + String.join(", ", labels));
        }
        if (markRead) {
            parts.add("mark read");
        }
        if (markImportant) {
            parts.add("mark important");
        }
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }
}
