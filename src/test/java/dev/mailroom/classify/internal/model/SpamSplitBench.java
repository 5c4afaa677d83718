package dev.mailroom.classify.internal.model;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: trains the {@link OnlineClassifier} on the SpamAssassin train split
 * ({@code easy_ham} + {@code spam}) and classifies the test split ({@code easy_ham_2} +
 * {@code hard_ham} + {@code spam_2}). Run by {@code bench/classify-vs-bogofilter.sh}; prints
 * {@code key value} lines: first with the decision "spam when P(spam) reaches the cutoff"
 * ({@code -Dspam.cutoff}, default 0.99, as a delivery filter would use it), then with the plain
 * most-likely label ({@code *_argmax}).
 *
 * <p>Usage: {@code SpamSplitBench CORPUS_DIR}, where the directory holds {@code labels.tsv}.
 */
public final class SpamSplitBench {

    private static final List<String> TRAIN = List.of("easy_ham", "spam");

    private record Example(String subset, String label, List<String> features) {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/spamassassin");
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        long parseStart = System.nanoTime();
        List<String> lines = Files.readAllLines(corpus.resolve("labels.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            byte[] raw = Files.readAllBytes(corpus.resolve(cols[0]));
            ParsedMessage message = IngestService.parseMessage(raw, Instant.EPOCH);
            Example example = new Example(cols[2], cols[1], MessageFeatures.of(message, raw));
            (TRAIN.contains(cols[2]) ? train : test).add(example);
        }
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        OnlineClassifier model = new OnlineClassifier();
        long learnStart = System.nanoTime();
        train.forEach(e -> model.learn(e.features(), e.label()));
        double learnSeconds = (System.nanoTime() - learnStart) / 1e9;

        List<Prediction> predictions = new ArrayList<>(test.size());
        long predictStart = System.nanoTime();
        for (Example e : test) {
            predictions.add(model.predict(e.features()));
        }
        double predictSeconds = (System.nanoTime() - predictStart) / 1e9;
        double cutoff = Double.parseDouble(System.getProperty("spam.cutoff", "0.99"));

        print("train_messages", train.size());
        print("test_messages", test.size());
        print("spam_cutoff", cutoff);
        report(test, predictions.stream().map(p -> p.scores().getOrDefault("spam", 0.0) >= cutoff).toList(), "");
        report(test, predictions.stream().map(p -> p.label().equals("spam")).toList(), "_argmax");
        print("parse_and_features_msgs_per_s", (train.size() + test.size()) / parseSeconds);
        print("learn_msgs_per_s", train.size() / learnSeconds);
        print("classify_msgs_per_s", test.size() / predictSeconds);
        print("model_bytes", model.toBytes().length);
    }

    private static void report(List<Example> test, List<Boolean> saysSpamList, String suffix) {
        int correct = 0, tp = 0, fp = 0, fn = 0, ham = 0, hardHam = 0, hardFp = 0;
        for (int i = 0; i < test.size(); i++) {
            Example e = test.get(i);
            boolean isSpam = e.label().equals("spam");
            boolean saysSpam = saysSpamList.get(i);
            correct += isSpam == saysSpam ? 1 : 0;
            tp += isSpam && saysSpam ? 1 : 0;
            fp += !isSpam && saysSpam ? 1 : 0;
            fn += isSpam && !saysSpam ? 1 : 0;
            ham += isSpam ? 0 : 1;
            if (e.subset().equals("hard_ham")) {
                hardHam++;
                hardFp += saysSpam ? 1 : 0;
            }
        }
        print("accuracy" + suffix, 100.0 * correct / test.size());
        print("spam_precision" + suffix, 100.0 * tp / Math.max(1, tp + fp));
        print("spam_recall" + suffix, 100.0 * tp / Math.max(1, tp + fn));
        print("ham_fp_rate" + suffix, 100.0 * fp / ham);
        print("hard_ham_fp_rate" + suffix, 100.0 * hardFp / Math.max(1, hardHam));
        print("ham_false_positives" + suffix, fp);
        print("spam_missed" + suffix, fn);
    }

    private static void print(String key, double value) {
        System.out.println(key + " " + (value == Math.rint(value) && Math.abs(value) < 1e9
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value)));
    }
}
