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
import java.util.Map;

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

    /** How sure one earlier correction of the same sender makes the sender memory; each more halves the doubt. */
    static final double SENDER_FIRST = 0.875;

    private final double threshold;
    private final boolean learningEnabled;
    private final BuiltinClassifier builtin = new BuiltinClassifier();
    private final OnlineClassifier model;

    public MessageClassifier(double threshold, boolean learningEnabled) {
        this(threshold, learningEnabled, new OnlineClassifier());
    }

    /**
     * A classifier with these settings and a model saved earlier by {@link #modelBytes()}; {@code null}
     * starts an empty model.
     *
     * @throws IllegalArgumentException when the bytes are not a model this version reads
     */
    public MessageClassifier(ClassificationSettings settings, byte[] model) {
        this(settings.confidenceThreshold(), settings.learningEnabled(),
                model == null ? new OnlineClassifier() : OnlineClassifier.fromBytes(model));
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
        return classify(IngestService.parseMessage(raw, null), IngestService.headerSection(raw));
    }

    /**
     * Classifies a parsed message: what the user taught about its sender, else the learned model
     * when it is sure, else built-in knowledge when it is, else the surer of the two, marked for
     * review. {@code header} is the raw header section (or the whole message), or null.
     */
    public Classification classify(ParsedMessage parsed, byte[] header) {
        BuiltinClassifier.Verdict verdict = builtin.classify(parsed, MailHeaders.parse(header));
        Classification fallback = new Classification(verdict.category(), verdict.confidence(), Tier.BUILTIN,
                verdict.confidence() < threshold, verdict.reasons());
        if (model.examples() == 0) {
            return fallback;
        }
        Classification remembered = senderMemory(parsed);
        if (remembered != null) {
            return remembered;
        }
        if (model.examples() < MODEL_MINIMUM) {
            return fallback;
        }
        Prediction p = model.predict(MessageFeatures.of(parsed, header));
        if (p.label().isEmpty() || (p.label().equals("spam") && p.confidence() < SPAM_CUTOFF)) {
            return fallback;
        }
        List<String> why = new ArrayList<>();
        why.add("Learned from " + model.examples() + " corrections; what weighed most:");
        for (Prediction.Contribution c : p.topFeatures()) {
            why.add(c.feature() + String.format(" (%.2f)", c.weight()));
        }
        Classification learned = new Classification(p.label(), p.confidence(), Tier.MODEL, p.confidence() < threshold, why);
        if (!learned.needsReview()) {
            return learned;
        }
        if (!fallback.needsReview()) {
            return fallback;
        }
        return learned.confidence() >= fallback.confidence() ? learned : fallback;
    }

    /**
     * The category the user gave every earlier message from the same address, when they agree: the
     * part of the model that helps from the first correction on.
     */
    private Classification senderMemory(ParsedMessage parsed) {
        if (parsed.from().isEmpty()) {
            return null;
        }
        String address = parsed.from().getFirst().normalized();
        Map<String, Integer> seen = model.examplesWith("from:" + address);
        if (seen.size() != 1) {
            return null;
        }
        Map.Entry<String, Integer> only = seen.entrySet().iterator().next();
        int n = only.getValue();
        double confidence = 1 - (1 - SENDER_FIRST) / Math.pow(2, n - 1);
        String label = only.getKey();
        String why = "You put " + (n == 1 ? "an earlier message" : n + " earlier messages") + " from " + address
                + " in " + label;
        return new Classification(label, confidence, Tier.MODEL, confidence < threshold, List.of(why));
    }

    /** Learns that a message belongs in {@code category}, unless learning is turned off. */
    public void learn(byte[] raw, String category) {
        learn(IngestService.parseMessage(raw, null), raw, category);
    }

    /**
     * Learns that a parsed message belongs in {@code category}, unless learning is turned off.
     * Returns whether it learned.
     */
    public boolean learn(ParsedMessage parsed, byte[] header, String category) {
        if (!learningEnabled) {
            return false;
        }
        model.learn(MessageFeatures.of(parsed, header), category);
        return true;
    }

    /** Takes back what {@link #learn} taught for this message and category, as when the user changes their mind. */
    public boolean unlearn(ParsedMessage parsed, byte[] header, String category) {
        return model.unlearn(MessageFeatures.of(parsed, header), category);
    }

    /** Whether corrections teach the model. */
    public boolean learningEnabled() {
        return learningEnabled;
    }

    /** The confidence under which a message is marked for review. */
    public double threshold() {
        return threshold;
    }

    /** How many corrections the model has learned from. */
    public int examples() {
        return model.examples();
    }

    /** The learned model as bytes, to save and hand back to the constructor. */
    public byte[] modelBytes() {
        return model.toBytes();
    }
}
