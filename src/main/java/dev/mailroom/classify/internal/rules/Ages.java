package dev.mailroom.classify.internal.rules;

import dev.mailroom.classify.rules.Condition;
import dev.mailroom.classify.rules.RuleFormatException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ages as rules write them: a number and a unit, {@code 30d}, {@code 2w}, {@code 6m}, {@code 1y}, {@code 12h} or {@code 30 days}. */
public final class Ages {

    private static final Pattern AGE = Pattern.compile("(\\d{1,7})\\s*(h|hours?|d|days?|w|weeks?|m|months?|y|years?)", Pattern.CASE_INSENSITIVE);

    private Ages() {}

    public static Condition.Age parse(Condition.Age.Bound bound, String value) {
        Matcher m = AGE.matcher(value.strip());
        if (!m.matches()) {
            throw new RuleFormatException("invalid age \"" + value + "\" (expected a number and a unit h, d, w, m or y, as in 30d)");
        }
        Condition.Age.Unit unit = switch (m.group(2).toLowerCase(Locale.ROOT).charAt(0)) {
            case 'h' -> Condition.Age.Unit.HOURS;
            case 'd' -> Condition.Age.Unit.DAYS;
            case 'w' -> Condition.Age.Unit.WEEKS;
            case 'm' -> Condition.Age.Unit.MONTHS;
            default -> Condition.Age.Unit.YEARS;
        };
        return new Condition.Age(bound, Long.parseLong(m.group(1)), unit);
    }

    public static String format(Condition.Age age) {
        return age.amount() + age.unit().symbol();
    }
}
