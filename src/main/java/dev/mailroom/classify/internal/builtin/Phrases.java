package dev.mailroom.classify.internal.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A group of phrases that point the same way, matched as whole words in lower-cased text. */
final class Phrases {

    private final Pattern pattern;

    private Phrases(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Phrases given as regular expressions (without groups that capture). */
    static Phrases of(String... phrases) {
        return new Phrases(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")(?![\\p{L}\\p{N}])"));
    }

    /**
     * The distinct phrases found in {@code text}, at most {@code limit}, as they first appear; a plural
     * and its singular ("offer", "offers") count once.
     */
    List<String> found(String text, int limit) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = pattern.matcher(text);
        while (found.size() < limit && m.find()) {
            String phrase = m.group().strip();
            found.putIfAbsent(phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase, phrase);
        }
        return List.copyOf(found.values());
    }

    boolean in(String text) {
        return pattern.matcher(text).find();
    }
}
