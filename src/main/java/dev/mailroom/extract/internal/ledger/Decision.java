package dev.mailroom.extract.internal.ledger;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A decision of the user about one ledger entry, keyed by the entry's key so that it survives rebuilds.
 *
 * @param id the decision's id; decisions are replayed in id order
 * @param entryKey the key of the entry it is about
 * @param action what was decided
 * @param detail the decision's fields: for an edit {@code payee}, {@code amount}, {@code currency},
 *     {@code due_date}, {@code kind}; for paid {@code on}; for merge {@code into} (an entry key)
 * @param decidedAt when
 */
public record Decision(long id, String entryKey, Action action, Map<String, String> detail, Instant decidedAt) {

    public Decision {
        detail = Map.copyOf(detail);
    }

    /** The decisions there are. */
    public enum Action {
        CONFIRM,
        EDIT,
        PAID,
        DISMISS,
        MERGE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }
}
