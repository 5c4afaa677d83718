package dev.mailroom.extract.internal.amounts;

import java.math.BigDecimal;

/**
 * One amount of money written in a line of text.
 *
 * @param amount the value, negative when written as a debit or credit ({@code -$5.00}, {@code (5.00)})
 * @param currency the ISO 4217 code
 * @param start where the mention starts in the line (its currency sign or first digit)
 * @param end where it ends, exclusive
 */
public record Money(BigDecimal amount, String currency, int start, int end) {}
