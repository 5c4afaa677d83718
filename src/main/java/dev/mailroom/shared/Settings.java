package dev.mailroom.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Mailroom's settings: the {@code mailroom:} section of a YAML file, each key overridable by an
 * environment variable ({@code classification.learning-enabled} by
 * {@code MAILROOM_CLASSIFICATION_LEARNING_ENABLED}). The file is {@code $MAILROOM_CONFIG} when set,
 * else {@code mailroom.yml} in the data dir; without either, every setting has its default.
 *
 * <p>Only the keys in {@link #KEYS} exist. An unknown key or a value of the wrong kind fails at
 * start-up with a message that names the key and where it was set, so a typo never goes unnoticed.
 */
public final class Settings {

    /** The file name in the data dir. */
    public static final String FILE_NAME = "mailroom.yml";

    /** What a setting holds. */
    public enum Kind {
        NUMBER,
        FLAG,
        /** A whole number between the key's min and max. */
        INTEGER,
        /** A span of time back from today: {@code N days|weeks|months|years}, or {@code all}. */
        PERIOD,
        /** A word or a path, not blank; the module that reads it checks what it names. */
        TEXT
    }

    /**
     * One known setting.
     *
     * @param key the key under {@code mailroom:}, dotted
     * @param kind what it holds
     * @param defaultValue its value when nobody sets it
     * @param min the smallest number allowed (numbers only)
     * @param max the largest number allowed (numbers only)
     * @param description what it does, for {@code mailroom config}
     */
    public record Key(String key, Kind kind, String defaultValue, double min, double max, String description) {

        /** The environment variable that overrides it. */
        public String environmentVariable() {
            return "MAILROOM_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        }
    }

    /** Every setting there is. */
    public static final List<Key> KEYS = List.of(
            new Key("classification.confidence-threshold", Kind.NUMBER, "0.85", 0, 1,
                    "Under this confidence a message is marked needs_review and listed by `mailroom review`."),
            new Key("classification.learning-enabled", Kind.FLAG, "true", 0, 0,
                    "Whether corrections teach the learned model; when false nothing is learned."),
            new Key("payments.scan-window", Kind.PERIOD, "12 months", 0, 0,
                    "How far back mail is analysed for payments: N days, weeks, months or years, or all."),
            new Key("payments.reminder-days", Kind.INTEGER, "3", 0, 365,
                    "How many days before a due date a payment reminder is raised (0: on the day)."),
            new Key("payments.skip-spam", Kind.FLAG, "true", 0, 0,
                    "Whether mail filed as spam (by the classifier or by hand) or kept in a Junk or Spam folder stays"
                            + " out of the payments ledger; it is still analysed, so turning this off brings it back."),
            new Key("payments.gate", Kind.TEXT, "shipped", 0, 0,
                    "The payment gate that decides near misses: shipped, none (the rules alone), or a model file"
                            + " written by `mailroom payments train-gate` (a relative path is read from the data dir)."));

    /**
     * A setting's effective value and where it came from.
     *
     * @param key the setting
     * @param value its value as text
     * @param origin {@code default}, the file's path, or the environment variable's name
     */
    public record Value(Key key, String value, String origin) {}

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final Map<String, Value> values;
    private final Path file;

    private Settings(Map<String, Value> values, Path file) {
        this.values = values;
        this.file = file;
    }

    /** The defaults alone, as when no file and no variable sets anything. */
    public static Settings defaults() {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Key k : KEYS) {
            values.put(k.key(), new Value(k, k.defaultValue(), "default"));
        }
        return new Settings(values, null);
    }

    /**
     * Reads the settings for a data dir from the process's environment.
     *
     * @throws SettingsException when the file cannot be read or a key or value is wrong
     */
    public static Settings load(Path dataDir) {
        return load(dataDir, System.getenv());
    }

    /** Reads the settings for a data dir with the given environment variables. */
    public static Settings load(Path dataDir, Map<String, String> env) {
        String configured = env.get("MAILROOM_CONFIG");
        Path file;
        if (configured != null && !configured.isBlank()) {
            file = Path.of(configured);
            if (!Files.isRegularFile(file)) {
                throw new SettingsException("MAILROOM_CONFIG names " + file + ", which is not a file");
            }
        } else {
            file = dataDir.resolve(FILE_NAME);
        }
        Map<String, Value> values = defaults().values;
        if (Files.isRegularFile(file)) {
            for (Map.Entry<String, String> e : readFile(file).entrySet()) {
                Key k = values.get(e.getKey()).key();
                values.put(k.key(), new Value(k, check(k, e.getValue(), file.toString()), file.toString()));
            }
        }
        for (Key k : KEYS) {
            String v = env.get(k.environmentVariable());
            if (v != null && !v.isBlank()) {
                values.put(k.key(), new Value(k, check(k, v.strip(), k.environmentVariable()), k.environmentVariable()));
            }
        }
        return new Settings(values, file);
    }

    /** Every setting's effective value, in {@link #KEYS} order. */
    public List<Value> values() {
        return List.copyOf(values.values());
    }

    /** The settings file this data dir uses (it may not exist yet); null for {@link #defaults()}. */
    public Path file() {
        return file;
    }

    /** A number setting's value. */
    public double number(String key) {
        return Double.parseDouble(value(key, Kind.NUMBER));
    }

    /** A whole-number setting's value. */
    public long integer(String key) {
        return Long.parseLong(value(key, Kind.INTEGER));
    }

    /** A period setting's value; empty for {@code all}. */
    public Optional<java.time.Period> period(String key) {
        return parsePeriod(value(key, Kind.PERIOD));
    }

    /**
     * Reads {@code N days|weeks|months|years} (singular too) or {@code all} (empty).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Optional<java.time.Period> parsePeriod(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        if (v.equals("all")) {
            return Optional.empty();
        }
        String[] parts = v.split("\\s+");
        long n = -1;
        if (parts.length == 2) {
            try {
                n = Long.parseLong(parts[0]);
            } catch (NumberFormatException e) {
                n = -1;
            }
        }
        if (n < 1 || n > 100_000) {
            throw new IllegalArgumentException("expected N days, weeks, months or years (N from 1), or all, not \"" + text + "\"");
        }
        int count = (int) n;
        String unit = parts[1].endsWith("s") ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
        return Optional.of(switch (unit) {
            case "day" -> java.time.Period.ofDays(count);
            case "week" -> java.time.Period.ofWeeks(count);
            case "month" -> java.time.Period.ofMonths(count);
            case "year" -> java.time.Period.ofYears(count);
            default -> throw new IllegalArgumentException(
                    "expected N days, weeks, months or years, or all, not \"" + text + "\" (unknown unit " + parts[1] + ")");
        });
    }

    /** A text setting's value, stripped. */
    public String text(String key) {
        return value(key, Kind.TEXT);
    }

    /** A flag setting's value. */
    public boolean flag(String key) {
        return Boolean.parseBoolean(value(key, Kind.FLAG));
    }

    private String value(String key, Kind kind) {
        Value v = values.get(key);
        if (v == null || v.key().kind() != kind) {
            throw new IllegalArgumentException("no " + kind.name().toLowerCase(Locale.ROOT) + " setting " + key);
        }
        return v.value();
    }

    /** The known setting {@code key}, or an error that names the nearest one. */
    public static Key key(String key) {
        String k = key.startsWith("mailroom.") ? key.substring("mailroom.".length()) : key;
        for (Key known : KEYS) {
            if (known.key().equals(k)) {
                return known;
            }
        }
        throw new SettingsException("unknown setting " + k + nearest(k));
    }

    /** Checks a value for a setting and gives it in canonical form ({@code true}, {@code 0.9}). */
    public static String check(Key k, String value, String where) {
        String v = value.strip();
        switch (k.kind()) {
            case FLAG -> {
                String lower = v.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("yes") || lower.equals("on")) {
                    return "true";
                }
                if (lower.equals("false") || lower.equals("no") || lower.equals("off")) {
                    return "false";
                }
                throw new SettingsException(k.key() + " must be true or false, not \"" + v + "\" (set in " + where + ")");
            }
            case NUMBER -> {
                double d;
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    d = Double.NaN;
                }
                if (!(d >= k.min() && d <= k.max())) {
                    throw new SettingsException(k.key() + " must be a number from " + plain(k.min()) + " to "
                            + plain(k.max()) + ", not \"" + v + "\" (set in " + where + ")");
                }
                return plain(d);
            }
            case INTEGER -> {
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    n = Long.MIN_VALUE;
                }
                if (n < k.min() || n > k.max()) {
                    throw new SettingsException(k.key() + " must be a whole number from " + plain(k.min()) + " to "
                            + plain(k.max()) + ", not \"" + v + "\" (set in " + where + ")");
                }
                return Long.toString(n);
            }
            case PERIOD -> {
                try {
                    parsePeriod(v);
                } catch (IllegalArgumentException e) {
                    throw new SettingsException(k.key() + ": " + e.getMessage() + " (set in " + where + ")");
                }
                return v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            }
            case TEXT -> {
                if (v.isEmpty()) {
                    throw new SettingsException(k.key() + " must not be empty (set in " + where + "); its default is " + k.defaultValue());
                }
                return v;
            }
            default -> throw new IllegalStateException(k.kind().name());
        }
    }

    /**
     * Sets one key in the data dir's settings file (or {@code $MAILROOM_CONFIG}), keeping the other
     * keys it holds. Comments in the file are not kept.
     */
    public static Value write(Path file, String key, String value) {
        Key k = key(key);
        String v = check(k, value, "the command line");
        Map<String, String> flat = Files.isRegularFile(file) ? readFile(file) : new TreeMap<>();
        flat.put(k.key(), v);
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(flat).entrySet()) {
            Map<String, Object> node = tree;
            String[] parts = e.getKey().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i], p -> new LinkedHashMap<>());
                node = child;
            }
            Key known = key(e.getKey());
            String text = e.getValue();
            node.put(parts[parts.length - 1], switch (known.kind()) {
                case FLAG -> (Object) Boolean.parseBoolean(text);
                case NUMBER -> (Object) Double.parseDouble(text);
                case INTEGER -> (Object) Long.parseLong(text);
                case PERIOD, TEXT -> (Object) text;
            });
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, YAML.writeValueAsString(Map.of("mailroom", tree)));
        } catch (IOException e) {
            throw new SettingsException("cannot write " + file + ": " + e.getMessage());
        }
        return new Value(k, v, file.toString());
    }

    /** The file's keys, flattened and checked against {@link #KEYS}. */
    private static Map<String, String> readFile(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new SettingsException("cannot read " + file + ": " + e.getMessage());
        } catch (JacksonException e) {
            throw new SettingsException(file + " is not valid YAML: " + e.getOriginalMessage());
        }
        Map<String, String> flat = new TreeMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return flat;
        }
        if (!root.isObject() || root.size() != 1 || !root.has("mailroom")) {
            throw new SettingsException(file + " must hold one section, mailroom:, with the settings under it");
        }
        flatten(root.get("mailroom"), "", flat, file);
        return flat;
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> out, Path file) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            String key = prefix.isEmpty() ? "mailroom" : prefix;
            Key k;
            try {
                k = key(key);
            } catch (SettingsException e) {
                throw new SettingsException(e.getMessage() + " in " + file);
            }
            out.put(k.key(), node.isValueNode() ? node.asString() : node.toString());
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject() && KEYS.stream().noneMatch(k -> k.key().startsWith(key + "."))) {
                throw new SettingsException("unknown setting section " + key + " in " + file + nearest(key));
            }
            flatten(e.getValue(), key, out, file);
        }
    }

    private static String nearest(String key) {
        Key best = null;
        int distance = Integer.MAX_VALUE;
        for (Key k : KEYS) {
            int d = distance(key, k.key());
            if (d < distance) {
                distance = d;
                best = k;
            }
        }
        List<String> known = new ArrayList<>();
        KEYS.forEach(k -> known.add(k.key()));
        return best != null && distance <= Math.max(3, key.length() / 4)
                ? " (did you mean " + best.key() + "?)"
                : " (known settings: " + String.join(", ", known) + ")";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** A setting that is unknown or has a value of the wrong kind. */
    public static final class SettingsException extends IllegalArgumentException {
        public SettingsException(String message) {
            super(message);
        }
    }

    /** Finds a setting by key, for callers that only need to know whether it exists. */
    public static Optional<Key> find(String key) {
        try {
            return Optional.of(key(key));
        } catch (SettingsException e) {
            return Optional.empty();
        }
    }
}
