package dev.mailroom.ingest.internal.mime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;

/**
 * Collects what was wrong with one message, without duplicates and with a cap so that a message
 * with a million broken base64 lines does not produce a million defects. Also serves as mime4j's
 * {@link DecodeMonitor}: its warnings become defects and never abort parsing.
 */
final class Defects extends DecodeMonitor {

    private static final int MAX = 50;

    /** mime4j warnings about harmless, everyday deviations (Unix line ends, sloppy soft breaks). */
    private static final List<String> NOISE = List.of("Found LF without CR", "Found CR without LF",
            "ignored blanks", "Found non-standard soft line break", "Obsolete header encountered");

    private final Set<String> items = new LinkedHashSet<>();
    private final String prefix;

    Defects() {
        this("");
    }

    private Defects(String prefix) {
        this.prefix = prefix;
    }

    void add(String defect) {
        if (items.size() < MAX) {
            items.add(prefix + defect);
        }
    }

    void addAll(List<String> defects) {
        defects.forEach(this::add);
    }

    @Override
    public boolean warn(String error, String dummy) {
        if (error != null && NOISE.stream().anyMatch(error::startsWith)) {
            return false;
        }
        add(describe(error));
        return false;
    }

    @Override
    public boolean isListening() {
        return true;
    }

    List<String> toList() {
        return new ArrayList<>(items);
    }

    private static String describe(String error) {
        String e = error == null ? "decoding problem" : error;
        String lower = e.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("base64")) {
            return "bad base64 content: " + e;
        }
        if (lower.contains("quoted-printable") || lower.contains("quoted printable")) {
            return "bad quoted-printable content: " + e;
        }
        return e;
    }
}
