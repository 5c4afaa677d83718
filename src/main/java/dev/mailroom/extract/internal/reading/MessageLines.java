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
    /** Whether these are the HTML body's rows and paragraphs rather than the text part's lines. */
    boolean fromHtml;
    private int chars;
    private int bodyStart;
    /** Where the message's own text ends and its PDF attachments' text begins; -1 when nothing follows it. */
    private int bodyEnd = -1;

    static MessageLines of(ParsedMessage parsed) {
        MessageLines m = new MessageLines();
        m.add(parsed.subject() == null ? "" : parsed.subject());
        m.bodyStart = m.lines.size();
        m.forwarded = forwarded(parsed.subject(), parsed.text());
        m.addText(parsed.text());
        m.bodyEnd = m.lines.size();
        for (Attachment a : parsed.attachments()) {
            if (a.text() != null && isPdf(a) && !priceList(a)) {
                m.addText(a.text());
            }
        }
        return m;
    }

    /** The subject and the rows and paragraphs of the HTML body, for mail whose text part says less than its HTML. */
    /** The subject and the body's lines, without the text of attachments: where a signature stands last. */
    List<String> withoutAttachments() {
        return bodyEnd < 0 ? lines : lines.subList(0, bodyEnd);
    }

    static MessageLines ofHtml(ParsedMessage parsed) {
        MessageLines m = new MessageLines();
        m.fromHtml = true;
        m.add(parsed.subject() == null ? "" : parsed.subject());
        m.bodyStart = m.lines.size();
        Document doc = Jsoup.parse(parsed.html().length() > 4 * MAX_CHARS ? parsed.html().substring(0, 4 * MAX_CHARS) : parsed.html());
        List<String> heading = List.of();
        for (Element e : doc.select("tr, p, h1, h2, h3, li, div")) {
            if (e.closest("blockquote") != null) {
                continue; // a reply's quote
            }
            if (e.normalName().equals("div") && (e.select(BLOCKS).size() > 1 || e.closest("tr, p, li") != null)) {
                continue; // a div is read only where it holds the text itself: "Total | 14,49 €" laid out in divs
            }
            if (e.normalName().equals("tr")) {
                if (e.selectFirst("table") != null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                e.children().forEach(c -> cells.add(c.text().strip()));
                if (heading.size() == cells.size()) {
                    // A row under a row of headings: "Rechnungsnummer | Gesamt" over "KOL-0042 | 1.499,00 €"
                    // reads as "Rechnungsnummer: KOL-0042" and "Gesamt: 1.499,00 €".
                    for (int i = 0; i < cells.size(); i++) {
                        if (!heading.get(i).isEmpty() && !cells.get(i).isEmpty()) {
                            m.add(heading.get(i) + ": " + cells.get(i));
                        }
                    }
                    heading = List.of();
                    continue;
                }
                heading = isHeading(cells) ? cells : List.of();
                m.add(String.join("\t", cells));
            } else if (e.normalName().equals("div")) {
                m.add(spaced(e)); // "<span>Total</span><span>14,49 €</span>" reads "Total 14,49 €", not "Total14,49 €"
            } else {
                m.add(e.text());
            }
        }
        return m;
    }

    /** The text of {@code e} with a space between its elements' texts, as a browser lays out side-by-side boxes. */
    private static String spaced(Element e) {
        StringBuilder out = new StringBuilder();
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            String t = n instanceof org.jsoup.nodes.TextNode tn ? tn.text() : n instanceof Element child ? spaced(child) : "";
            if (!t.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(t.strip());
            }
        }
        return out.toString();
    }

    /** The elements inside a div that make it a layout box rather than a line of text (the div itself matches too). */
    private static final String BLOCKS = "div, p, table, tr, li, h1, h2, h3";

    /** Whether a table row is a row of column headings: two or more short cells of words, no figures. */
    private static boolean isHeading(List<String> cells) {
        if (cells.size() < 2) {
            return false;
        }
        int named = 0;
        for (String c : cells) {
            if (c.length() > 30 || c.chars().anyMatch(Character::isDigit) || c.endsWith(":")) {
                return false;
            }
            named += c.chars().anyMatch(Character::isLetter) ? 1 : 0;
        }
        return named >= 2;
    }

    /** Words that title a price list: its prices are offered, never owed. */
    private static final List<String> PRICE_LIST = List.of("price list", "pricelist", "preisliste", "prisliste", "prislista",
            "prijslijst", "liste de prix", "grille tarifaire", "listino prezzi", "lista de precios", "tabela de preços", "cennik");

    /** Whether a PDF is a price list, by its name or its first lines ("Prisliste bredbånd 2025"). */
    private static boolean priceList(Attachment a) {
        String head = ((a.filename() == null ? "" : a.filename().replace('_', ' ').replace('-', ' ')) + "\n"
                + a.text().substring(0, Math.min(a.text().length(), 200))).toLowerCase(Locale.ROOT);
        return Phrases.first(head, PRICE_LIST) != null;
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
        StringBuilder sentence = new StringBuilder();
        while (start <= n && chars < MAX_CHARS) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String line = text.substring(start, end).strip();
            if (line.startsWith(">")) {
                // A reply's quote ("> Amount due: £450.00"): what the other side wrote, not what this mail says. A
                // forward's quote is the document the reader passes on ("Fwd: Your order receipt"), and is read.
                line = forwarded ? QUOTE_MARKS.matcher(line).replaceFirst("") : "";
            }
            if (!sentence.isEmpty() && (continues(sentence, line) || signAlone(sentence, line))) {
                sentence.append(' ').append(line);
            } else {
                if (!sentence.isEmpty()) {
                    add(sentence.toString());
                }
                sentence.setLength(0);
                sentence.append(line);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (!sentence.isEmpty()) {
            add(sentence.toString());
        }
    }

    /** A currency sign alone on its line over the number it belongs to: "₱" / "500.00", as table cells render. */
    private static boolean signAlone(StringBuilder sentence, String next) {
        return sentence.length() <= 3 && !next.isEmpty() && Character.isDigit(next.charAt(0))
                && sentence.chars().allMatch(c -> dev.mailroom.extract.internal.amounts.MoneyScanner.isCurrencySign((char) c)
                        || Character.isUpperCase(c));
    }

    /**
     * Whether {@code next} goes on with the sentence that {@code sentence} ends, as plain text wrapped at
     * 72 or so characters does: "your Visa card xx4321 was" / "used for a transaction of INR 978.00 at …".
     * A label ("Total:") or a finished sentence ends its line; a line of its own starts upper case.
     */
    private static boolean continues(StringBuilder sentence, String next) {
        if (next.isEmpty() || !Character.isLowerCase(next.charAt(0)) || sentence.length() < 30
                || sentence.length() > MAX_LINE) {
            return false;
        }
        char last = sentence.charAt(sentence.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',';
    }

    /** Whether the message forwards another: a subject that says so, or a body that opens the forwarded one. */
    private boolean forwarded;

    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("^(?:>\\s?)+");
    private static final java.util.regex.Pattern FORWARD_SUBJECT = java.util.regex.Pattern.compile(
            "^\\s*(?:fwd?|wg|tr|rv|i|vs|vl|doorgestuurd)\\s*:", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final List<String> FORWARD_BODY = List.of("begin forwarded message", "forwarded message", "doorgestuurd bericht",
            "weitergeleitete nachricht", "message transféré", "mensaje reenviado", "messaggio inoltrato", "videresendt meddelelse",
            "vidarebefordrat meddelande", "videresendt melding", "mensagem encaminhada", "przekazana wiadomość");

    static boolean forwarded(String subject, String text) {
        if (subject != null && FORWARD_SUBJECT.matcher(subject).find()) {
            return true;
        }
        if (text == null) {
            return false;
        }
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        return Phrases.first(head.toLowerCase(Locale.ROOT), FORWARD_BODY) != null;
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
        l = leadersToSpaces(l.strip().replace('\u00a0', ' ')).strip();
        if (l.isEmpty()) {
            return;
        }
        lines.add(l);
        lower.add(lowerSameLength(l));
        chars += l.length();
    }

    /**
     * Dot leaders as spaces, so that a label reads as one: "Invoice due........: 03/16/2026" is "Invoice
     * due          : 03/16/2026". Three dots or more, or an ellipsis; a date's or an amount's single dots stay.
     */
    static String leadersToSpaces(String s) {
        if (s.indexOf("...") < 0 && s.indexOf('…') < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '…') {
                c[i] = ' ';
            } else if (c[i] == '.' && i + 2 < c.length && c[i + 1] == '.' && c[i + 2] == '.') {
                while (i < c.length && c[i] == '.') {
                    c[i++] = ' ';
                }
                i--;
            }
        }
        return new String(c);
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
