package dev.mailroom.classify;

/**
 * The settings of classification, {@code mailroom.classification.*} in the configuration.
 *
 * @param confidenceThreshold under this confidence a message is marked {@code needs_review}
 *     ({@code confidence-threshold}, default 0.85)
 * @param learningEnabled whether corrections teach the model ({@code learning-enabled}, default true);
 *     when false nothing is learned, though corrections are still kept and applied
 */
public record ClassificationSettings(double confidenceThreshold, boolean learningEnabled) {

    /** The defaults: threshold 0.85, learning on. */
    public static final ClassificationSettings DEFAULTS = new ClassificationSettings(0.85, true);

    public ClassificationSettings {
        if (!(confidenceThreshold >= 0 && confidenceThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "classification.confidence-threshold must be between 0 and 1, not " + confidenceThreshold);
        }
    }

    /** The classification settings in {@code settings}. */
    public static ClassificationSettings from(dev.mailroom.shared.Settings settings) {
        return new ClassificationSettings(settings.number("classification.confidence-threshold"),
                settings.flag("classification.learning-enabled"));
    }
}
