package dev.mailroom.extract;

import dev.mailroom.ingest.ParsedMessage;
import java.util.List;

/** Finds the payments a message is about: what the ledger is built from. */
@FunctionalInterface
public interface PaymentFinder {

    /**
     * The payments {@code parsed} is about, empty for a message that is not a payment document.
     * {@code header} is the raw header section (or the whole raw message), or null. Never throws on
     * odd content.
     */
    List<ExtractedPayment> find(ParsedMessage parsed, byte[] header);
}
