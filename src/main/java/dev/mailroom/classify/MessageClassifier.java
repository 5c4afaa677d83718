package dev.mailroom.classify;

import dev.mailroom.classify.internal.builtin.BuiltinClassifier;
import dev.mailroom.classify.internal.builtin.MailHeaders;
import dev.mailroom.classify.internal.model.MessageFeatures;
import dev.mailroom.classify.internal.model.OnlineClassifier;
import dev.mailroom.classify.internal.model.Prediction;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies messages with the learned model and the built-in knowledge, and learns from
 * corrections. The same code serves the analysis pipeline and {@code mailroom eval classify}.
 * Thread-safe.
 */
public final class MessageClassifier {

    /** The default confidence under which a message is marked for review. */
    public static final double DEFAULT_THRESHOLD = 0.85;

    /**
     * The model says spam only when it is this sure: a false alarm on wanted mail costs far more
     * than a missed spam, which the built-in tier or the user still catches.
     */
    static final double SPAM_CUTOFF = 0.99;

    /** The model speaks once it has seen this many corrections. */
    static final int MODEL_MINIMUM = 10;

    private final double threshold;
    private final boolean learningEnabled;
    private final BuiltinClassifier builtin = new BuiltinClassifier();
    private final OnlineClassifier model;

    public MessageClassifier(double threshold, boolean learningEnabled) {
        this(threshold, learningEnabled, new OnlineClassifier());
    }

    MessageClassifier(double threshold, boolean learningEnabled, OnlineClassifier model) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("confidence-threshold must be between 0 and 1, not " + threshold);
        }
        this.threshold = threshold;
        this.learningEnabled = learningEnabled;
        this.model = model;
    }

    /** Classifies raw message bytes. */
    public Classification classify(byte[] raw) {
        return classify(raw, IngestService.parseMessage(raw, null));
    }

    /** Classifies a message that is already parsed. */
    public Classification classify(byte[] raw, ParsedMessage parsed) {
        BuiltinClassifier.Verdict verdict = builtin.classify(parsed, MailHeaders.parse(raw));
        Classification fallback = new Classification(verdict.category(), verdict.confidence(), Tier.BUILTIN,
                verdict.confidence() < threshold, verdict.reasons());
        if (model.examples() < MODEL_MINIMUM) {
            return fallback;
        }
        Prediction p = model.predict(MessageFeatures.of(parsed, raw));
        if (p.label().isEmpty() || (p.label().equals("spam") && p.confidence() < SPAM_CUTOFF)) {
            return fallback;
        }
        List<String> why = new ArrayList<>();
        why.add("Learned from " + model.examples() + " corrections; what weighed most:");
        for (Prediction.Contribution c : p.topFeatures()) {
            why.add(c.feature() + String.format(" (%.2f)", c.weight()));
        }
        Classification learned = new Classification(p.label(), p.confidence(), Tier.MODEL, p.confidence() < threshold, why);
        // tiers in order: the model when it is sure, else built-in knowledge when it is, else the surer one
        if (!learned.needsReview()) {
            return learned;
        }
        if (!fallback.needsReview()) {
            return fallback;
        }
        return learned.confidence() >= fallback.confidence() ? learned : fallback;
    }

    /** Learns that a message belongs in {@code category}, unless learning is turned off. */
    public void learn(byte[] raw, String category) {
        if (learningEnabled) {
            model.learn(MessageFeatures.of(IngestService.parseMessage(raw, null), raw), category);
        }
    }

    /** How many corrections the model has learned from. */
    public int examples() {
        return model.examples();
    }
}
