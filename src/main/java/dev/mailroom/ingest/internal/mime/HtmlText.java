package dev.mailroom.ingest.internal.mime;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * HTML as readable plain text: block elements and {@code <br>} become line breaks, paragraphs and
 * headings are separated by a blank line, list items start with "- ", and links keep their target
 * as {@code text (https://url)} unless the text already is the URL.
 */
final class HtmlText {

    private static final Set<String> SKIP = Set.of("script", "style", "head", "title", "noscript", "template", "svg");
    private static final Set<String> BLOCK = Set.of("div", "ul", "ol", "table", "tr", "blockquote", "pre", "section",
            "article", "header", "footer", "nav", "aside", "form", "address", "dl", "dt", "dd", "center", "main",
            "figure", "fieldset", "hr", "li", "tbody", "thead", "tfoot", "body", "html");
    private static final Set<String> PARAGRAPH = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlText() {}

    static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        Collector c = new Collector();
        c.traverse(doc.body() == null ? doc : doc.body());
        return tidy(c.out);
    }

    private static final class Collector implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        int pre;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (SKIP.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "br" -> out.append('\n');
                case "li" -> {
                    newline();
                    out.append("- ");
                }
                case "td", "th" -> {
                    if (!atLineStart()) {
                        out.append('\t');
                    }
                }
                case "pre" -> {
                    newline();
                    pre++;
                }
                default -> {
                    if (PARAGRAPH.contains(tag)) {
                        blankLine();
                    } else if (BLOCK.contains(tag)) {
                        newline();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                appendLink(e);
            } else if (tag.equals("pre")) {
                pre--;
                newline();
            } else if (PARAGRAPH.contains(tag)) {
                blankLine();
            } else if (BLOCK.contains(tag)) {
                newline();
            }
            return FilterResult.CONTINUE;
        }

        private void appendLink(Element a) {
            String href = a.attr("href").trim();
            if (href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)) {
                return;
            }
            String text = a.text().trim();
            String bare = href.regionMatches(true, 0, "mailto:", 0, 7) ? href.substring(7) : href;
            if (text.equalsIgnoreCase(href) || text.equalsIgnoreCase(bare) || text.isEmpty() && bare.isEmpty()) {
                return;
            }
            if (text.isEmpty()) {
                out.append(bare);
            } else {
                out.append(" (").append(bare).append(')');
            }
        }

        private void appendText(String text) {
            if (pre > 0) {
                out.append(text);
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (!atLineStart() && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        private void newline() {
            trimTrailingSpace();
            if (!atLineStart()) {
                out.append('\n');
            }
        }

        private void blankLine() {
            newline();
            if (out.length() >= 2 && out.charAt(out.length() - 2) != '\n') {
                out.append('\n');
            }
        }

        private void trimTrailingSpace() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }
    }

    /** Trims each line's end, keeps at most one blank line in a row, trims the whole. */
    private static String tidy(StringBuilder s) {
        StringBuilder b = new StringBuilder(s.length());
        int blank = 0;
        for (String line : s.toString().split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.isEmpty()) {
                if (++blank > 1) {
                    continue;
                }
            } else {
                blank = 0;
            }
            b.append(l).append('\n');
        }
        return b.toString().strip();
    }
}
