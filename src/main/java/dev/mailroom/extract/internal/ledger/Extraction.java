package dev.mailroom.extract.internal.ledger;

import dev.mailroom.extract.ExtractedPayment;
import java.time.LocalDate;

/**
 * A payment found in a stored message, where it was found and when the message was sent.
 *
 * @param messageId the message's store id
 * @param position the payment's place among those the extractor found in the message, from 0
 * @param messageDate the message's day, in the ledger's zone
 * @param payment what was found
 */
public record Extraction(long messageId, int position, LocalDate messageDate, ExtractedPayment payment) {

    /** The entry key of the ledger entry made from this payment: {@code m:MESSAGE:POSITION}. */
    public String key() {
        return key(messageId, position);
    }

    public static String key(long messageId, int position) {
        return "m:" + messageId + ":" + position;
    }
}
