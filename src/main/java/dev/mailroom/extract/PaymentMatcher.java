package dev.mailroom.extract;

import dev.mailroom.extract.PaymentEvaluation.Example;
import dev.mailroom.extract.PaymentEvaluation.Outcome;
import dev.mailroom.extract.PaymentEvaluation.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/** Pairs the payments extracted from one message with the ones expected of it. */
final class PaymentMatcher {

    private PaymentMatcher() {}

    /** Same amount and currency first, then the same kind, then whatever is left, in order. */
    static Outcome match(Example example, List<ExtractedPayment> extracted) {
        List<ExtractedPayment> wanted = new ArrayList<>(example.expected());
        List<ExtractedPayment> got = new ArrayList<>(extracted);
        List<Pair> pairs = new ArrayList<>();
        pair(wanted, got, pairs, (w, g) -> w.amount().compareTo(g.amount()) == 0 && w.currency().equalsIgnoreCase(g.currency()));
        pair(wanted, got, pairs, (w, g) -> w.kind() == g.kind());
        pair(wanted, got, pairs, (w, g) -> true);
        return new Outcome(example, List.copyOf(extracted), List.copyOf(pairs), List.copyOf(got), List.copyOf(wanted));
    }

    private static void pair(List<ExtractedPayment> wanted, List<ExtractedPayment> got, List<Pair> pairs,
            BiPredicate<ExtractedPayment, ExtractedPayment> same) {
        for (var w = wanted.iterator(); w.hasNext(); ) {
            ExtractedPayment want = w.next();
            for (var g = got.iterator(); g.hasNext(); ) {
                ExtractedPayment candidate = g.next();
                if (same.test(want, candidate)) {
                    pairs.add(new Pair(want, candidate));
                    w.remove();
                    g.remove();
                    break;
                }
            }
        }
    }

    /** Payees are the same when they are once case, punctuation and spaces are set aside. */
    static boolean samePayee(String a, String b) {
        return a != null && b != null && letters(a).equals(letters(b));
    }

    /** References compare like payees: {@code INV-0042} is {@code inv 0042}. */
    static boolean sameReference(String a, String b) {
        return samePayee(a, b);
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
