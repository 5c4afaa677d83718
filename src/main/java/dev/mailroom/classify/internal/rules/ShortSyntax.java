package dev.mailroom.classify.internal.rules;

import dev.mailroom.classify.rules.Condition;
import dev.mailroom.classify.rules.RuleFormatException;
import dev.mailroom.classify.rules.TextField;
import dev.mailroom.classify.rules.TextMatch;
import dev.mailroom.classify.rules.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the short condition syntax of {@code rules add --if}: the search language's fields and
 * operators ({@code from:acme.com subject:"due soon" -list:announce (has:attachment OR larger:1M)}),
 * plus {@code header:NAME:VALUE} and {@code header:NAME}, {@code field:=exact} and {@code field:/regex/}.
 * docs/rules.md describes it for users.
 */
public final class ShortSyntax {

    /** Every field name the syntax knows, for error messages. */
    public static final String FIELDS = "from, to, cc, bcc, recipients, subject, body, list, account, filename, attachment-type, "
            + "header, has:attachment, larger, smaller, older_than, newer_than";

    private final String text;
    private int pos;

    private ShortSyntax(String text) {
        this.text = text;
    }

    /**
     * The condition {@code text} writes.
     *
     * @throws RuleFormatException naming the mistake and its position, with a caret under it
     */
    public static Condition parse(String text) {
        ShortSyntax p = new ShortSyntax(text == null ? "" : text);
        p.skipSpaces();
        if (p.atEnd()) {
            throw p.error(0, "Empty condition", "write for example from:acme.com subject:invoice");
        }
        Condition c = p.or();
        p.skipSpaces();
        if (!p.atEnd()) {
            throw p.error(p.pos, "Unexpected \"" + p.text.charAt(p.pos) + "\"", p.text.charAt(p.pos) == ')' ? "no ( to close" : null);
        }
        return c;
    }

    private Condition or() {
        List<Condition> any = new ArrayList<>();
        any.add(and());
        while (keyword("or")) {
            int at = pos;
            pos += 2;
            skipSpaces();
            if (atEnd() || peek() == ')') {
                throw error(at, "OR with nothing after it", null);
            }
            any.add(and());
        }
        return any.size() == 1 ? any.get(0) : new Condition.Any(flatten(any, true));
    }

    private Condition and() {
        List<Condition> all = new ArrayList<>();
        all.add(unary());
        while (true) {
            skipSpaces();
            if (atEnd() || peek() == ')' || keyword("or")) {
                break;
            }
            if (keyword("and")) {
                int at = pos;
                pos += 3;
                skipSpaces();
                if (atEnd() || peek() == ')' || keyword("or")) {
                    throw error(at, "AND with nothing after it", null);
                }
            }
            all.add(unary());
        }
        return all.size() == 1 ? all.get(0) : new Condition.All(flatten(all, false));
    }

    private static List<Condition> flatten(List<Condition> list, boolean any) {
        List<Condition> out = new ArrayList<>();
        for (Condition c : list) {
            if (any && c instanceof Condition.Any a) {
                out.addAll(a.conditions());
            } else if (!any && c instanceof Condition.All a) {
                out.addAll(a.conditions());
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private Condition unary() {
        skipSpaces();
        int at = pos;
        if (!atEnd() && peek() == '-') {
            pos++;
            if (atEnd() || Character.isWhitespace(peek())) {
                throw error(at, "\"-\" with nothing after it", "write -from:bob, without a space");
            }
            return new Condition.Not(unary());
        }
        if (keyword("not")) {
            pos += 3;
            skipSpaces();
            if (atEnd() || peek() == ')') {
                throw error(at, "NOT with nothing after it", null);
            }
            return new Condition.Not(unary());
        }
        return primary();
    }

    private Condition primary() {
        skipSpaces();
        if (atEnd()) {
            throw error(pos, "Condition expected", null);
        }
        char c = peek();
        if (c == '(') {
            int open = pos++;
            skipSpaces();
            if (!atEnd() && peek() == ')') {
                throw error(open, "Empty parentheses", null);
            }
            Condition inner = or();
            skipSpaces();
            if (atEnd() || peek() != ')') {
                throw error(open, "Unmatched \"(\"", "add a )");
            }
            pos++;
            return inner;
        }
        if (c == ')') {
            throw error(pos, "Unexpected \")\"", "no ( to close");
        }
        if (keyword("or") || keyword("and")) {
            throw error(pos, text.substring(pos, pos + (keyword("or") ? 2 : 3)).toUpperCase(Locale.ROOT) + " with nothing before it", null);
        }
        return term();
    }

    private Condition term() {
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
            pos++;
        }
        String name = text.substring(start, pos).toLowerCase(Locale.ROOT);
        if (pos == start && !atEnd() && peek() == '"') {
            throw error(start, "A phrase needs a field", "write it as subject:\"...\" or body:\"...\"");
        }
        if (atEnd() || peek() != ':' || name.isEmpty()) {
            pos = start;
            String word = word();
            throw error(start, "\"" + word + "\" has no field", "write it as subject:" + word + ", body:" + word + " or from:" + word);
        }
        pos++;
        int valueAt = pos;
        if (atEnd() || Character.isWhitespace(peek()) || peek() == ')') {
            throw error(start, "Missing value after \"" + name + ":\"", null);
        }
        try {
            return switch (name) {
                case "has" -> has(valueAt);
                case "header" -> header(valueAt);
                case "larger", "size" -> new Condition.Size(Condition.Size.Bound.LARGER, Sizes.bytes(word()));
                case "smaller" -> new Condition.Size(Condition.Size.Bound.SMALLER, Sizes.bytes(word()));
                case "older_than", "older-than" -> Ages.parse(Condition.Age.Bound.OLDER, word());
                case "newer_than", "newer-than" -> Ages.parse(Condition.Age.Bound.NEWER, word());
                default -> {
                    TextField field = TextField.byKey(name);
                    if (field == null) {
                        throw error(start, "Unknown field \"" + name + ":\"", "known fields: " + FIELDS);
                    }
                    yield new Condition.Text(field, pattern());
                }
            };
        } catch (RuleFormatException e) {
            if (e.getMessage().contains("\n  ")) {
                throw e;
            }
            throw error(valueAt, capitalise(e.getMessage()), null);
        }
    }

    private Condition has(int at) {
        String value = word().toLowerCase(Locale.ROOT);
        if (!value.equals("attachment") && !value.equals("attachments")) {
            throw error(at, "Unknown has: value \"" + value + "\"", "only has:attachment is known");
        }
        return new Condition.HasAttachment();
    }

    private Condition header(int at) {
        int start = pos;
        while (!atEnd() && peek() != ':' && !Character.isWhitespace(peek()) && peek() != ')' && peek() != '(') {
            pos++;
        }
        String name = text.substring(start, pos);
        if (name.isEmpty()) {
            throw error(at, "Missing header name", "write header:X-Mailer:Outlook or header:X-Mailer");
        }
        if (atEnd() || peek() != ':') {
            return new Condition.Header(name, null);
        }
        pos++;
        if (atEnd() || Character.isWhitespace(peek()) || peek() == ')') {
            throw error(start, "Missing value after \"header:" + name + ":\"", "leave out the last colon to ask only that the header is there");
        }
        return new Condition.Header(name, pattern());
    }

    /** A value: {@code word}, {@code "phrase"}, {@code =exact}, {@code ="exact phrase"} or {@code /regex/}. */
    private TextPattern pattern() {
        char c = peek();
        if (c == '/') {
            return TextPattern.of(TextMatch.MATCHES, regex());
        }
        if (c == '=') {
            pos++;
            if (atEnd() || Character.isWhitespace(peek())) {
                throw error(pos - 1, "Missing value after \"=\"", null);
            }
            return TextPattern.of(TextMatch.EQUALS, peek() == '"' ? quoted() : word());
        }
        if (c == '"') {
            return TextPattern.contains(quoted());
        }
        String w = word();
        if (w.length() > 1 && w.endsWith("*")) {
            w = w.substring(0, w.length() - 1);
        }
        return TextPattern.contains(w);
    }

    private String regex() {
        int open = pos++;
        StringBuilder out = new StringBuilder();
        while (!atEnd() && peek() != '/') {
            char c = text.charAt(pos++);
            if (c == '\\' && !atEnd()) {
                char next = text.charAt(pos++);
                if (next != '/') {
                    out.append('\\');
                }
                out.append(next);
            } else {
                out.append(c);
            }
        }
        if (atEnd()) {
            throw error(open, "Unmatched \"/\"", "end the regular expression with /");
        }
        pos++;
        return out.toString();
    }

    private String quoted() {
        int open = pos++;
        StringBuilder out = new StringBuilder();
        while (!atEnd() && peek() != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && !atEnd() && (peek() == '"' || peek() == '\\')) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        if (atEnd()) {
            throw error(open, "Unmatched quote", "add a closing \"");
        }
        pos++;
        if (out.toString().isBlank()) {
            throw error(open, "Empty phrase \"\"", null);
        }
        return out.toString();
    }

    private String word() {
        int start = pos;
        while (!atEnd() && !Character.isWhitespace(peek()) && peek() != '(' && peek() != ')' && peek() != '"') {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Whether a keyword (all lower or all upper case) stands at the position, as a word of its own. */
    private boolean keyword(String word) {
        int end = pos + word.length();
        if (end > text.length()) {
            return false;
        }
        String found = text.substring(pos, end);
        if (!found.equals(word) && !found.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(';
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private RuleFormatException error(int at, String reason, String hint) {
        String shown = text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        int column = shown.codePointCount(0, Math.min(Math.max(at, 0), shown.length()));
        return new RuleFormatException(reason + " at position " + (at + 1) + (hint == null ? "" : " (" + hint + ")") + "\n  " + shown
                + "\n  " + " ".repeat(column) + "^");
    }
}
