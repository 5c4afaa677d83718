package dev.mailroom.extract;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A strict RFC 5545 checker for what the ledger's calendar uses: UTF-8, CRLF only, physical lines
 * of at most 75 octets, folding with one leading space, balanced BEGIN/END, the required and
 * once-only properties of VCALENDAR, VEVENT and VALARM, date and date-time forms, DTEND after
 * DTSTART, unique UIDs, and TEXT values with every comma, semicolon and backslash escaped. Returns
 * the problems found, empty for a valid file.
 */
final class IcsValidator {

    /** One unfolded content line. */
    record Line(int number, String name, Map<String, String> params, String value) {}

    /** A component with its properties and sub-components. */
    record Component(String name, List<Line> properties, List<Component> children) {

        List<Line> all(String property) {
            return properties.stream().filter(l -> l.name().equals(property)).toList();
        }

        String value(String property) {
            return all(property).isEmpty() ? null : all(property).getFirst().value();
        }
    }

    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Pattern UTC_DATE_TIME = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern DURATION = Pattern.compile("[+-]?P(\\d+W|(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?)");
    private static final Set<String> TEXT = Set.of("SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "COMMENT", "LOCATION");

    private final List<String> problems = new ArrayList<>();

    private IcsValidator() {}

    static List<String> validate(byte[] bytes) {
        IcsValidator v = new IcsValidator();
        v.check(bytes);
        return v.problems;
    }

    static Component parse(byte[] bytes) {
        IcsValidator v = new IcsValidator();
        return v.tree(v.unfold(new String(bytes, StandardCharsets.UTF_8)));
    }

    private void check(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            problems.add("not valid UTF-8 (a character split by folding?)");
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\r\n")) {
            problems.add("the file must end with CRLF");
        }
        String[] physical = text.split("\r\n", -1);
        for (int i = 0; i < physical.length; i++) {
            String p = physical[i];
            if (p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) {
                problems.add("line " + (i + 1) + ": a bare LF or CR; lines must end with CRLF");
            }
            int octets = p.getBytes(StandardCharsets.UTF_8).length;
            if (octets > 75) {
                problems.add("line " + (i + 1) + ": " + octets + " octets, more than 75");
            }
        }
        List<Line> lines = unfold(text);
        Component root = tree(lines);
        if (root == null) {
            return;
        }
        calendar(root);
    }

    private List<Line> unfold(String text) {
        List<Line> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        String[] physical = text.split("\r\n");
        for (int i = 0; i < physical.length; i++) {
            String p = physical[i];
            if (p.startsWith(" ") || p.startsWith("\t")) {
                if (current == null) {
                    problems.add("line " + (i + 1) + ": a continuation with nothing to continue");
                    continue;
                }
                current.append(p.substring(1));
            } else {
                if (current != null) {
                    out.add(contentLine(start, current.toString()));
                }
                current = new StringBuilder(p);
                start = i + 1;
            }
        }
        if (current != null && !current.isEmpty()) {
            out.add(contentLine(start, current.toString()));
        }
        return out;
    }

    private Line contentLine(int number, String s) {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            problems.add("line " + number + ": no ':' in '" + s + "'");
            return new Line(number, s, Map.of(), "");
        }
        String[] head = s.substring(0, colon).split(";");
        if (!head[0].matches("[A-Za-z0-9-]+")) {
            problems.add("line " + number + ": bad property name '" + head[0] + "'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            String[] kv = head[i].split("=", 2);
            if (kv.length != 2) {
                problems.add("line " + number + ": bad parameter '" + head[i] + "'");
            } else {
                params.put(kv[0].toUpperCase(), kv[1]);
            }
        }
        return new Line(number, head[0].toUpperCase(), params, s.substring(colon + 1));
    }

    private Component tree(List<Line> lines) {
        Deque<Component> stack = new ArrayDeque<>();
        Component root = null;
        for (Line l : lines) {
            if (l.name().equals("BEGIN")) {
                Component c = new Component(l.value(), new ArrayList<>(), new ArrayList<>());
                if (stack.isEmpty()) {
                    if (root != null) {
                        problems.add("line " + l.number() + ": a second top-level component");
                    }
                    root = c;
                } else {
                    stack.peek().children().add(c);
                }
                stack.push(c);
            } else if (l.name().equals("END")) {
                if (stack.isEmpty() || !stack.peek().name().equals(l.value())) {
                    problems.add("line " + l.number() + ": END:" + l.value() + " does not close "
                            + (stack.isEmpty() ? "anything" : stack.peek().name()));
                    return null;
                }
                stack.pop();
            } else if (stack.isEmpty()) {
                problems.add("line " + l.number() + ": a property outside any component");
            } else {
                stack.peek().properties().add(l);
            }
        }
        if (!stack.isEmpty()) {
            problems.add(stack.peek().name() + " is never closed");
        }
        if (root == null || !root.name().equals("VCALENDAR")) {
            problems.add("the file is not a VCALENDAR");
            return null;
        }
        return root;
    }

    private void calendar(Component cal) {
        once(cal, "VERSION", true);
        once(cal, "PRODID", true);
        once(cal, "CALSCALE", false);
        once(cal, "METHOD", false);
        if (!"2.0".equals(cal.value("VERSION"))) {
            problems.add("VERSION must be 2.0");
        }
        if (cal.value("CALSCALE") != null && !cal.value("CALSCALE").equals("GREGORIAN")) {
            problems.add("CALSCALE must be GREGORIAN");
        }
        text(cal);
        Set<String> uids = new HashSet<>();
        for (Component c : cal.children()) {
            if (!c.name().equals("VEVENT")) {
                problems.add("unexpected component " + c.name());
                continue;
            }
            event(c);
            if (c.value("UID") != null && !uids.add(c.value("UID"))) {
                problems.add("UID " + c.value("UID") + " is not unique");
            }
        }
    }

    private void event(Component e) {
        for (String p : List.of("UID", "DTSTAMP", "DTSTART")) {
            once(e, p, true);
        }
        for (String p : List.of("DTEND", "SUMMARY", "DESCRIPTION", "TRANSP")) {
            once(e, p, false);
        }
        if (e.value("DTSTAMP") != null && !UTC_DATE_TIME.matcher(e.value("DTSTAMP")).matches()) {
            problems.add("DTSTAMP must be a UTC date-time, not " + e.value("DTSTAMP"));
        }
        Line start = e.all("DTSTART").isEmpty() ? null : e.all("DTSTART").getFirst();
        Line end = e.all("DTEND").isEmpty() ? null : e.all("DTEND").getFirst();
        if (start != null) {
            boolean date = "DATE".equals(start.params().get("VALUE"));
            if (date && !DATE.matcher(start.value()).matches()) {
                problems.add("line " + start.number() + ": DTSTART;VALUE=DATE must be YYYYMMDD");
            }
            if (end != null) {
                if (!start.params().equals(end.params())) {
                    problems.add("line " + end.number() + ": DTEND must have the same value type as DTSTART");
                }
                if (end.value().compareTo(start.value()) <= 0) {
                    problems.add("line " + end.number() + ": DTEND must be after DTSTART");
                }
            }
        }
        text(e);
        for (Component a : e.children()) {
            if (!a.name().equals("VALARM")) {
                problems.add("unexpected component " + a.name() + " in VEVENT");
                continue;
            }
            alarm(a);
        }
    }

    private void alarm(Component a) {
        once(a, "ACTION", true);
        once(a, "TRIGGER", true);
        String action = a.value("ACTION");
        if ("DISPLAY".equals(action)) {
            once(a, "DESCRIPTION", true);
        } else if (action != null && !Set.of("AUDIO", "EMAIL").contains(action)) {
            problems.add("unknown ACTION " + action);
        }
        String trigger = a.value("TRIGGER");
        if (trigger != null && !DURATION.matcher(trigger).matches()) {
            problems.add("TRIGGER must be a duration, not " + trigger);
        }
        text(a);
    }

    private void once(Component c, String property, boolean required) {
        int n = c.all(property).size();
        if (required && n == 0) {
            problems.add(c.name() + " has no " + property);
        }
        if (n > 1) {
            problems.add(c.name() + " has " + property + " " + n + " times");
        }
    }

    /** TEXT: a backslash starts only \\ \; \, \n or \N, and ; and , never appear unescaped. */
    private void text(Component c) {
        for (Line l : c.properties()) {
            if (!TEXT.contains(l.name())) {
                continue;
            }
            String v = l.value();
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch == '\\') {
                    if (i + 1 >= v.length() || "\\;,nN".indexOf(v.charAt(i + 1)) < 0) {
                        problems.add("line " + l.number() + ": a bad escape in " + l.name());
                    }
                    i++;
                } else if (ch == ';' || ch == ',') {
                    problems.add("line " + l.number() + ": an unescaped '" + ch + "' in " + l.name());
                } else if (ch < 0x20 && ch != '\t') {
                    problems.add("line " + l.number() + ": a control character in " + l.name());
                }
            }
        }
    }
}
