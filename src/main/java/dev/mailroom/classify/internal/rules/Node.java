package dev.mailroom.classify.internal.rules;

import dev.mailroom.classify.rules.RuleFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML or JSON value with the line it starts on, so that errors in a rules file can say where:
 * a scalar ({@code String}, {@code Boolean}, {@code Number} or null), a mapping ({@code Map<String,
 * Node>}, in order) or a sequence ({@code List<Node>}).
 */
record Node(Object value, int line) {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    boolean isScalar() {
        return !isMap() && !isList();
    }

    @SuppressWarnings("unchecked")
    Map<String, Node> map() {
        return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    List<Node> list() {
        return (List<Node>) value;
    }

    /** The tree of a YAML document; an empty document is a null scalar. */
    static Node yaml(String text, String source) {
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() == null) {
                return new Node(null, 1);
            }
            return read(p, source);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = e.getOriginalMessage() == null ? "cannot read it" : e.getOriginalMessage();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column").matcher(message);
            while (m.find()) {
                line = Integer.parseInt(m.group(1));
            }
            throw new RuleFormatException(source + (line > 0 ? " line " + line : "") + ": not valid YAML: " + reasons(message));
        }
    }

    /** The tree of a JSON text (as the database keeps rules). */
    static Node json(String text, String source) {
        try (JsonParser p = dev.mailroom.shared.Json.mapper().createParser(text)) {
            p.nextToken();
            return read(p, source);
        } catch (JacksonException e) {
            throw new RuleFormatException(source + ": not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static Node read(JsonParser p, String source) {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (map.put(key, read(p, source)) != null) {
                        throw new RuleFormatException(source + " line " + keyLine + ": the key \"" + key + "\" appears twice");
                    }
                }
                return new Node(map, line);
            }
            case START_ARRAY -> {
                List<Node> list = new java.util.ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, source));
                }
                return new Node(list, line);
            }
            case VALUE_STRING -> {
                return new Node(p.getString(), line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(p.getNumberValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(t == JsonToken.VALUE_TRUE, line);
            }
            case VALUE_NULL -> {
                return new Node(null, line);
            }
            default -> throw new RuleFormatException(source + " line " + line + ": unexpected " + t);
        }
    }

    /** SnakeYAML's explanation without its excerpts: "while parsing a flow sequence; expected ',' or ']', but got <stream end>". */
    private static String reasons(String message) {
        return String.join("; ", message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).toList());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot read it";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

}
