package dev.mailroom.search.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@code name:} operators of the query language, their values for {@code is:} and {@code has:}, and spelling help. */
final class Operators {

    enum Kind { TEXT, IS, HAS, AFTER, BEFORE, ON, OLDER_THAN, NEWER_THAN, LARGER, SMALLER }

    /** An operator: its kind and, for {@link Kind#TEXT}, the field it searches. */
    record Operator(Kind kind, Field field) {}

    private static final Map<String, Operator> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, MessageState> IS = new LinkedHashMap<>();
    private static final Map<String, MessageState> HAS = new LinkedHashMap<>();

    static {
        text(Field.FROM, "from");
        text(Field.TO, "to");
        text(Field.CC, "cc");
        text(Field.BCC, "bcc");
        text(Field.SUBJECT, "subject");
        text(Field.BODY, "body");
        text(Field.FILENAME, "filename");
        text(Field.FOLDER, "folder", "in", "label");
        text(Field.ACCOUNT, "account");
        text(Field.LIST, "list");
        text(Field.MESSAGE_ID, "id", "mid", "rfc822msgid");
        text(Field.THREAD, "thread");
        other(Kind.IS, "is");
        other(Kind.HAS, "has");
        other(Kind.AFTER, "after", "since", "newer");
        other(Kind.BEFORE, "before", "until", "older");
        other(Kind.ON, "on", "date");
        other(Kind.OLDER_THAN, "older_than");
        other(Kind.NEWER_THAN, "newer_than");
        other(Kind.LARGER, "larger", "size");
        other(Kind.SMALLER, "smaller");
        state(IS, MessageState.UNREAD, "unread");
        state(IS, MessageState.READ, "read", "seen");
        state(IS, MessageState.FLAGGED, "flagged", "starred", "important");
        state(IS, MessageState.UNFLAGGED, "unflagged", "unstarred");
        state(IS, MessageState.REPLIED, "replied", "answered");
        state(IS, MessageState.DRAFT, "draft");
        state(IS, MessageState.DELETED, "deleted", "trashed");
        state(IS, MessageState.FORWARDED, "forwarded", "passed");
        state(HAS, MessageState.HAS_ATTACHMENT, "attachment", "attachments");
    }

    private Operators() {}

    /** The operator called {@code name} (in any case), if there is one. */
    static Optional<Operator> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The known operator name closest to {@code name}, when it is close enough to be a misspelling. */
    static Optional<String> closestName(String name) {
        return closest(name, BY_NAME.keySet());
    }

    /** The values {@code is:} (or {@code has:}, when {@code kind} is {@link Kind#HAS}) takes, by name. */
    static Map<String, MessageState> states(Kind kind) {
        return kind == Kind.HAS ? HAS : IS;
    }

    /**
     * Whether {@code name:} is meant as an operator although it is not one: a name of letters (and
     * {@code _}) followed by a value, where the value does not start with {@code /} (so URLs such as
     * {@code https://…} and times such as {@code 10:30} stay text, and so does a lone {@code Re:}).
     */
    static boolean looksLikeOperator(String name, boolean hasValue, String value) {
        return hasValue && !value.startsWith("/") && name.matches("\\p{IsAlphabetic}[\\p{IsAlphabetic}_]*");
    }

    /** The candidate closest to {@code word}, ignoring case, within 1 edit for short words and 2 for longer ones. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = lower.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(lower, candidate);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static void text(Field field, String... names) {
        for (String name : names) {
            BY_NAME.put(name, new Operator(Kind.TEXT, field));
        }
    }

    private static void other(Kind kind, String... names) {
        for (String name : names) {
            BY_NAME.put(name, new Operator(kind, null));
        }
    }

    private static void state(Map<String, MessageState> values, MessageState state, String... names) {
        for (String name : names) {
            values.put(name, state);
        }
    }
}
