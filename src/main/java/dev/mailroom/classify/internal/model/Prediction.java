package dev.mailroom.classify.internal.model;

import java.util.List;
import java.util.Map;

/**
 * What the {@link OnlineClassifier} thinks of one message.
 *
 * @param label the most likely label, or an empty string when the model knows no label yet
 * @param confidence the probability of {@code label}, in [0, 1]; 0 when the model knows no label
 * @param scores the probability of every known label, most likely first; they sum to 1
 * @param topFeatures up to five features that weighed most for {@code label} against the runner-up,
 *     heaviest first: the "why" of the prediction
 */
public record Prediction(String label, double confidence, Map<String, Double> scores, List<Contribution> topFeatures) {

    public Prediction {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
        topFeatures = List.copyOf(topFeatures);
    }

    /** The prediction of a model that has learnt nothing. */
    static Prediction none() {
        return new Prediction("", 0, Map.of(), List.of());
    }

    /**
     * One feature's part in a prediction.
     *
     * @param feature the feature, as produced by {@link MessageFeatures}
     * @param weight how many nats it added to the winner over the runner-up (positive)
     */
    public record Contribution(String feature, double weight) {}
}
