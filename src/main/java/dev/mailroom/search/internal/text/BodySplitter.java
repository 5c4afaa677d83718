package dev.mailroom.search.internal.text;

/** Placeholder: lines starting with '>' are quoted. */
public final class BodySplitter {
    private BodySplitter() {}

    public record SplitBody(String fresh, String quoted, String signature) {}

    public static SplitBody split(String text) {
        if (text == null) {
            return new SplitBody("", "", "");
        }
        StringBuilder f = new StringBuilder();
        StringBuilder q = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            (line.startsWith(">") ? q : f).append(line).append('\n');
        }
        return new SplitBody(f.toString(), q.toString(), "");
    }
}
