package dev.mailroom.classify.internal.rules;

import dev.mailroom.classify.rules.Condition;
import dev.mailroom.classify.rules.Rule;
import dev.mailroom.classify.rules.RuleActions;
import dev.mailroom.classify.rules.RuleFormatException;
import dev.mailroom.classify.rules.TextField;
import dev.mailroom.classify.rules.TextMatch;
import dev.mailroom.classify.rules.TextPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rules as trees of maps and lists, the shape of both the YAML file and the JSON the database
 * keeps. Reading reports mistakes with the source, the line and the rule's name.
 */
public final class RuleCodec {

    static final String CONDITIONS = "all, any, not, from, to, cc, bcc, recipients, subject, body, list, account, filename, "
            + "attachment-type, header, has-attachment, larger, smaller, older-than, newer-than";
    private static final Set<String> RULE_KEYS = Set.of("name", "if", "then", "stop", "enabled");
    private static final Set<String> ACTION_KEYS = Set.of("category", "labels", "label", "mark-read", "mark-important");

    private final String source;
    private String rule;

    private RuleCodec(String source) {
        this.source = source;
    }

    /** The rules of a YAML rules file: a mapping with {@code rules:} (and optionally {@code version: 1}), or a bare list. */
    public static List<Rule> readYaml(String yaml, String source) {
        Node root = Node.yaml(yaml, source);
        RuleCodec codec = new RuleCodec(source);
        Node rules = root;
        if (root.isMap()) {
            for (Map.Entry<String, Node> e : root.map().entrySet()) {
                String key = key(e.getKey());
                if (key.equals("version")) {
                    if (!"1".equals(String.valueOf(e.getValue().value()))) {
                        throw codec.fail(e.getValue(), "unsupported version " + e.getValue().value() + " (this Mailroom reads version 1)");
                    }
                } else if (!key.equals("rules")) {
                    throw codec.fail(e.getValue(), "unknown key \"" + e.getKey() + "\" (expected rules and optionally version)");
                }
            }
            rules = root.map().get("rules");
            if (rules == null) {
                throw codec.fail(root, "no \"rules:\" list");
            }
        } else if (root.value() == null) {
            return List.of();
        }
        if (rules.value() == null) {
            return List.of();
        }
        if (!rules.isList()) {
            throw codec.fail(rules, "\"rules\" must be a list of rules");
        }
        List<Rule> out = new ArrayList<>();
        for (Node n : rules.list()) {
            out.add(codec.rule(n));
        }
        return out;
    }

    /** A rule's condition and actions as the database keeps them ({@code {"if": ..., "then": ...}}). */
    public static Map<String, Object> definition(Rule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("if", condition(r.when()));
        out.put("then", actions(r.then()));
        return out;
    }

    /** Reads a stored definition back. */
    public static Rule fromDefinition(long id, int position, String name, String json, boolean stop, boolean enabled) {
        RuleCodec codec = new RuleCodec("the database");
        codec.rule = name;
        Node n = Node.json(json, "rule \"" + name + "\" in the database");
        if (!n.isMap() || !n.map().containsKey("if") || !n.map().containsKey("then")) {
            throw codec.fail(n, "the stored definition lacks \"if\" or \"then\"");
        }
        return new Rule(id, position, name, codec.condition(n.map().get("if")), codec.actions(n.map().get("then")), stop, enabled);
    }

    /** The tree of a whole rule for a rules file: name, if, then, stop, enabled. */
    public static Map<String, Object> rule(Rule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", r.name());
        out.putAll(definition(r));
        out.put("stop", r.stop());
        out.put("enabled", r.enabled());
        return out;
    }

    /** The tree of a condition. */
    public static Object condition(Condition c) {
        return switch (c) {
            case Condition.Text t -> Map.of(t.field().key(), pattern(t.pattern()));
            case Condition.Header h -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", h.name());
                if (h.pattern() != null) {
                    m.put(h.pattern().match().key(), h.pattern().value());
                }
                yield Map.of("header", m);
            }
            case Condition.HasAttachment h -> Map.of("has-attachment", true);
            case Condition.Size s -> Map.of(s.bound() == Condition.Size.Bound.LARGER ? "larger" : "smaller", Sizes.format(s.bytes()));
            case Condition.Age a -> Map.of(a.bound() == Condition.Age.Bound.OLDER ? "older-than" : "newer-than", Ages.format(a));
            case Condition.All all -> Map.of("all", all.conditions().stream().map(RuleCodec::condition).toList());
            case Condition.Any any -> Map.of("any", any.conditions().stream().map(RuleCodec::condition).toList());
            case Condition.Not not -> Map.of("not", condition(not.condition()));
        };
    }

    private static Object pattern(TextPattern p) {
        return p.match() == TextMatch.CONTAINS ? p.value() : Map.of(p.match().key(), p.value());
    }

    private static Map<String, Object> actions(RuleActions a) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (a.category() != null) {
            out.put("category", a.category());
        }
        if (!a.labels().isEmpty()) {
            out.put("labels", a.labels());
        }
        if (a.markRead()) {
            out.put("mark-read", true);
        }
        if (a.markImportant()) {
            out.put("mark-important", true);
        }
        return out;
    }

    private Rule rule(Node n) {
        rule = null;
        if (!n.isMap()) {
            throw fail(n, "a rule must be a mapping with name, if and then");
        }
        Map<String, Node> m = normalised(n);
        Node name = m.get("name");
        if (name == null || !name.isScalar() || name.value() == null || String.valueOf(name.value()).isBlank()) {
            throw fail(n, "a rule needs a name");
        }
        rule = String.valueOf(name.value()).strip();
        for (String key : m.keySet()) {
            if (!RULE_KEYS.contains(key)) {
                throw fail(m.get(key), "unknown key \"" + key + "\" (a rule has name, if, then, stop, enabled)");
            }
        }
        Node when = require(m, "if", n);
        Node then = require(m, "then", n);
        Condition condition = condition(when);
        RuleActions actions = actions(then);
        if (actions.isEmpty()) {
            throw fail(then, "no action: give a category, labels, mark-read or mark-important");
        }
        boolean stop = bool(m.get("stop"), false);
        boolean enabled = bool(m.get("enabled"), true);
        return new Rule(0, 0, rule, condition, actions, stop, enabled);
    }

    private Node require(Map<String, Node> m, String key, Node parent) {
        Node v = m.get(key);
        if (v == null || v.value() == null) {
            throw fail(parent, "missing \"" + key + "\"");
        }
        return v;
    }

    private RuleActions actions(Node n) {
        if (!n.isMap()) {
            throw fail(n, "\"then\" must be a mapping of actions: category, labels, mark-read, mark-important");
        }
        Map<String, Node> m = normalised(n);
        for (String key : m.keySet()) {
            if (!ACTION_KEYS.contains(key)) {
                throw fail(m.get(key), "unknown action \"" + key + "\" (expected category, labels, mark-read, mark-important)");
            }
        }
        String category = m.containsKey("category") ? string(m.get("category")) : null;
        List<String> labels = new ArrayList<>();
        for (String key : List.of("label", "labels")) {
            Node l = m.get(key);
            if (l == null || l.value() == null) {
                continue;
            }
            if (l.isList()) {
                l.list().forEach(x -> labels.add(string(x)));
            } else {
                labels.add(string(l));
            }
        }
        boolean read = bool(m.get("mark-read"), false);
        boolean important = bool(m.get("mark-important"), false);
        try {
            return new RuleActions(category, labels, read, important);
        } catch (RuleFormatException e) {
            throw fail(n, e.getMessage());
        }
    }

    private Condition condition(Node n) {
        if (n.value() instanceof String s) {
            try {
                return ShortSyntax.parse(s);
            } catch (RuleFormatException e) {
                throw fail(n, e.getMessage());
            }
        }
        if (n.isList()) {
            return new Condition.All(conditions(n));
        }
        if (!n.isMap() || n.map().isEmpty()) {
            throw fail(n, "a condition must be a mapping such as {from: acme.com}, or a short condition such as \"from:acme.com\"");
        }
        List<Condition> parts = new ArrayList<>();
        for (Map.Entry<String, Node> e : n.map().entrySet()) {
            parts.add(one(key(e.getKey()), e.getKey(), e.getValue()));
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private List<Condition> conditions(Node n) {
        if (!n.isList() || n.list().isEmpty()) {
            throw fail(n, "expected a list of one or more conditions");
        }
        return n.list().stream().map(this::condition).toList();
    }

    private Condition one(String key, String written, Node v) {
        try {
            return switch (key) {
                case "all" -> new Condition.All(conditions(v));
                case "any" -> new Condition.Any(conditions(v));
                case "not" -> new Condition.Not(condition(v));
                case "header" -> header(v);
                case "has-attachment" -> bool(v, true) ? new Condition.HasAttachment() : new Condition.Not(new Condition.HasAttachment());
                case "larger" -> new Condition.Size(Condition.Size.Bound.LARGER, Sizes.bytes(string(v)));
                case "smaller" -> new Condition.Size(Condition.Size.Bound.SMALLER, Sizes.bytes(string(v)));
                case "older-than" -> Ages.parse(Condition.Age.Bound.OLDER, string(v));
                case "newer-than" -> Ages.parse(Condition.Age.Bound.NEWER, string(v));
                default -> {
                    TextField field = TextField.byKey(key);
                    if (field == null) {
                        throw fail(v, "unknown condition \"" + written + "\" (expected one of: " + CONDITIONS + ")");
                    }
                    yield new Condition.Text(field, pattern(v, written));
                }
            };
        } catch (RuleFormatException e) {
            throw e.getMessage().startsWith(source) ? e : fail(v, e.getMessage());
        }
    }

    private Condition header(Node v) {
        if (v.isScalar()) {
            return new Condition.Header(string(v), null);
        }
        if (!v.isMap()) {
            throw fail(v, "header expects a mapping such as {name: X-Mailer, contains: Outlook}");
        }
        Map<String, Node> m = normalised(v);
        Node name = m.get("name");
        if (name == null) {
            throw fail(v, "header needs a name, as in {name: X-Mailer, contains: Outlook}");
        }
        for (String key : m.keySet()) {
            if (!key.equals("name") && !List.of("contains", "equals", "matches").contains(key)) {
                throw fail(m.get(key), "unknown key \"" + key + "\" in header (expected name and one of contains, equals, matches)");
            }
        }
        if (m.size() == 1) {
            return new Condition.Header(string(name), null);
        }
        Map<String, Node> rest = new LinkedHashMap<>(m);
        rest.remove("name");
        return new Condition.Header(string(name), pattern(new Node(rest, v.line()), "header"));
    }

    private TextPattern pattern(Node v, String field) {
        if (v.isScalar()) {
            return TextPattern.contains(string(v));
        }
        if (!v.isMap() || v.map().size() != 1) {
            throw fail(v, field + " expects a text, or one of {contains: …}, {equals: …}, {matches: …}");
        }
        Map.Entry<String, Node> e = v.map().entrySet().iterator().next();
        TextMatch match = switch (key(e.getKey())) {
            case "contains" -> TextMatch.CONTAINS;
            case "equals" -> TextMatch.EQUALS;
            case "matches" -> TextMatch.MATCHES;
            default -> throw fail(e.getValue(), "unknown match \"" + e.getKey() + "\" for " + field + " (expected contains, equals or matches)");
        };
        try {
            return TextPattern.of(match, string(e.getValue()));
        } catch (RuleFormatException x) {
            throw fail(e.getValue(), field + ": " + x.getMessage());
        }
    }

    private String string(Node n) {
        if (!n.isScalar() || n.value() == null) {
            throw fail(n, "expected a text value");
        }
        return String.valueOf(n.value());
    }

    private boolean bool(Node n, boolean absent) {
        if (n == null || n.value() == null) {
            return absent;
        }
        if (n.value() instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(n.value()).strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no")) {
            return false;
        }
        throw fail(n, "expected true or false, not \"" + n.value() + "\"");
    }

    private Map<String, Node> normalised(Node n) {
        Map<String, Node> out = new LinkedHashMap<>();
        n.map().forEach((k, v) -> out.put(key(k), v));
        return out;
    }

    private static String key(String k) {
        return k.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private RuleFormatException fail(Node at, String message) {
        String where = source + (at.line() > 0 && !source.equals("the database") ? " line " + at.line() : "");
        return new RuleFormatException(where + (rule == null ? "" : ", rule \"" + rule + "\"") + ": " + message);
    }
}
