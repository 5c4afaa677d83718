package dev.mailroom.classify;

import dev.mailroom.classify.internal.model.MessageFeatures;
import dev.mailroom.classify.internal.model.OnlineClassifier;
import dev.mailroom.ingest.ParsedMessage;
import java.util.Objects;

/**
 * A learned yes-or-no question about mail, for the modules after classification: the same naive
 * Bayes model and message features as the category model, with two labels. The payment extractor
 * asks one whether a message it is unsure of reads like payment mail (ADR 0014). Thread-safe.
 */
public final class MailModel {

    private static final String YES = "yes";
    private static final String NO = "no";

    private final OnlineClassifier model;

    private MailModel(OnlineClassifier model) {
        this.model = model;
    }

    /** A model that has learnt nothing: it answers 0.5 to everything. */
    public static MailModel empty() {
        return new MailModel(new OnlineClassifier());
    }

    /** Reads a model written by {@link #toBytes(int)}; rejects anything else with an {@link IllegalArgumentException}. */
    public static MailModel fromBytes(byte[] data) {
        return new MailModel(OnlineClassifier.fromBytes(Objects.requireNonNull(data, "data")));
    }

    /**
     * Learns one example.
     *
     * @param raw the raw message or its header section, or null
     * @param answer whether the message is a yes
     */
    public void learn(ParsedMessage message, byte[] raw, boolean answer) {
        model.learn(MessageFeatures.of(message, raw), answer ? YES : NO);
    }

    /** The probability that the answer for this message is yes; 0.5 until both answers have examples. */
    public double probability(ParsedMessage message, byte[] raw) {
        if (model.labels().size() < 2) {
            return 0.5;
        }
        return model.predict(MessageFeatures.of(message, raw)).scores().getOrDefault(YES, 0.0);
    }

    /** How many examples the model holds. */
    public int examples() {
        return model.examples();
    }

    /**
     * The model as compact bytes, leaving out features seen in fewer than {@code minExamples}
     * examples: a feature seen once says more about that message than about mail.
     */
    public byte[] toBytes(int minExamples) {
        return model.pruned(minExamples).toBytes();
    }
}
