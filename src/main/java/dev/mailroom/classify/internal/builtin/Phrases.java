package dev.mailroom.classify.internal.builtin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /** The distinct phrases found in {@code text}, at most {@code limit}, as they appear. */
    List<String> found(String text, int limit) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (found.size() < limit && m.find()) {
            found.add(m.group().strip());
        }
        return List.copyOf(found);
    }

    boolean in(String text) {
        return pattern.matcher(text).find();
    }
}
