package dev.mailroom.extract;

import dev.mailroom.demo.DemoMailbox;
import dev.mailroom.demo.DemoMessage;
import dev.mailroom.demo.DemoPayment;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.shared.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The labelled payments set of the demo mailbox: every demo message that has an intended
 * {@link DemoPayment}, and as many without one picked evenly over the rest, written as {@code .eml}
 * files with a {@code payments-demo.tsv} that {@code mailroom eval payments} reads. The mailbox is
 * made with a fixed clock, so the same code always writes the same bytes; the set is checked in
 * under {@code src/test/resources/extract/demo/} and {@code DemoPaymentSetTest} fails when the demo
 * mailbox changes without it. Regenerate it with {@code -Dmailroom.demo.regenerate=true} on
 * {@code DemoPaymentSetTest}, or by running {@link #main} from the project root.
 *
 * <p>Expected payee: the sender's display name without a legal-form suffix (AG, GmbH, Ltd, Inc),
 * the merchant name a person would write in a ledger. A refund's amount is negative, as
 * {@link ExtractedPayment} has it; the demo's renewal is a {@code subscription_renewal}; its
 * reference is the invoice number.
 */
public final class DemoPaymentSet {

    /** The demo mailbox's "today" for the checked-in set. */
    public static final Instant NOW = Instant.parse("2026-11-15T09:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    public static final Path CHECKED_IN = Path.of("src/test/resources/extract/demo");
    public static final String TSV = "payments-demo.tsv";

    private static final Pattern LEGAL_FORM = Pattern.compile("\\s+(AG|GmbH|Ltd\\.?|Inc\\.?|LLC|S\\.?A\\.?)$");

    private DemoPaymentSet() {}

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : CHECKED_IN;
        System.out.println("wrote " + write(dir) + " messages to " + dir);
    }

    /** Writes the set into {@code dir} (created; old {@code .eml} files there removed) and returns its size. */
    public static int write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".eml")).toList()) {
                Files.delete(p);
            }
        }
        DemoMailbox mailbox = DemoMailbox.create(Clock.fixed(NOW, ZoneOffset.UTC), ZONE);
        List<byte[]> messages = mailbox.messages();
        List<DemoMessage> catalogue = mailbox.catalogue();
        List<Integer> with = new ArrayList<>();
        List<Integer> without = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            (catalogue.get(i).payment() != null ? with : without).add(i);
        }
        List<Integer> chosen = new ArrayList<>(with);
        double step = (double) without.size() / Math.min(with.size(), without.size());
        for (double k = 0; k < without.size() && chosen.size() < 2 * with.size(); k += step) {
            chosen.add(without.get((int) k));
        }
        chosen.sort(null);
        StringBuilder tsv = new StringBuilder("path\texpected\tsplit\tnote\n");
        int n = 0;
        for (int i : chosen) {
            DemoMessage d = catalogue.get(i);
            String name = String.format(Locale.ROOT, "%03d-%s.eml", i + 1, d.category().name().toLowerCase(Locale.ROOT));
            Files.write(dir.resolve(name), messages.get(i));
            ParsedMessage parsed = IngestService.parseMessage(messages.get(i), null);
            List<ExtractedPayment> expected = d.payment() == null ? List.of() : List.of(expected(d.payment(), parsed));
            tsv.append(name).append('\t').append(Json.write(PaymentJson.toMaps(expected))).append('\t')
                    .append(n++ % 2 == 0 ? "dev" : "heldout").append('\t')
                    .append(d.payment() == null ? d.category().name().toLowerCase(Locale.ROOT) : d.payment().kind().name().toLowerCase(Locale.ROOT))
                    .append('\n');
        }
        Files.writeString(dir.resolve(TSV), tsv, StandardCharsets.UTF_8);
        return chosen.size();
    }

    static ExtractedPayment expected(DemoPayment p, ParsedMessage parsed) {
        PaymentKind kind = switch (p.kind()) {
            case BILL -> PaymentKind.BILL;
            case INVOICE -> PaymentKind.INVOICE;
            case RECEIPT -> PaymentKind.RECEIPT;
            case PAYMENT_CONFIRMATION -> PaymentKind.PAYMENT_CONFIRMATION;
            case FAILED_PAYMENT -> PaymentKind.FAILED_PAYMENT;
            case REFUND -> PaymentKind.REFUND;
            case RENEWAL -> PaymentKind.SUBSCRIPTION_RENEWAL;
        };
        BigDecimal amount = kind == PaymentKind.REFUND ? p.amount().abs().negate() : p.amount();
        return new ExtractedPayment(kind, payee(parsed), amount, p.currency(), p.dueDate(), p.reference(), null, null, 1.0);
    }

    private static String payee(ParsedMessage parsed) {
        String name = parsed.from().isEmpty() ? null : parsed.from().getFirst().name();
        if (name == null || name.isBlank()) {
            return "Unknown";
        }
        return LEGAL_FORM.matcher(name.strip()).replaceFirst("");
    }
}
