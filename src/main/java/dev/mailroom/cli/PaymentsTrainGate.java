package dev.mailroom.cli;

import dev.mailroom.extract.PaymentGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "train-gate",
        mixinStandardHelpOptions = true,
        description = {
            "Train the payment gate: the model that decides the messages the extraction rules nearly take",
            "for payments (ADR 0014). LABELS are labels files as 'eval payments' reads them (messages in a",
            "folder named after the file, or beside it) or folders of NAME.eml with NAME.json. Mail in the",
            "--ordinary folders counts as mail without payments. Build Mailroom with the model at",
            "src/main/resources" + PaymentGate.RESOURCE + " to ship it."
        })
final class PaymentsTrainGate implements Callable<Integer> {

    @Parameters(paramLabel = "LABELS", arity = "1..*", description = "Labels files or folders of labelled messages.")
    List<Path> labelled;

    @Option(names = "--ordinary", paramLabel = "DIR", description = "A folder of mail with no payments in it (repeatable).")
    List<Path> ordinary = List.of();

    @Option(names = "--every", paramLabel = "N", defaultValue = "1",
            description = "Read every N-th file of the --ordinary folders (default: ${DEFAULT-VALUE}), to keep the rest for measuring.")
    int every;

    @Option(names = "--min-examples", paramLabel = "N", defaultValue = "2",
            description = "Leave out features fewer than N messages hold (default: ${DEFAULT-VALUE}).")
    int minExamples;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path out;

    @Override
    public Integer call() throws IOException {
        var training = PaymentGate.train(labelled, ordinary, every, line -> System.err.println("mailroom: " + line));
        training.problems().forEach(p -> System.err.println("mailroom: skipped " + p));
        if (training.payments() == 0 || training.others() == 0) {
            System.err.println("mailroom: the gate needs messages with payments and messages without; found "
                    + training.payments() + " and " + training.others());
            return PaymentsCommand.BAD_INPUT;
        }
        byte[] bytes = training.model().toBytes(minExamples);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, bytes);
        System.out.printf("trained on %d messages with payments and %d without; wrote %s (%,d bytes)%n",
                training.payments(), training.others(), out, bytes.length);
        return 0;
    }
}
