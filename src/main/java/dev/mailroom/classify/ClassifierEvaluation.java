package dev.mailroom.classify;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Measures the classifier on labelled messages: a file of {@code path<TAB>label} lines (further
 * columns ignored, paths relative to the file, a first line {@code path<TAB>label...} skipped).
 * When the labels are only {@code spam} and {@code ham}, any category other than spam counts as ham.
 */
public final class ClassifierEvaluation {

    /** One labelled message. */
    public record Example(Path path, String label) {}

    /** What the classifier said of one test message. */
    public record Outcome(Path path, String expected, String predicted, double confidence, Tier tier, boolean needsReview) {}

    /** Per-label figures. */
    public record LabelScore(double precision, double recall, double f1, long support) {}

    /** The figures of a run. */
    public record Report(double accuracy, double macroF1, Map<String, LabelScore> labels, double needsReview,
            Double hamFalsePositiveRate, double messagesPerSecond, long messages, long unreadable,
            double classifyMessagesPerSecond) {}

    private ClassifierEvaluation() {}

    /** Reads a labels file whose paths are relative to its own folder. */
    public static List<Example> read(Path file) {
        return read(file, file.toAbsolutePath().getParent());
    }

    /** Reads a labels file whose relative paths are resolved against {@code base}. */
    public static List<Example> read(Path file, Path base) {
        List<Example> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected path<TAB>label");
            }
            if (i == 0 && cols[0].equals("path") && cols[1].equals("label")) {
                continue;
            }
            out.add(new Example(base.resolve(cols[0]), cols[1].strip()));
        }
        return out;
    }

    /**
     * Trains on {@code train}, then classifies {@code test} in order; with {@code online}, learns each
     * test message's true label after classifying it, as a user correcting mail day by day.
     */
    public static Report run(MessageClassifier classifier, List<Example> train, List<Example> test, boolean online,
            Consumer<Outcome> each) {
        for (Example e : train) {
            bytes(e.path()).ifPresent(raw -> classifier.learn(raw, e.label()));
        }
        Set<String> labels = new TreeSet<>();
        test.forEach(e -> labels.add(e.label()));
        boolean spamHam = Set.of("spam", "ham").containsAll(labels);
        List<Outcome> outcomes = new ArrayList<>();
        long unreadable = 0;
        long start = System.nanoTime();
        long classifying = 0;
        for (Example e : test) {
            var raw = bytes(e.path());
            if (raw.isEmpty()) {
                unreadable++;
                continue;
            }
            // parsed as an import parses, so that classification alone can be timed as the import's stage runs it
            ParsedMessage parsed = IngestService.parseMessage(raw.get(), null);
            byte[] header = IngestService.headerSection(raw.get());
            long t = System.nanoTime();
            Classification c = classifier.classify(parsed, header);
            classifying += System.nanoTime() - t;
            String predicted = spamHam ? (c.category().equals("spam") ? "spam" : "ham") : c.category();
            Outcome o = new Outcome(e.path(), e.label(), predicted, c.confidence(), c.tier(), c.needsReview());
            outcomes.add(o);
            each.accept(o);
            if (online) {
                classifier.learn(raw.get(), spamHam && e.label().equals("ham") ? "ham" : e.label());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(outcomes, labels, spamHam, seconds, unreadable, classifying / 1e9);
    }

    static Report report(List<Outcome> outcomes, Set<String> labels, boolean spamHam, double seconds, long unreadable,
            double classifySeconds) {
        Set<String> all = new TreeSet<>(labels);
        outcomes.forEach(o -> all.add(o.predicted()));
        Map<String, LabelScore> scores = new LinkedHashMap<>();
        double f1Sum = 0;
        for (String label : all) {
            long tp = outcomes.stream().filter(o -> o.expected().equals(label) && o.predicted().equals(label)).count();
            long predicted = outcomes.stream().filter(o -> o.predicted().equals(label)).count();
            long support = outcomes.stream().filter(o -> o.expected().equals(label)).count();
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.put(label, new LabelScore(precision, recall, f1, support));
            if (labels.contains(label)) {
                f1Sum += f1;
            }
        }
        long right = outcomes.stream().filter(o -> o.expected().equals(o.predicted())).count();
        long review = outcomes.stream().filter(Outcome::needsReview).count();
        Double hamFp = null;
        if (spamHam) {
            long ham = outcomes.stream().filter(o -> o.expected().equals("ham")).count();
            long fp = outcomes.stream().filter(o -> o.expected().equals("ham") && o.predicted().equals("spam")).count();
            hamFp = ham == 0 ? 0.0 : (double) fp / ham;
        }
        int n = outcomes.size();
        return new Report(n == 0 ? 0 : (double) right / n, labels.isEmpty() ? 0 : f1Sum / labels.size(), scores,
                n == 0 ? 0 : (double) review / n, hamFp, seconds == 0 ? 0 : n / seconds, n, unreadable,
                classifySeconds == 0 ? 0 : n / classifySeconds);
    }

    private static java.util.Optional<byte[]> bytes(Path p) {
        try {
            return java.util.Optional.of(Files.readAllBytes(p));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
