package dev.mailroom.extract.internal.reading;

import dev.mailroom.extract.BillingPeriod;
import dev.mailroom.extract.internal.dates.DateScanner;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Finds an invoice or reference number, the last digits of an account or card, and the billing period. */
final class References {

    private static final List<String> NUMBER_LABELS = List.of("invoice number", "invoice no", "invoice #", "invoice:",
            "invoice", "rechnungsnummer", "rechnungs-nr", "rechnung nr", "rechnung", "order number", "order no", "order #",
            "order", "receipt number", "receipt no", "receipt #", "receipt:", "receipt", "beleg", "booking reference",
            "confirmation number", "confirmation code", "reference number", "reference", "referenz", "ref.", "ref:",
            "ticket no", "ticket number", "e-ticket", "facture n°", "numéro de facture", "facture", "fattura n", "fattura",
            "factura nº", "factura", "policy number", "bestellnummer", "auftragsnummer", "kundennummer", "numéro de commande",
            "n° de commande", "número de pedido", "número do pedido", "pedido", "fatura", "invoice id", "order id", "注文番号", "factuurnummer", "factuur",
            "ordernummer", "fakturanummer", "faktura nr", "faktura", "ordrenummer", "ordre", "numer faktury", "numer zamówienia", "transaction id", "заказ", "订单号", "订单");
    private static final List<String> LAST4_LABELS = List.of("ending in", "ending with", "ending", "endet auf",
            "endziffern", "endend auf", "se terminant par", "terminant par", "che termina con", "terminada en",
            "terminando en", "last four digits", "last 4 digits", "slutter på", "slutar på", "slutter med", "eindigend op",
            "eindigt op", "terminado em", "kończącej się na", "cartão final", "cartao final", "terminación", "con terminación");
    private static final List<String> PERIOD_LABELS = List.of("billing period", "for the period", "service period",
            "abrechnungszeitraum", "zeitraum", "période", "periodo", "period");

    /**
     * Labels that only name the document: a year after them is the year it covers, not its number
     * ("Jahresabrechnung 2025", "Invoice 2026 for services"), where "Invoice no. 2025" is a number.
     */
    private static final java.util.Set<String> DOCUMENT_NAMES = java.util.Set.of("invoice", "rechnung", "facture",
            "fattura", "factura", "fatura", "factuur", "faktura");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    private References() {}

    static String invoiceNumber(List<String> lines, List<String> lower) {
        for (int i = 0; i < lines.size(); i++) {
            String low = lower.get(i);
            for (String label : NUMBER_LABELS) {
                int at = Phrases.find(low, label, 0);
                while (at >= 0) {
                    int end = at + label.length();
                    boolean partOfWord = Character.isLetter(label.charAt(label.length() - 1)) && end < low.length()
                            && Character.isLetter(low.charAt(end));
                    boolean inLink = at > 0 && low.charAt(at - 1) == '/';
                    String token = partOfWord || inLink ? null : token(lines.get(i), end);
                    if (token == null && !partOfWord && !inLink && i + 1 < lines.size() && endsLine(low, end)) {
                        // The label alone on its line, the number in the next (a table cell of its own).
                        token = token(lines.get(i + 1), 0);
                        if (token != null && token.length() < lines.get(i + 1).strip().length()) {
                            token = null;
                        }
                    }
                    if (token != null && !(YEAR.matcher(token).matches() && DOCUMENT_NAMES.contains(label))) {
                        return token;
                    }
                    at = Phrases.find(low, label, at + 1);
                }
            }
        }
        return null;
    }

    /** Whether nothing but separators follows {@code p} on the line. */
    private static boolean endsLine(String low, int p) {
        for (int i = p; i < low.length(); i++) {
            if (" \t:#°º.".indexOf(low.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The reference token after a label: letters, digits and dashes with at least one digit. */
    private static String token(String s, int p) {
        int i = skipSeparators(s, p);
        for (String word : List.of("no.", "nr.", "no ", "nr ", "n°", "nº", "number ")) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                i = skipSeparators(s, i + word.length());
                break;
            }
        }
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_'
                || s.charAt(i) == '/' || (s.charAt(i) == '.' && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1))))) {
            i++;
        }
        String token = s.substring(start, i);
        if (token.length() < 3 || token.length() > 32 || token.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        return token;
    }

    private static int skipSeparators(String s, int p) {
        int i = p;
        while (i < s.length() && i < p + 8 && " \t:#°º/|.]\u00a0：】".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The last digits of a card or account, at most four: "ending in 1234", "**** 1234", "IBAN … 5678". */
    static String accountLast4(List<String> lower) {
        for (String low : lower) {
            for (String label : LAST4_LABELS) {
                int at = Phrases.find(low, label, 0);
                if (at >= 0) {
                    String digits = digitsAfter(low, at + label.length(), 6);
                    if (digits != null) {
                        return digits;
                    }
                }
            }
        }
        for (String low : lower) {
            String masked = masked(low);
            if (masked != null) {
                return masked;
            }
        }
        for (String low : lower) {
            java.util.regex.Matcher m = CARD_STAR.matcher(low);
            if (m.find()) {
                return m.group(2);
            }
        }
        return null;
    }

    /** A card named with one mask character before its last four digits: "Visa *4242", "Amex •1005". */
    private static final java.util.regex.Pattern CARD_STAR = java.util.regex.Pattern.compile(
            "\\b(visa|mastercard|amex|american express|discover|maestro|card)\\s*[*•●]\\s?(\\d{4})\\b");

    private static String digitsAfter(String s, int p, int reach) {
        int i = p;
        while (i < s.length() && i < p + reach && !Character.isDigit(s.charAt(i))) {
            if (Character.isLetter(s.charAt(i)) && s.charAt(i) != 'x') {
                return null;
            }
            i++;
        }
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i - start < 2 || i - start > 6) {
            return null;
        }
        return s.substring(Math.max(start, i - 4), i);
    }

    /** {@code ****1234}, {@code •••• 1234}, {@code xxxx-1234}, {@code account x1234}, {@code iban … 5678}. */
    private static String masked(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isMask(c) || (i > 0 && (isMask(s.charAt(i - 1)) || Character.isLetterOrDigit(s.charAt(i - 1))))) {
                continue;
            }
            int e = i;
            while (e < s.length() && (isMask(s.charAt(e)) || (s.charAt(e) == ' ' && e + 1 < s.length() && isMask(s.charAt(e + 1))))) {
                e++;
            }
            int run = e - i;
            boolean xOnly = s.substring(i, e).chars().allMatch(ch -> ch == 'x');
            if (run < 2 && !(xOnly && namesAccount(s.substring(Math.max(0, i - 24), i)))) {
                continue;
            }
            int d = e < s.length() && (s.charAt(e) == ' ' || s.charAt(e) == '-') ? e + 1 : e;
            int de = d;
            while (de < s.length() && Character.isDigit(s.charAt(de))) {
                de++;
            }
            if (de - d >= 2 && de - d <= 4 && (de == s.length() || !Character.isLetterOrDigit(s.charAt(de)))) {
                return s.substring(d, de);
            }
        }
        return null;
    }

    private static boolean namesAccount(String before) {
        return before.contains("account") || before.contains("card") || before.contains("konto") || before.contains("compte");
    }

    private static boolean isMask(char c) {
        return c == '*' || c == '•' || c == '·' || c == 'x' || c == '…' || c == '●' || c == '∙';
    }

    static BillingPeriod period(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference) {
        for (int i = 0; i < lines.size(); i++) {
            String label = Phrases.first(lower.get(i), PERIOD_LABELS);
            if (label == null) {
                continue;
            }
            String line = lines.get(i);
            int from = lower.get(i).indexOf(label) + label.length();
            DateScanner.Found start = DateScanner.absolute(line, from, from + 40, dayFirst, reference);
            if (start != null) {
                DateScanner.Found end = DateScanner.absolute(line, start.end(), start.end() + 40, dayFirst, reference);
                if (end != null && !end.date().isBefore(start.date())) {
                    return new BillingPeriod(start.date(), end.date());
                }
            }
            YearMonth month = DateScanner.monthYear(line, from, from + 40);
            if (month != null) {
                return new BillingPeriod(month.atDay(1), month.atEndOfMonth());
            }
        }
        return null;
    }
}
