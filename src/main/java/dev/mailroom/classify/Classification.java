package dev.mailroom.classify;

import java.util.List;

/**
 * The category of one message and how it was reached.
 *
 * @param category the category, such as {@code forums} or {@code spam}
 * @param confidence how sure the deciding tier is, between 0 and 1
 * @param tier the tier that decided
 * @param needsReview whether the confidence is under the threshold, so a person should look
 * @param explanation readable reasons: the rule that fired or the cues and features that weighed most
 */
public record Classification(String category, double confidence, Tier tier, boolean needsReview, List<String> explanation) {

    public Classification {
        explanation = List.copyOf(explanation);
    }
}
