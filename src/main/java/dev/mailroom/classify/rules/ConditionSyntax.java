package dev.mailroom.classify.rules;

import dev.mailroom.classify.internal.rules.Ages;
import dev.mailroom.classify.internal.rules.ShortSyntax;
import dev.mailroom.classify.internal.rules.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The short, one-line form of a condition, as {@code mailroom rules add --if} takes it and {@code
 * rules list} shows it: the search language's fields and operators ({@code from:acme.com
 * subject:"due soon" -list:announce (has:attachment OR larger:1M) older_than:30d}) plus {@code
 * header:NAME:VALUE}, {@code header:NAME} (present), {@code field:=exact} and {@code field:/regex/}.
 * Every condition has a short form, and {@code parse(format(c))} equals {@code c}.
 */
public final class ConditionSyntax {

    private static final Pattern WORD = Pattern.compile("[^\\s()\"=/\\\\][^\\s()\"\\\\]*");

    private ConditionSyntax() {}

    /**
     * The condition {@code text} writes.
     *
     * @throws RuleFormatException saying what is wrong and where, with a caret under the spot
     */
    public static Condition parse(String text) {
        return ShortSyntax.parse(text);
    }

    /** The short form of {@code c}. */
    public static String format(Condition c) {
        return switch (c) {
            case Condition.Text t -> t.field().key() + ":" + value(t.pattern());
            case Condition.Header h -> "header:" + h.name() + (h.pattern() == null ? "" : ":" + value(h.pattern()));
            case Condition.HasAttachment h -> "has:attachment";
            case Condition.Size s -> (s.bound() == Condition.Size.Bound.LARGER ? "larger:" : "smaller:") + Sizes.format(s.bytes());
            case Condition.Age a -> (a.bound() == Condition.Age.Bound.OLDER ? "older_than:" : "newer_than:") + Ages.format(a);
            case Condition.All all -> join(all.conditions(), " ", Condition.Any.class);
            case Condition.Any any -> join(any.conditions(), " OR ", Condition.All.class);
            case Condition.Not not -> "-" + (not.condition() instanceof Condition.All || not.condition() instanceof Condition.Any
                    ? "(" + format(not.condition()) + ")" : format(not.condition()));
        };
    }

    private static String join(List<Condition> conditions, String separator, Class<?> grouped) {
        List<String> parts = new ArrayList<>();
        for (Condition c : conditions) {
            String s = format(c);
            parts.add(grouped.isInstance(c) ? "(" + s + ")" : s);
        }
        return String.join(separator, parts);
    }

    private static String value(TextPattern p) {
        return switch (p.match()) {
            case CONTAINS -> word(p.value());
            case EQUALS -> "=" + word(p.value());
            case MATCHES -> "/" + regex(p.value()) + "/";
        };
    }

    private static String word(String v) {
        boolean plain = WORD.matcher(v).matches() && !v.endsWith("*") && !isKeyword(v);
        return plain ? v : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean isKeyword(String v) {
        return List.of("or", "OR", "and", "AND", "not", "NOT").contains(v);
    }

    private static String regex(String v) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                out.append(c).append(v.charAt(++i));
            } else if (c == '/') {
                out.append("\\/");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
