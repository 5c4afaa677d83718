package dev.mailroom.extract.internal.ledger;

import java.text.Normalizer;
import java.util.Locale;

/** Compares payees as the ledger does: case, accents, spaces and punctuation do not matter. */
public final class Payees {

    private Payees() {}

    /** The form two payees must share to be the same: {@code "Acme, Inc."} and {@code "ACME Inc"} are both {@code acmeinc}. */
    public static String normalise(String payee) {
        String folded = Normalizer.normalize(payee, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(folded.length());
        folded.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.isEmpty() ? payee.strip().toLowerCase(Locale.ROOT) : out.toString();
    }
}
