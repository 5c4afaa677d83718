package dev.mailroom.cli;

import dev.mailroom.classify.ClassifierEvaluation;
import dev.mailroom.classify.MessageClassifier;
import dev.mailroom.shared.Json;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure Mailroom's analysis on labelled mail.",
        subcommands = {EvalCommand.Classify.class, EvalPaymentsCommand.class})
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(
            name = "classify",
            mixinStandardHelpOptions = true,
            description = {
                "Measure the classifier (the same code and features the product uses) on labelled",
                "messages. FILE has one message a line: path<TAB>label (more columns are ignored; paths",
                "are relative to FILE). Without --train and --online it measures the cold start: the",
                "built-in knowledge alone. With --online it classifies each test message, then learns",
                "its true label, as a user correcting mail day by day. Spam/ham labels: any category",
                "other than spam counts as ham."
            })
    static final class Classify implements Callable<Integer> {

        @Option(names = "--train", paramLabel = "FILE", description = "Labelled messages to learn from first.")
        Path train;

        @Option(names = "--test", paramLabel = "FILE", required = true, description = "Labelled messages to classify.")
        Path test;

        @Option(names = "--base", paramLabel = "DIR",
                description = "Resolve the files' relative paths against DIR instead of each file's folder.")
        Path base;

        @Option(names = "--online", description = "Learn each test message's true label after classifying it.")
        boolean online;

        @Option(names = "--predictions", paramLabel = "FILE",
                description = "Write path, true label, predicted label, confidence and tier per test message.")
        Path predictions;

        @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.85",
                description = "confidence-threshold: under it a message needs review (default: ${DEFAULT-VALUE}).")
        double threshold;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            for (Path f : train == null ? List.of(test) : List.of(train, test)) {
                if (!Files.isRegularFile(f)) {
                    throw new IllegalArgumentException("no such labels file: " + f);
                }
            }
            List<ClassifierEvaluation.Example> trainSet = train == null ? List.of() : read(train);
            List<ClassifierEvaluation.Example> testSet = read(test);
            MessageClassifier classifier = new MessageClassifier(threshold, true);
            ClassifierEvaluation.Report r;
            try (PrintWriter out = predictions == null ? null
                    : new PrintWriter(Files.newBufferedWriter(predictions, StandardCharsets.UTF_8))) {
                r = ClassifierEvaluation.run(classifier, trainSet, testSet, online, o -> {
                    if (out != null) {
                        out.printf(Locale.ROOT, "%s\t%s\t%s\t%.4f\t%s%n", o.path(), o.expected(), o.predicted(), o.confidence(),
                                o.tier().name().toLowerCase(Locale.ROOT));
                    }
                });
            }
            if (json) {
                System.out.println(Json.write(toJson(r)));
            } else {
                print(r);
            }
            return 0;
        }

        private List<ClassifierEvaluation.Example> read(Path file) {
            return base == null ? ClassifierEvaluation.read(file) : ClassifierEvaluation.read(file, base);
        }

        private static Map<String, Object> toJson(ClassifierEvaluation.Report r) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("accuracy", round(r.accuracy()));
            out.put("macro_f1", round(r.macroF1()));
            Map<String, Object> labels = new LinkedHashMap<>();
            r.labels().forEach((label, s) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("precision", round(s.precision()));
                one.put("recall", round(s.recall()));
                one.put("f1", round(s.f1()));
                one.put("support", s.support());
                labels.put(label, one);
            });
            out.put("labels", labels);
            out.put("needs_review", round(r.needsReview()));
            out.put("ham_false_positive_rate", r.hamFalsePositiveRate() == null ? null : round(r.hamFalsePositiveRate()));
            out.put("messages_per_second", Math.round(r.messagesPerSecond() * 10) / 10.0);
            out.put("classify_messages_per_second", Math.round(r.classifyMessagesPerSecond() * 10) / 10.0);
            out.put("messages", r.messages());
            if (r.unreadable() > 0) {
                out.put("unreadable", r.unreadable());
            }
            return out;
        }

        private static void print(ClassifierEvaluation.Report r) {
            System.out.printf(Locale.ROOT, "messages       %d%s%n", r.messages(), r.unreadable() > 0 ? " (" + r.unreadable() + " unreadable)" : "");
            System.out.printf(Locale.ROOT, "accuracy       %.4f%n", r.accuracy());
            System.out.printf(Locale.ROOT, "macro-F1       %.4f%n", r.macroF1());
            System.out.printf(Locale.ROOT, "needs review   %.4f%n", r.needsReview());
            if (r.hamFalsePositiveRate() != null) {
                System.out.printf(Locale.ROOT, "ham FP rate    %.4f%n", r.hamFalsePositiveRate());
            }
            System.out.printf(Locale.ROOT, "messages/s     %.1f (reading, parsing and classifying files)%n", r.messagesPerSecond());
            System.out.printf(Locale.ROOT, "classify only  %.1f messages/s (the import's classification stage)%n",
                    r.classifyMessagesPerSecond());
            System.out.printf(Locale.ROOT, "%-14s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support");
            r.labels().forEach((label, s) -> System.out.printf(Locale.ROOT, "%-14s %9.4f %9.4f %9.4f %8d%n", label, s.precision(),
                    s.recall(), s.f1(), s.support()));
        }

        private static double round(double v) {
            return Math.round(v * 10_000) / 10_000.0;
        }
    }
}
