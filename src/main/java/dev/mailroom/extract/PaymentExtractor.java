package dev.mailroom.extract;

import dev.mailroom.classify.MailModel;
import dev.mailroom.extract.internal.reading.Gate;
import dev.mailroom.extract.internal.reading.PaymentReader;
import dev.mailroom.ingest.ParsedMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the payments a message is about: bills, invoices, receipts, renewals, payment
 * confirmations, failed payments and refunds, from text and HTML bodies and PDF attachments.
 * Thread-safe. Relative dates are resolved against the message's date in its own offset, or today
 * by {@code clock} (in the clock's zone) when the message has none. How it decides is ADR 0011: a
 * message is a payment only when payment wording and an amount labelled as what is paid agree;
 * near misses go to the learned gate of ADR 0014.
 */
public final class PaymentExtractor implements PaymentFinder {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentExtractor.class);

    private final Clock clock;
    private final Gate gate;

    /** An extractor with the gate model Mailroom ships (see {@link PaymentGate}). */
    public PaymentExtractor(Clock clock) {
        this(clock, PaymentGate.shipped());
    }

    /** An extractor whose near misses {@code gate} decides; with a null gate, the rules alone decide. */
    public PaymentExtractor(Clock clock, MailModel gate) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gate = PaymentGate.of(gate);
    }

    /**
     * The payments {@code parsed} is about: usually one, none for a message that is not a payment
     * document. Never throws on odd content: a message that cannot be read as a payment yields none.
     */
    @Override
    public List<ExtractedPayment> find(ParsedMessage parsed, byte[] header) {
        LocalDate reference = parsed.date() != null
                ? parsed.date().toLocalDate()
                : LocalDate.ofInstant(clock.instant(), clock.getZone());
        try {
            return PaymentReader.read(parsed, header, reference, gate);
        } catch (RuntimeException e) {
            LOG.debug("payment extraction failed for message {}: {}", parsed.messageId(), e.toString());
            return List.of();
        }
    }
}
