package dev.mailroom.extract.internal.reading;

import dev.mailroom.ingest.ParsedMessage;

/**
 * The second opinion on a message the rules nearly take for a payment: it has a sum the rules can
 * pick, but too little wording or too loose a label for the rules alone (ADR 0014).
 */
@FunctionalInterface
public interface Gate {

    /** The gate that takes nothing the rules leave out. */
    Gate CLOSED = (parsed, header) -> 0;

    /** The probability that {@code parsed} is payment mail; {@code header} is its raw header section, or null. */
    double probability(ParsedMessage parsed, byte[] header);
}
