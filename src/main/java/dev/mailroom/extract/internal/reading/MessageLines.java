package dev.mailroom.extract.internal.reading;

import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.ParsedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The lines a payment is read from: the subject, the text body, the text of PDF attachments, and
 * (when asked) the rows of the HTML body's tables with their cells separated by tabs, which is how
 * most receipts state their total. Each line has a lower-case twin of the same length.
 */
final class MessageLines {

    /** Long bodies are read this far: totals and due dates stand near the top of payment mail. */
    static final int MAX_CHARS = 60_000;
    private static final int MAX_LINE = 400;

    final List<String> lines = new ArrayList<>();
    final List<String> lower = new ArrayList<>();
    private int chars;
    private int bodyStart;

    static MessageLines of(ParsedMessage parsed) {
        MessageLines m = new MessageLines();
        m.add(parsed.subject() == null ? "" : parsed.subject());
        m.bodyStart = m.lines.size();
        m.addText(parsed.text());
        for (Attachment a : parsed.attachments()) {
            if (a.text() != null && isPdf(a)) {
                m.addText(a.text());
            }
        }
        return m;
    }

    /** The subject and the rows and paragraphs of the HTML body, for mail whose text part says less than its HTML. */
    static MessageLines ofHtml(ParsedMessage parsed) {
        MessageLines m = new MessageLines();
        m.add(parsed.subject() == null ? "" : parsed.subject());
        m.bodyStart = m.lines.size();
        Document doc = Jsoup.parse(parsed.html().length() > 4 * MAX_CHARS ? parsed.html().substring(0, 4 * MAX_CHARS) : parsed.html());
        for (Element e : doc.select("tr, p, h1, h2, h3, li")) {
            if (e.normalName().equals("tr")) {
                if (e.selectFirst("table") != null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                e.children().forEach(c -> cells.add(c.text().strip()));
                m.add(String.join("\t", cells));
            } else {
                m.add(e.text());
            }
        }
        return m;
    }

    private static boolean isPdf(Attachment a) {
        return a.contentType().equals("application/pdf")
                || (a.filename() != null && a.filename().toLowerCase(Locale.ROOT).endsWith(".pdf"));
    }

    private void addText(String text) {
        if (text == null) {
            return;
        }
        int start = 0;
        int n = text.length();
        while (start <= n && chars < MAX_CHARS) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            add(text.substring(start, end));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
    }

    private void add(String line) {
        String rest = line;
        // A body that lost its line breaks (flowed HTML turned text) runs on for thousands of
        // characters: read it in pieces cut at a space, not just its first piece.
        while (rest.length() > MAX_LINE && chars < MAX_CHARS) {
            int cut = rest.lastIndexOf(' ', MAX_LINE);
            if (cut < MAX_LINE / 2) {
                cut = MAX_LINE;
            }
            addLine(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        addLine(rest);
    }

    private void addLine(String line) {
        String l = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
        l = l.strip().replace('\u00a0', ' ');
        if (l.isEmpty()) {
            return;
        }
        lines.add(l);
        lower.add(lowerSameLength(l));
        chars += l.length();
    }

    /** Lower case char by char, so that indexes in the lower-case line are indexes in the line. */
    static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** All lower-case lines, joined by newlines, for phrase search. */
    String lowerText() {
        return String.join("\n", lower.subList(bodyStart, lower.size()));
    }

    /** The lower-case subject, empty when there is none. */
    String lowerSubject() {
        return bodyStart == 0 ? "" : lower.getFirst();
    }
}
