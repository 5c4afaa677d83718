package dev.mailroom.extract;

import dev.mailroom.classify.MailModel;
import dev.mailroom.extract.internal.reading.Gate;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learned second opinion of payment extraction (ADR 0014): a {@link MailModel} that says how
 * much a message reads like payment mail. The rules ask it only about their near misses, messages
 * with a sum they can pick but too little wording or too loose a label to take alone. Mailroom
 * ships one trained on labelled public payment mail and ordinary mail; {@code mailroom payments
 * train-gate} trains another.
 */
public final class PaymentGate {

    /** Where the shipped model sits on the class path. */
    public static final String RESOURCE = "/dev/mailroom/extract/payment-gate.bin";

    private static final Logger LOG = LoggerFactory.getLogger(PaymentGate.class);

    private PaymentGate() {}

    private static final class Shipped {
        static final MailModel MODEL = load();

        private static MailModel load() {
            try (InputStream in = PaymentGate.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    LOG.warn("no payment gate model at {}: payments are read by the rules alone", RESOURCE);
                    return null;
                }
                return MailModel.fromBytes(in.readAllBytes());
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot read the payment gate model at {} ({}): payments are read by the rules alone", RESOURCE, e.toString());
                return null;
            }
        }
    }

    /** The model Mailroom ships, or null when the build holds none. */
    public static MailModel shipped() {
        return Shipped.MODEL;
    }

    /** The {@code payments.gate} value for the model Mailroom ships. */
    public static final String SHIPPED = "shipped";
    /** The {@code payments.gate} value for no gate: the rules alone decide. */
    public static final String NONE = "none";

    /**
     * The gate {@code choice} names, as {@code payments.gate} and {@code --gate} take it: {@link #SHIPPED},
     * {@link #NONE} (null: the rules alone), or a model file written by {@code mailroom payments
     * train-gate}, a relative path read against {@code base}.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static MailModel choose(String choice, Path base) {
        String c = choice == null ? SHIPPED : choice.strip();
        if (c.equalsIgnoreCase(SHIPPED)) {
            return shipped();
        }
        if (c.equalsIgnoreCase(NONE)) {
            return null;
        }
        Path file = base == null ? Path.of(c) : base.resolve(c);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("payment gate: no model file " + file
                    + " (use shipped, none, or a file written by mailroom payments train-gate)");
        }
        try {
            return MailModel.fromBytes(Files.readAllBytes(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("payment gate: cannot read the model " + file + ": " + e.getMessage()
                    + " (is it a file written by mailroom payments train-gate?)", e);
        }
    }

    /** The gate the rules ask about their near misses; closed (they take none) without a model. */
    static Gate of(MailModel model) {
        return model == null ? Gate.CLOSED : model::probability;
    }

    /** How many examples of each answer went into a model. */
    public record Training(MailModel model, int payments, int others, List<String> problems) {}

    /**
     * Trains a model from labelled mail: {@code labelled} holds labels files (the format of {@code
     * mailroom eval payments}, with messages beside them or in a folder named after the file) or
     * folders of {@code NAME.eml} with {@code NAME.json} (the expected list); {@code ordinary} holds
     * folders of mail with no payment in it, of which every {@code every}-th file is read. A message
     * that cannot be read is a problem, not a failure.
     */
    public static Training train(List<Path> labelled, List<Path> ordinary, int every, Consumer<String> progress) {
        if (every < 1) {
            throw new IllegalArgumentException("--every must be at least 1, not " + every);
        }
        MailModel model = MailModel.empty();
        List<String> problems = new ArrayList<>();
        int payments = 0;
        int others = 0;
        for (Path source : labelled) {
            for (PaymentEvaluation.Example e : examples(source, problems)) {
                if (learn(model, e.path(), !e.expected().isEmpty(), problems)) {
                    if (e.expected().isEmpty()) {
                        others++;
                    } else {
                        payments++;
                    }
                }
            }
            progress.accept(source + ": " + payments + " payment messages and " + others + " others so far");
        }
        for (Path folder : ordinary) {
            List<Path> files = files(folder);
            for (int i = 0; i < files.size(); i += every) {
                if (learn(model, files.get(i), false, problems)) {
                    others++;
                }
            }
            progress.accept(folder + ": " + payments + " payment messages and " + others + " others so far");
        }
        return new Training(model, payments, others, problems);
    }

    private static List<PaymentEvaluation.Example> examples(Path source, List<String> problems) {
        if (Files.isDirectory(source)) {
            List<PaymentEvaluation.Example> out = new ArrayList<>();
            for (Path eml : files(source)) {
                String name = eml.getFileName().toString();
                if (!name.endsWith(".eml")) {
                    continue;
                }
                Path json = eml.resolveSibling(name.substring(0, name.length() - ".eml".length()) + ".json");
                if (!Files.isRegularFile(json)) {
                    continue;
                }
                try {
                    out.add(new PaymentEvaluation.Example(0, name, eml,
                            PaymentJson.readList(Files.readString(json, StandardCharsets.UTF_8)), null));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(json + ": " + e.getMessage());
                }
            }
            return out;
        }
        // dev4.tsv with its messages in dev4/, or beside it
        String file = source.getFileName().toString();
        int dot = file.lastIndexOf('.');
        Path named = source.resolveSibling(dot > 0 ? file.substring(0, dot) : file);
        PaymentEvaluation.LabelSet set = dot > 0 && Files.isDirectory(named) ? PaymentEvaluation.read(source, named) : PaymentEvaluation.read(source);
        set.problems().forEach(p -> problems.add(source + " line " + p.line() + ": " + p.reason()));
        return set.examples();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no such folder: " + folder);
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean learn(MailModel model, Path file, boolean payment, List<String> problems) {
        try {
            byte[] raw = Files.readAllBytes(file);
            ParsedMessage parsed = IngestService.parseMessage(raw, null);
            model.learn(parsed, IngestService.headerSection(raw), payment);
            return true;
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": " + e.getMessage());
            return false;
        }
    }
}
