package dev.mailroom.extract.internal.ledger;

import dev.mailroom.extract.Cadence;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.extract.PaymentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds recurring series: payments to one payee in one currency, the latest ones a steady monthly
 * (25–35 days), quarterly (80–100) or yearly (350–380) cadence apart, at least 3 of them (2 for
 * yearly), each amount within 20% of the latest's.
 */
final class Recurrence {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.20");
    /** Payments of one series closer than this are the same payment told twice; they are left out, not a break. */
    private static final int SAME_PAYMENT_DAYS = 7;

    private Recurrence() {}

    /** One series, its drafts oldest first. */
    record Series(Cadence cadence, List<Draft> drafts) {

        Draft latest() {
            return drafts.getLast();
        }

        LocalDate next() {
            return cadence.next(latest().date());
        }

        BigDecimal typicalAmount() {
            List<BigDecimal> amounts = drafts.stream().map(Draft::cents).sorted().toList();
            int n = amounts.size();
            return n % 2 == 1 ? amounts.get(n / 2)
                    : amounts.get(n / 2 - 1).add(amounts.get(n / 2)).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
        }

        /** Whether the next payment is so far overdue that the series has probably ended. */
        boolean lapsed(LocalDate today) {
            return next().isBefore(today.minusDays(cadence.days() / 2));
        }
    }

    static List<Series> find(List<Draft> drafts) {
        Map<String, List<Draft>> groups = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.visible() && !d.expected && d.status != PaymentStatus.CANCELLED && d.kind != PaymentKind.REFUND
                    && d.kind != PaymentKind.FAILED_PAYMENT) {
                groups.computeIfAbsent(d.seriesKey(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Series> out = new ArrayList<>();
        for (List<Draft> group : groups.values()) {
            group.sort(Comparator.comparing(Draft::date).thenComparing(d -> d.key));
            Series s = tail(group);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The longest steady run that ends with the group's latest payment, or null. */
    private static Series tail(List<Draft> group) {
        Draft latest = group.getLast();
        List<Draft> run = new ArrayList<>(List.of(latest));
        Cadence cadence = null;
        for (int i = group.size() - 2; i >= 0; i--) {
            Draft d = group.get(i);
            long gap = ChronoUnit.DAYS.between(d.date(), run.getFirst().date());
            if (gap < SAME_PAYMENT_DAYS) {
                continue;
            }
            Cadence c = Cadence.of(gap);
            if (c == null || (cadence != null && c != cadence) || !near(d.cents(), latest.cents())) {
                break;
            }
            cadence = c;
            run.addFirst(d);
        }
        if (cadence == null || run.size() < (cadence == Cadence.YEARLY ? 2 : 3)) {
            return null;
        }
        return new Series(cadence, run);
    }

    private static boolean near(BigDecimal amount, BigDecimal reference) {
        return amount.subtract(reference).abs().compareTo(reference.abs().multiply(TOLERANCE)) <= 0;
    }
}
