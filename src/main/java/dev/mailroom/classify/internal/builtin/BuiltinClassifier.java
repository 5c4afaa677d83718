package dev.mailroom.classify.internal.builtin;

import static dev.mailroom.classify.internal.builtin.Categories.PRIMARY;
import static dev.mailroom.classify.internal.builtin.Categories.SPAM;

import dev.mailroom.ingest.ParsedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The built-in tier of the classifier: sorts mail with no training at all, from header fields,
 * known sender kinds and content cues. Every cue adds weight to one or more categories; the
 * category with the highest score wins and the confidence grows with its lead over the runner-up
 * and with the strength of its evidence. Spam is only given when its evidence is strong, so
 * personal mail is not lost; when nothing else is strong the message is primary, with a low
 * confidence.
 */
public final class BuiltinClassifier {

    /** The prior for personal mail: what a message is when no cue says otherwise. */
    private static final double PRIMARY_PRIOR = 1.0;
    /** Spam must be at least this strong, so a stray word never hides a person's mail. */
    private static final double SPAM_MINIMUM = 3.5;

    /**
     * What the built-in tier made of a message.
     *
     * @param category one of primary, social, promotions, updates, forums, finance, travel, spam
     * @param confidence in [0, 1]; at least 0.85 only when strong cues agree
     * @param reasons readable sentences, strongest first
     */
    public record Verdict(String category, double confidence, List<String> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    /** Classifies {@code message}, whose raw header fields are {@code headers}. */
    public Verdict classify(ParsedMessage message, MailHeaders headers) {
        Mail mail = Mail.of(message, headers);
        Evidence evidence = new Evidence();
        evidence.add(PRIMARY, PRIMARY_PRIOR, null);
        HeaderCues.apply(mail, evidence);
        SenderCues.apply(mail, evidence);
        ContentCues.apply(mail, evidence);
        return decide(evidence);
    }

    private static Verdict decide(Evidence evidence) {
        List<String> ranking = new ArrayList<>(evidence.ranking());
        if (ranking.get(0).equals(SPAM) && evidence.score(SPAM) < SPAM_MINIMUM) {
            ranking.remove(SPAM);
            ranking.add(SPAM);
        }
        String winner = ranking.get(0);
        double top = Math.max(0, evidence.score(winner));
        double second = Math.max(0, evidence.score(ranking.get(1)));
        double confidence = confidence(top, top - second);
        List<String> reasons = new ArrayList<>(evidence.reasonsFor(winner));
        if (winner.equals(PRIMARY) && reasons.isEmpty()) {
            reasons.add("No sign of a list, bulk sender or machine: taken as personal mail");
        }
        if (confidence < 0.85 && second > 0.5) {
            reasons.add(String.format(Locale.ROOT, "It could also be %s (score %.1f against %.1f)", ranking.get(1), second, top));
        }
        return new Verdict(winner, confidence, reasons);
    }

    /** Grows with the lead over the runner-up, damped when the winner's own evidence is thin. */
    static double confidence(double top, double margin) {
        double lead = 0.5 + 0.49 * Math.tanh(Math.max(0, margin) / 2.0);
        double strength = 0.6 + 0.4 * Math.min(1.0, top / 4.0);
        return Math.round(lead * strength * 1000) / 1000.0;
    }
}
