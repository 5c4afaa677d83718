package dev.mailroom.classify.internal.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores per category built from weighted cues. Each cue may add to several categories and take
 * away from others; the reason of a positive cue is kept so the verdict can explain itself.
 */
final class Evidence {

    record Cue(String category, double weight, String reason) {}

    private final Map<String, Double> scores = new LinkedHashMap<>();
    private final List<Cue> cues = new ArrayList<>();

    Evidence() {
        for (String category : Categories.ALL) {
            scores.put(category, 0.0);
        }
    }

    /** Adds {@code weight} to {@code category}, explained by {@code reason} when positive. */
    void add(String category, double weight, String reason) {
        scores.merge(category, weight, Double::sum);
        cues.add(new Cue(category, weight, reason));
    }

    double score(String category) {
        return scores.get(category);
    }

    /** Categories by descending score; ties keep the order of {@link Categories#ALL}. */
    List<String> ranking() {
        List<String> ranked = new ArrayList<>(Categories.ALL);
        ranked.sort(Comparator.comparingDouble((String c) -> scores.get(c)).reversed());
        return ranked;
    }

    /** The reasons that spoke for {@code category}, strongest first, without repeats. */
    List<String> reasonsFor(String category) {
        return cues.stream()
                .filter(c -> c.category().equals(category) && c.weight() > 0 && c.reason() != null)
                .sorted(Comparator.comparingDouble(Cue::weight).reversed())
                .map(Cue::reason)
                .distinct()
                .toList();
    }
}
