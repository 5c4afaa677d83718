package dev.mailroom.classify.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies rules to a message. Stateless and thread-safe; conditions come prepared, so a message is
 * read once and every part of it folded at most once, however many rules there are.
 */
public final class RuleEngine {

    private static final Comparator<Rule> ORDER = Comparator.comparingInt(Rule::position).thenComparingLong(Rule::id);

    private RuleEngine() {}

    /**
     * Applies {@code rules} in position order (ties by id), skipping disabled ones. The first
     * matching rule that sets a category decides the category; the labels and marks of every
     * matching rule add up; a matching rule with {@code stop} ends the evaluation.
     *
     * @param now the instant ages count back from
     */
    public static RuleOutcome apply(List<Rule> rules, RuleMessage m, Instant now) {
        MessageView view = new MessageView(m);
        String category = null;
        Rule categoryRule = null;
        Set<String> labels = new LinkedHashSet<>();
        boolean read = false;
        boolean important = false;
        List<Rule> fired = new ArrayList<>();
        for (Rule r : ordered(rules)) {
            if (!r.enabled() || !test(r.when(), view, now)) {
                continue;
            }
            fired.add(r);
            RuleActions a = r.then();
            if (category == null && a.category() != null) {
                category = a.category();
                categoryRule = r;
            }
            labels.addAll(a.labels());
            read |= a.markRead();
            important |= a.markImportant();
            if (r.stop()) {
                break;
            }
        }
        return new RuleOutcome(category, categoryRule, labels, read, important, fired);
    }

    /** Whether {@code m} satisfies {@code c}; ages count back from {@code now}. */
    public static boolean matches(Condition c, RuleMessage m, Instant now) {
        return test(c, new MessageView(m), now);
    }

    private static List<Rule> ordered(List<Rule> rules) {
        for (int i = 1; i < rules.size(); i++) {
            if (ORDER.compare(rules.get(i - 1), rules.get(i)) > 0) {
                List<Rule> sorted = new ArrayList<>(rules);
                sorted.sort(ORDER);
                return sorted;
            }
        }
        return rules;
    }

    static boolean test(Condition c, MessageView v, Instant now) {
        return switch (c) {
            case Condition.Text t -> v.text(t.field(), t.pattern());
            case Condition.Header h -> v.header(h.name(), h.pattern());
            case Condition.HasAttachment h -> v.hasAttachment();
            case Condition.Size s -> s.bound() == Condition.Size.Bound.LARGER ? v.message().size() >= s.bytes()
                    : v.message().size() < s.bytes();
            case Condition.Age a -> age(a, v.message().parsed().date(), now);
            case Condition.All all -> {
                for (Condition x : all.conditions()) {
                    if (!test(x, v, now)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Condition.Any any -> {
                for (Condition x : any.conditions()) {
                    if (test(x, v, now)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Condition.Not not -> !test(not.condition(), v, now);
        };
    }

    private static boolean age(Condition.Age a, OffsetDateTime date, Instant now) {
        if (date == null) {
            return false;
        }
        ZonedDateTime n = now.atZone(ZoneOffset.UTC);
        ZonedDateTime then = switch (a.unit()) {
            case HOURS -> n.minusHours(a.amount());
            case DAYS -> n.minusDays(a.amount());
            case WEEKS -> n.minusWeeks(a.amount());
            case MONTHS -> n.minusMonths(a.amount());
            case YEARS -> n.minusYears(a.amount());
        };
        Instant cutoff = then.toInstant();
        Instant when = date.toInstant();
        return a.bound() == Condition.Age.Bound.OLDER ? when.isBefore(cutoff) : !when.isBefore(cutoff);
    }
}
