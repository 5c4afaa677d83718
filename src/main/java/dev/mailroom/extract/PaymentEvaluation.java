package dev.mailroom.extract;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measures a {@link PaymentFinder} on labelled messages, as {@code mailroom eval payments} does: a
 * file of {@code path<TAB>expected JSON list} lines, the list in the shape {@code mailroom extract
 * payments --json} prints ({@link PaymentJson#readList}), {@code []} for a message with no payment.
 * A third column names the split ({@code dev} or {@code heldout}); further columns, blank lines and
 * lines starting with {@code #} are ignored, and so is a first line {@code path<TAB>expected...}.
 *
 * <p>Messages are parsed as the import's analysis parses them (with the text of attachments), and
 * per message the extracted payments are paired with the expected ones: same amount and currency
 * first, then same kind, then in order. Pairs are true positives, extracted payments left over are
 * false positives, expected ones left over false negatives. A line that cannot be read (bad JSON, a
 * missing message file) is reported with its line number and skipped; it never stops the run.
 */
public final class PaymentEvaluation {

    /** One labelled message: where it is, the line it came from, what it should yield. */
    public record Example(int line, String name, Path path, List<ExtractedPayment> expected, String split) {

        public Example {
            expected = List.copyOf(expected);
        }
    }

    /** A line of the labels file, or a message, that was skipped, and why. */
    public record Problem(int line, String name, String reason) {

        @Override
        public String toString() {
            return "line " + line + (name == null ? "" : " (" + name + ")") + ": " + reason;
        }
    }

    /** What a labels file holds: the examples it could read and the lines it could not. */
    public record LabelSet(List<Example> examples, List<Problem> problems) {

        public LabelSet {
            examples = List.copyOf(examples);
            problems = List.copyOf(problems);
        }

        /** The examples of one split ({@code dev}, {@code heldout}); all of them when {@code split} is null. */
        public LabelSet only(String split) {
            if (split == null) {
                return this;
            }
            return new LabelSet(examples.stream().filter(e -> split.equalsIgnoreCase(e.split())).toList(), problems);
        }
    }

    /** One extracted payment paired with the expected payment it stands for. */
    public record Pair(ExtractedPayment expected, ExtractedPayment extracted) {}

    /** What the finder made of one message. */
    public record Outcome(Example example, List<ExtractedPayment> extracted, List<Pair> pairs,
            List<ExtractedPayment> falsePositives, List<ExtractedPayment> falseNegatives) {}

    /** The share of pairs with a field extracted exactly: {@code right} of {@code total}, null share when none. */
    public record FieldScore(long right, long total) {

        /** right / total, or null when no pair counts for this field. */
        public Double share() {
            return total == 0 ? null : (double) right / total;
        }
    }

    /**
     * The figures of a run.
     *
     * @param messages messages read and measured
     * @param truePositives extracted payments paired with an expected one
     * @param falsePositives extracted payments with no expected one
     * @param falseNegatives expected payments nothing was paired with
     * @param amount pairs with the amount right to the cent, sign included
     * @param currency pairs with the currency code right
     * @param dueDate pairs with the due date right, counted only where the expected payment states one
     * @param payee pairs with the payee right (case, punctuation and spaces ignored)
     * @param kind pairs with the kind right
     * @param invoiceNumber pairs with the invoice number right, where the expected payment states one
     * @param negativeMessages messages expected to have no payment
     * @param falsePositiveMessages of those, the ones the finder found a payment in
     * @param seconds time spent reading, parsing and finding
     * @param problems lines and messages that were skipped
     */
    public record Report(long messages, long truePositives, long falsePositives, long falseNegatives, FieldScore amount,
            FieldScore currency, FieldScore dueDate, FieldScore payee, FieldScore kind, FieldScore invoiceNumber,
            long negativeMessages, long falsePositiveMessages, double seconds, List<Problem> problems) {

        public Report {
            problems = List.copyOf(problems);
        }

        /** Pairs over extracted payments; 1 when nothing was extracted and nothing expected, 0 when only the latter. */
        public double precision() {
            long found = truePositives + falsePositives;
            return found == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / found;
        }

        /** Pairs over expected payments; 1 when nothing was expected and nothing extracted. */
        public double recall() {
            long expected = truePositives + falseNegatives;
            return expected == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / expected;
        }

        /** The harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Messages measured per second, reading and parsing included. */
        public double messagesPerSecond() {
            return seconds <= 0 ? 0 : messages / seconds;
        }
    }

    private PaymentEvaluation() {}

    /** Reads a labels file whose relative paths are resolved against its own folder. */
    public static LabelSet read(Path file) {
        return read(file, file.toAbsolutePath().getParent());
    }

    /**
     * Reads a labels file whose relative paths are resolved against {@code base}. Lines that cannot be
     * read are returned as problems; a missing message file is found later, by {@link #run}.
     *
     * @throws UncheckedIOException when the labels file itself cannot be read
     */
    public static LabelSet read(Path file, Path base) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such labels file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labels file " + file + ": " + e.getMessage(), e);
        }
        List<Example> examples = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            boolean header = first && cols[0].strip().equals("path");
            first = false;
            if (header) {
                continue;
            }
            String name = cols[0].strip();
            if (cols.length < 2 || name.isEmpty()) {
                problems.add(new Problem(i + 1, name.isEmpty() ? null : name, "expected path<TAB>expected JSON list"));
                continue;
            }
            try {
                List<ExtractedPayment> expected = PaymentJson.readList(cols[1].strip());
                String split = cols.length > 2 && !cols[2].isBlank() ? cols[2].strip() : null;
                examples.add(new Example(i + 1, name, base.resolve(name), expected, split));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(i + 1, name, "expected payments: " + e.getMessage()));
            }
        }
        return new LabelSet(examples, problems);
    }

    /**
     * Runs {@code finder} over every example in order, hands each outcome to {@code each}, and
     * returns the figures. A message file that cannot be read, or a finder that throws, is
     * reported as a problem and the run goes on.
     */
    public static Report run(PaymentFinder finder, LabelSet set, Consumer<Outcome> each) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(set.problems());
        long start = System.nanoTime();
        for (Example e : set.examples()) {
            byte[] raw;
            try {
                raw = Files.readAllBytes(e.path());
            } catch (NoSuchFileException x) {
                problems.add(new Problem(e.line(), e.name(), "no such message file " + e.path()));
                continue;
            } catch (IOException x) {
                problems.add(new Problem(e.line(), e.name(), "cannot read " + e.path() + ": " + x.getMessage()));
                continue;
            }
            List<ExtractedPayment> found;
            try {
                ParsedMessage parsed = IngestService.parseMessage(raw, null);
                found = List.copyOf(finder.find(parsed, IngestService.headerSection(raw)));
            } catch (RuntimeException x) {
                problems.add(new Problem(e.line(), e.name(), "the finder failed (counted as finding nothing): " + x));
                found = List.of();
            }
            Outcome o = PaymentMatcher.match(e, found);
            outcomes.add(o);
            each.accept(o);
        }
        return report(outcomes, (System.nanoTime() - start) / 1e9, problems);
    }

    static Report report(List<Outcome> outcomes, double seconds, List<Problem> problems) {
        long tp = 0, fp = 0, fn = 0, negatives = 0, fpMessages = 0;
        FieldTally amount = new FieldTally(), currency = new FieldTally(), due = new FieldTally(), payee = new FieldTally(),
                kind = new FieldTally(), invoice = new FieldTally();
        for (Outcome o : outcomes) {
            tp += o.pairs().size();
            fp += o.falsePositives().size();
            fn += o.falseNegatives().size();
            if (o.example().expected().isEmpty()) {
                negatives++;
                if (!o.extracted().isEmpty()) {
                    fpMessages++;
                }
            }
            for (Pair p : o.pairs()) {
                ExtractedPayment want = p.expected();
                ExtractedPayment got = p.extracted();
                amount.count(want.amount().compareTo(got.amount()) == 0);
                currency.count(want.currency().equalsIgnoreCase(got.currency()));
                payee.count(PaymentMatcher.samePayee(want.payee(), got.payee()));
                kind.count(want.kind() == got.kind());
                if (want.dueDate() != null) {
                    due.count(want.dueDate().equals(got.dueDate()));
                }
                if (want.invoiceNumber() != null) {
                    invoice.count(PaymentMatcher.sameReference(want.invoiceNumber(), got.invoiceNumber()));
                }
            }
        }
        return new Report(outcomes.size(), tp, fp, fn, amount.score(), currency.score(), due.score(), payee.score(),
                kind.score(), invoice.score(), negatives, fpMessages, seconds, problems);
    }

    private static final class FieldTally {
        private long right;
        private long total;

        void count(boolean ok) {
            total++;
            if (ok) {
                right++;
            }
        }

        FieldScore score() {
            return new FieldScore(right, total);
        }
    }
}
