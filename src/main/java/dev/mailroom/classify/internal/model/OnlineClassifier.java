package dev.mailroom.classify.internal.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A multi-class naive Bayes model over sets of features, learnt one example at a time, with
 * Robinson's per-feature probabilities (the scheme of bogofilter and SpamBayes, generalised from
 * spam/ham to any number of labels).
 *
 * <p>It keeps counts only: how many examples each label has and in how many examples of each label
 * every feature occurred. Learning adds to them and unlearning takes the same amounts away, so
 * {@code unlearn} undoes {@code learn} exactly and the order of examples does not matter. Labels are
 * any strings and appear when first learnt. Thread-safe.
 */
public final class OnlineClassifier {

    private static final int MAGIC = 0x4D52434C; // "MRCL"
    private static final int VERSION = 1;
    private static final int TOP_FEATURES = 5;

    /** Robinson's s: how many examples' worth of belief in "says nothing" a feature starts with. */
    private static final double STRENGTH = 0.1;

    /** Features whose probabilities all stay this close to 1/labels are left out, as noise. */
    private static final double MIN_DEVIATION = 0.1;

    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> labelIndex = new HashMap<>();
    private int[] docs = new int[0];
    private final Map<String, int[]> counts = new HashMap<>();
    private int examples;

    /** Learns that a message with these features has this label; repeated features count once. */
    public synchronized void learn(List<String> features, String label) {
        int c = indexOf(label);
        docs[c]++;
        examples++;
        for (String feature : new LinkedHashSet<>(features)) {
            int[] row = counts.computeIfAbsent(feature, f -> new int[labels.size()]);
            if (row.length <= c) {
                row = Arrays.copyOf(row, labels.size());
                counts.put(feature, row);
            }
            row[c]++;
        }
    }

    /**
     * Takes back an example learnt earlier with the same features and label, as when the user
     * corrects a correction. Returns false, changing nothing, when no example has that label.
     */
    public synchronized boolean unlearn(List<String> features, String label) {
        Integer c = labelIndex.get(label);
        if (c == null || docs[c] == 0) {
            return false;
        }
        docs[c]--;
        examples--;
        for (String feature : new LinkedHashSet<>(features)) {
            int[] row = counts.get(feature);
            if (row != null && row.length > c && row[c] > 0) {
                row[c]--;
                if (Arrays.stream(row).allMatch(n -> n == 0)) {
                    counts.remove(feature);
                }
            }
        }
        return true;
    }

    /** How many examples the model holds (learnt minus unlearnt). */
    public synchronized int examples() {
        return examples;
    }

    /** How many examples of each label hold {@code feature}; empty when none does. */
    public synchronized Map<String, Integer> examplesWith(String feature) {
        int[] row = counts.get(feature);
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        if (row != null) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] > 0) {
                    out.put(labels.get(i), row[i]);
                }
            }
        }
        return out;
    }

    /** The labels that have at least one example. */
    public synchronized List<String> labels() {
        return labels.stream().filter(label -> docs[labelIndex.get(label)] > 0).toList();
    }

    /** The most likely label of a message with these features, with its probability and why. */
    public synchronized Prediction predict(List<String> features) {
        int[] active = activeLabels();
        if (active.length == 0) {
            return Prediction.none();
        }
        double[] score = new double[active.length];
        List<String> used = new ArrayList<>();
        List<double[]> evidence = new ArrayList<>();
        for (String feature : new LinkedHashSet<>(features)) {
            int[] row = counts.get(feature);
            double[] logProbability = row == null ? null : evidence(row, active);
            if (logProbability != null) {
                used.add(feature);
                evidence.add(logProbability);
                for (int i = 0; i < active.length; i++) {
                    score[i] += logProbability[i];
                }
            }
        }
        return prediction(active, score, used, evidence);
    }

    /**
     * What one feature says of each label, Robinson's way: the share of the label among the rates
     * at which the labels' examples hold the feature (so a label with many examples is not favoured
     * just for that), pulled towards 1/labels when the feature is rare. Null when the feature says
     * too little to count.
     */
    private double[] evidence(int[] row, int[] active) {
        double[] f = new double[active.length];
        double sumRate = 0;
        int n = 0;
        for (int i = 0; i < active.length; i++) {
            int k = active[i] < row.length ? row[active[i]] : 0;
            f[i] = (double) k / docs[active[i]];
            sumRate += f[i];
            n += k;
        }
        if (sumRate == 0) {
            return null;
        }
        double x = 1.0 / active.length;
        double deviation = 0;
        for (int i = 0; i < active.length; i++) {
            f[i] = (STRENGTH * x + n * f[i] / sumRate) / (STRENGTH + n);
            deviation = Math.max(deviation, Math.abs(f[i] - x));
        }
        if (deviation < MIN_DEVIATION) {
            return null;
        }
        for (int i = 0; i < active.length; i++) {
            f[i] = Math.log(f[i]);
        }
        return f;
    }

    private Prediction prediction(int[] active, double[] score, List<String> used, List<double[]> evidence) {
        Integer[] order = new Integer[active.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> -score[i]));
        // The sum counts every feature as independent evidence, which makes raw probabilities far
        // too sure; dividing the log-odds by 3 × the square root of the evidence keeps them usable
        // (the 3 puts the SpamAssassin split's spam cutoff at 0.99, see bench/README.md).
        double temperature = 3 * Math.max(1, Math.sqrt(used.size()));
        double[] probability = new double[active.length];
        double sum = 0;
        for (int i = 0; i < active.length; i++) {
            probability[i] = Math.exp((score[i] - score[order[0]]) / temperature);
            sum += probability[i];
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Integer i : order) {
            scores.put(labels.get(active[i]), probability[i] / sum);
        }
        int winner = order[0];
        int runnerUp = active.length > 1 ? order[1] : -1;
        return new Prediction(labels.get(active[winner]), probability[winner] / sum, scores,
                topFeatures(used, evidence, winner, runnerUp));
    }

    private static List<Prediction.Contribution> topFeatures(
            List<String> used, List<double[]> evidence, int winner, int runnerUp) {
        List<Prediction.Contribution> contributions = new ArrayList<>();
        for (int j = 0; j < used.size() && runnerUp >= 0; j++) {
            double weight = evidence.get(j)[winner] - evidence.get(j)[runnerUp];
            if (weight > 0) {
                contributions.add(new Prediction.Contribution(used.get(j), weight));
            }
        }
        contributions.sort(Comparator.comparingDouble(Prediction.Contribution::weight).reversed()
                .thenComparing(Prediction.Contribution::feature));
        return contributions.subList(0, Math.min(TOP_FEATURES, contributions.size()));
    }

    private int[] activeLabels() {
        return java.util.stream.IntStream.range(0, labels.size()).filter(i -> docs[i] > 0).toArray();
    }

    private int indexOf(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        return labelIndex.computeIfAbsent(label, l -> {
            labels.add(l);
            docs = Arrays.copyOf(docs, labels.size());
            return labels.size() - 1;
        });
    }

    /** A copy without the features that fewer than {@code minExamples} examples hold. */
    public synchronized OnlineClassifier pruned(int minExamples) {
        OnlineClassifier copy = new OnlineClassifier();
        for (String label : labels) {
            copy.indexOf(label);
        }
        copy.docs = docs.clone();
        copy.examples = examples;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            if (Arrays.stream(entry.getValue()).sum() >= minExamples) {
                copy.counts.put(entry.getKey(), entry.getValue().clone());
            }
        }
        return copy;
    }

    /** The model as compact bytes: a versioned header, then the deflated counts. */
    public synchronized byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream header = new DataOutputStream(bytes)) {
            header.writeInt(MAGIC);
            header.writeByte(VERSION);
            DeflaterOutputStream deflater = new DeflaterOutputStream(header);
            DataOutputStream out = new DataOutputStream(deflater);
            writeVarint(out, labels.size());
            for (int i = 0; i < labels.size(); i++) {
                out.writeUTF(labels.get(i));
                writeVarint(out, docs[i]);
            }
            writeVarint(out, counts.size());
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                out.writeUTF(entry.getKey());
                int[] row = entry.getValue();
                writeVarint(out, (int) Arrays.stream(row).filter(n -> n != 0).count());
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != 0) {
                        writeVarint(out, i);
                        writeVarint(out, row[i]);
                    }
                }
            }
            out.flush();
            deflater.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a model written by {@link #toBytes()}; rejects other data and unknown versions. */
    public static OnlineClassifier fromBytes(byte[] data) {
        try (DataInputStream header = new DataInputStream(new ByteArrayInputStream(data))) {
            if (header.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a Mailroom classifier model");
            }
            int version = header.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unsupported classifier model version " + version);
            }
            return read(new DataInputStream(new InflaterInputStream(header)));
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt classifier model", e);
        }
    }

    private static OnlineClassifier read(DataInputStream in) throws IOException {
        OnlineClassifier model = new OnlineClassifier();
        int labelCount = readVarint(in);
        for (int i = 0; i < labelCount; i++) {
            model.indexOf(in.readUTF());
            model.docs[i] = readVarint(in);
            model.examples += model.docs[i];
        }
        int features = readVarint(in);
        for (int f = 0; f < features; f++) {
            String feature = in.readUTF();
            int[] row = new int[labelCount];
            int nonZero = readVarint(in);
            for (int j = 0; j < nonZero; j++) {
                int label = readVarint(in);
                row[label] = readVarint(in);
            }
            model.counts.put(feature, row);
        }
        return model;
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed varint");
    }
}
