package dev.mailroom.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recurring series of payments to one payee in one currency.
 *
 * @param payee the payee
 * @param currency the ISO 4217 code
 * @param cadence how often it comes
 * @param typicalAmount the median amount of the series
 * @param yearlyCost the typical amount times the payments a year
 * @param occurrences how many payments the series has so far
 * @param lastDate the day of the latest one
 * @param nextDate the day the next one is expected
 * @param entryIds the ledger entries of the series, oldest first
 */
public record Subscription(String payee, String currency, Cadence cadence, BigDecimal typicalAmount, BigDecimal yearlyCost,
        int occurrences, LocalDate lastDate, LocalDate nextDate, List<Long> entryIds) {

    public Subscription {
        entryIds = List.copyOf(entryIds);
    }
}
