package dev.mailroom.cli;

/** Renders a search snippet (HTML-escaped, matches in {@code <mark>}) for a terminal or plain text. */
final class Snippet {

    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private Snippet() {}

    /** {@code text} on one line, cut to {@code width} characters with an ellipsis when longer. */
    static String fit(String text, int width) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= width ? line : line.substring(0, Math.max(0, width - 1)) + "…";
    }

    static String render(String snippet, boolean terminal, int maxChars) {
        String s = snippet;
        if (s.length() > maxChars * 2) {
            s = s.substring(0, maxChars * 2);
        }
        s = s.replace("<mark>", terminal ? BOLD : "**").replace("</mark>", terminal ? RESET : "**");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&");
        return s;
    }
}
