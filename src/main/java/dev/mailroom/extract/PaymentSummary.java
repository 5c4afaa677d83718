package dev.mailroom.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The ledger at a glance, as {@code mailroom payments summary} prints it. Cancelled and expected
 * entries count in none of the totals.
 *
 * @param today the day it was computed for
 * @param upcoming entries due from today to 30 days ahead (expected ones too), soonest first
 * @param overdue entries past their due date and not paid, oldest first
 * @param perMonth totals per month and currency, by each entry's date, oldest month first
 * @param perPayee totals per payee and currency, largest first
 * @param paidCount how many entries are paid
 * @param openCount how many are upcoming or overdue (expected ones not counted)
 * @param paidRatio paid / (paid + open), 0 when both are 0
 * @param subscriptions the recurring series
 * @param yearlyCost the subscriptions' yearly cost per currency
 */
public record PaymentSummary(LocalDate today, List<LedgerEntry> upcoming, List<LedgerEntry> overdue, List<Total> perMonth,
        List<PayeeTotal> perPayee, long paidCount, long openCount, double paidRatio, List<Subscription> subscriptions,
        Map<String, BigDecimal> yearlyCost) {

    /**
     * What one month cost in one currency.
     *
     * @param month the month
     * @param currency the ISO 4217 code
     * @param amount the sum, refunds subtracted
     * @param count how many entries
     */
    public record Total(YearMonth month, String currency, BigDecimal amount, long count) {}

    /**
     * What one payee cost in one currency.
     *
     * @param payee the payee
     * @param currency the ISO 4217 code
     * @param amount the sum, refunds subtracted
     * @param count how many entries
     */
    public record PayeeTotal(String payee, String currency, BigDecimal amount, long count) {}
}
