package dev.mailroom.extract.internal.payees;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a sender into a merchant name: the From display name without legal forms and department
 * words ({@code "Netflix Billing"} and {@code "Holzwerk Möbel GmbH"} become {@code Netflix} and
 * {@code Holzwerk Möbel}), else the sender's domain ({@code billing@mail.netflix.com} becomes
 * {@code Netflix}). Stateless and thread-safe.
 */
public final class PayeeNames {

    /** The name used when nothing names a payee. */
    public static final String UNKNOWN = "Unknown";

    private static final Set<String> LEGAL = Set.of("inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "limited", "gmbh", "ag",
            "sa", "s.a.", "sas", "sarl", "s.a.r.l.", "srl", "s.r.l.", "spa", "s.p.a.", "b.v.", "bv", "n.v.", "nv", "plc",
            "corp", "corp.", "corporation", "co.", "kg", "e.k.", "oy", "ab", "aps", "as", "a/s", "pty", "s.l.", "sl",
            "gmbh.", "ug", "se", "lp", "llp", "&", "co", "company", "kft", "sp.", "z.o.o.", "sce", "lda", "lda.", "ltda", "ltda.", "slu", "s.l.u.", "a.s.", "k.s.", "s.r.o.", "sro",
            "pte", "pte.", "bhd", "bhd.", "sdn", "pvt", "pvt.", "tbk", "tbk.", "kft.", "zrt", "zrt.", "nyrt", "nyrt.", "oü",
            "oyj", "asa", "sia", "uab", "d.o.o.", "doo", "d.d.", "s.a.s.", "sasu", "eurl", "ohg", "mbh", "e.v.", "s/a",
            "s.a.c.", "sac", "c.v.", "s.a.b.", "a.ş.", "gie", "k.k.");
    private static final Set<String> NOISE = Set.of("billing", "bills", "receipts", "receipt", "invoices", "invoice",
            "invoicing", "payments", "payment", "no-reply", "noreply", "no_reply", "donotreply", "do-not-reply", "team",
            "support", "notifications", "notification", "notify", "accounts", "account", "service", "services",
            "customer", "care", "customers", "info", "news", "mailer", "orders", "order", "shop", "store", "sales",
            "members", "membership", "rechnung", "rechnungen", "buchhaltung", "administratie", "administration", "accounting", "boekhouding",
            "comptabilité", "contabilidad", "amministrazione", "kundenservice", "kundendienst",
            "facturation", "factures", "fatturazione", "facturación", "online", "de", "the", "your", "from", "via", "-",
            "|", "konto", "mail", "email", "e-mail", "hello", "contact", "confirmation", "confirmations", "alerts", "alert", "notificaciones", "notificações", "notifiche",
            "benachrichtigungen", "avisos", "alertas", "ledenadministratie", "ledenservice", "klantenservice", "mitgliederverwaltung",
            "verwaltungsteam", "verwaltung", "rechnungswesen", "clientes", "clienti", "servizio", "kundservice", "kundeservice",
            "kundesenter", "asiakaspalvelu", "laskutus", "fakturering", "fakturace", "fakturácia", "facturare",
            "ügyfélszolgálat", "számlázás", "faturamento", "faturação", "atendimento", "fakturowanie", "rozliczenia");
    /**
     * Words after a brand that say where or in what line it trades: "Telekom Deutschland", "E.ON Energia",
     * "Citi Cards". Left out only when the words before them are the sender's domain, so "Air France" and
     * "Deutsche Bank" stay whole.
     */
    private static final Set<String> QUALIFIERS = Set.of("deutschland", "germany", "österreich", "austria", "schweiz",
            "suisse", "svizzera", "switzerland", "polska", "poland", "españa", "espana", "spain", "italia", "italy", "france",
            "nederland", "netherlands", "belgium", "belgië", "belgique", "sverige", "sweden", "norge", "norway", "danmark",
            "denmark", "suomi", "finland", "australia", "canada", "india", "japan", "nigeria", "uk", "usa", "us", "brasil",
            "brazil", "méxico", "mexico", "argentina", "chile", "colombia", "perú", "peru", "portugal", "ireland", "hungary",
            "magyarország", "česko", "czech", "slovakia", "românia", "romania", "hellas", "türkiye", "turkey", "kenya",
            "singapore", "malaysia", "indonesia", "philippines", "korea", "europe", "international", "global", "group",
            "seguros", "versicherung",
            "versicherungen", "assurance", "assurances", "assicurazioni", "cards", "card", "business", "telecom",
            "hospedagem", "restaurant", "restaurante", "ristorante");
    private static final Set<String> SUBDOMAINS = Set.of("mail", "email", "e", "em", "m", "info", "news", "billing",
            "account", "accounts", "my", "www", "mailer", "notify", "notifications", "service", "send", "mg", "bounce",
            "pay", "payments", "invoice", "invoices", "shop", "store", "members", "reply", "noreply", "no-reply", "mx",
            "emails", "customer", "e-mail", "smtp", "post", "newsletter", "orders", "receipts", "secure", "support");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "ne", "or", "gv", "edu");

    /** Words a card descriptor adds to the merchant's name: "TRAMLINE SUBSCRIPTION", "NETFLIX.COM BILL". */
    private static final Set<String> DESCRIPTOR_NOISE = Set.of("subscription", "billing", "bill", "payment", "payments",
            "purchase", "pos", "www", "-", "|", "suc", "suc.", "sucursal", "filial", "branch");

    /** Where a card descriptor ends with the place it was made: "UBER INDIA", "AMAZON US". */
    private static final Set<String> COUNTRIES = Set.of("india", "ind", "in", "usa", "us", "uk", "gb", "gbr", "cri", "cr",
            "de", "deu", "fr", "fra", "es", "esp", "it", "ita", "ch", "che", "ca", "can", "au", "aus", "ie", "irl", "nl", "nld",
            "lu", "lux", "be", "bel", "cyp", "cy", "sg", "sgp", "mx", "mex", "br", "bra", "jp", "jpn", "za", "zaf");

    /** Department words that Japanese senders write straight after the name: ワクワクポン運営事務局. */
    private static final List<String> JAPANESE_OFFICES = List.of("の領収書", "の請求書", "のご請求", "運営事務局", "事務局", "カスタマーサポート", "サポートセンター",
            "お客様センター", "運営チーム", "経理部", "オンラインショップ");
    /** Japanese legal forms, written before or after the name: 株式会社ミドリ企画, ミドリ企画株式会社. */
    private static final List<String> JAPANESE_LEGAL = List.of("株式会社", "有限会社", "合同会社", "(株)", "（株）", "㈱");

    private PayeeNames() {}

    /**
     * The merchant a card or account notice names: the descriptor after "at", "en", "Info:"…, cut at
     * the run of spaces or the word that ends it ("UBER EATS   SAN JOSE   CRI", "APPLE.COM/BILL"),
     * without a trailing country and written as a name ("Uber Eats", "Apple"); empty when nothing
     * usable is left.
     */
    /** A town and a two-letter state or country after a descriptor's name: ", Albuquerque NM". */
    private static final java.util.regex.Pattern TOWN_AND_STATE = java.util.regex.Pattern.compile(", [\\p{L} .'-]{2,30}\\b\\p{Lu}{2}$");
    /** A signature's separator line: "--", "——". */
    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("[-–—_ ]*");
    /** Where a signature's line parts the business from its address or department. */
    private static final java.util.regex.Pattern SIGNATURE_PARTS = java.util.regex.Pattern.compile("\\s[|–—]\\s|\\s-\\s|,\\s|\\t");

    public static String ofDescriptor(String descriptor) {
        String s = java.text.Normalizer.normalize(descriptor, java.text.Normalizer.Form.NFKC).strip();
        if (s.regionMatches(true, 0, "at ", 0, 3)) {
            s = s.substring(3).strip(); // "Where: at SUPERS #240"
        }
        int gap = s.indexOf("  ");
        if (gap > 0) {
            s = s.substring(0, gap);
        }
        int star = s.lastIndexOf('*');
        if (star > 0 && star <= 7 && star + 1 < s.length()) {
            s = s.substring(star + 1); // a payment service's prefix: "SQ *BLUE HERON", "PAYPAL *KITEWAY"
        }
        s = s.replaceAll("(?i)^vpa\\s+\\S+@\\S+\\s+", ""); // a UPI address before the name it belongs to
        int paren = s.indexOf(" (");
        if (paren > 0) {
            s = s.substring(0, paren); // "Shariful (Mobile no. ending 0000)"
        }
        int dash = s.indexOf(" - ");
        if (dash > 0) {
            s = s.substring(0, dash); // "PIER 49 PIZZA - SALT": the merchant, then its place
        }
        s = TOWN_AND_STATE.matcher(s).replaceFirst(""); // "Whole Foods Market, Albuquerque NM": its town and state
        s = s.replace(',', ' ');
        int number = s.indexOf(" #");
        if (number > 0) {
            s = s.substring(0, number); // a store number and what follows: "TRUE VALUE #0023 in DESTIN"
        }
        s = s.replaceAll("[.,;:!]+$", "");
        s = s.replaceAll("(?i)\\.(com|net|org|co\\.uk|de|in)(/\\S*)?$", "").replaceAll("[*]", " ").strip();
        List<String> words = new ArrayList<>(List.of(s.split("\\s+")));
        words.removeIf(w -> w.isEmpty() || DESCRIPTOR_NOISE.contains(w.toLowerCase(Locale.ROOT)));
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).chars().filter(Character::isDigit).count() >= 3) {
                words.subList(i, words.size()).clear(); // a store number and its town: "WOOLWORTHS 1234 SYDNEY", "ŻABKA Z1234 WARSZAWA"
                break;
            }
        }
        while (words.size() > 1 && (COUNTRIES.contains(words.getLast().toLowerCase(Locale.ROOT))
                || words.getLast().chars().anyMatch(Character::isDigit))) {
            words.removeLast(); // a trailing country or store number: "CORNER STORE 1234", "AMAZON US"
        }
        while (!words.isEmpty() && LEGAL.contains(words.getLast().toLowerCase(Locale.ROOT))) {
            words.removeLast();
        }
        while (words.size() > 1 && Set.of("at", "on", "in", "am", "el", "le").contains(words.getLast().toLowerCase(Locale.ROOT))) {
            words.removeLast(); // the descriptor runs on into when and where: "… TEST_RECIPIENT at"
        }
        if (words.isEmpty() || words.stream().noneMatch(w -> w.chars().anyMatch(Character::isLetter))) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            boolean shouting = w.equals(w.toUpperCase(Locale.ROOT));
            b.append(shouting && w.length() > 1 ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
        }
        return b.toString();
    }

    /** The payee for a sender with display name {@code name} (or null) at {@code address} (or null). */
    public static String of(String name, String address) {
        String fromName = name == null ? "" : clean(name);
        if (!fromName.isEmpty() && !fromName.contains("@")) {
            return address == null ? fromName : withoutQualifiers(fromName, address);
        }
        String fromDomain = address == null ? "" : fromDomain(address);
        return fromDomain.isEmpty() ? UNKNOWN : fromDomain;
    }

    /**
     * A display name or merchant line without legal forms, department words and quotes; empty when
     * nothing is left.
     */
    private static final Set<String> DANGLING = Set.of("and", "&", "und", "et", "y", "e", "of", "for", "the");

    public static String clean(String name) {
        String s = name.strip();
        if (s.length() > 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
            s = s.substring(1, s.length() - (s.charAt(s.length() - 1) == s.charAt(0) ? 1 : 0));
        }
        int at = s.indexOf(" at ");
        if (at > 0 && s.toLowerCase(Locale.ROOT).startsWith("billing")) {
            s = s.substring(at + 4);
        }
        for (String separator : List.of(" - ", " – ", " | ", " via ")) {
            int cut = s.indexOf(separator);
            if (cut >= 2) {
                s = s.substring(0, cut); // "Deliveboo - Team 6", "Gestcondo Porto | Administração"
            }
        }
        List<String> words = new ArrayList<>(List.of(s.split("[\\s,]+")));
        words.removeIf(String::isEmpty);
        // Department words stand around the name ("The Dodo Team", "Netflix Billing"), not inside it
        // ("Test Invoice Company" is a name).
        boolean trimmed = true;
        while (trimmed && !words.isEmpty()) {
            trimmed = false;
            if (NOISE.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
                words.removeFirst();
                trimmed = true;
            } else if (NOISE.contains(words.getLast().toLowerCase(Locale.ROOT)) || legalEnding(words)) {
                words.removeLast();
                trimmed = true;
            } else if (words.size() > 1 && DANGLING.contains(words.getLast().toLowerCase(Locale.ROOT))) {
                words.removeLast(); // what department words leave: "BC Registries and Online Services"
                trimmed = true;
            }
        }
        if (words.size() == 1) {
            words.set(0, withoutWebSuffix(words.getFirst()));
        }
        String joined = String.join(" ", words).strip();
        for (String office : JAPANESE_OFFICES) {
            if (joined.endsWith(office) && joined.length() > office.length()) {
                joined = joined.substring(0, joined.length() - office.length()).strip();
                break;
            }
        }
        for (String legal : JAPANESE_LEGAL) {
            if (joined.startsWith(legal) && joined.length() > legal.length()) {
                joined = joined.substring(legal.length()).strip();
            } else if (joined.endsWith(legal) && joined.length() > legal.length()) {
                joined = joined.substring(0, joined.length() - legal.length()).strip();
            }
        }
        return joined.length() > 60 ? joined.substring(0, 60).strip() : joined;
    }

    /**
     * The brand of a display name that adds where or in what line it trades: "Telekom Deutschland" from
     * telekom.de is Telekom, "Umeå Energi Kundservice" from umeaenergi.se is Umeå Energi. The words kept
     * must spell the sender's domain.
     */
    static String withoutQualifiers(String name, String address) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || !QUALIFIERS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return name;
        }
        String domain = plain(fromDomain(address)).replaceAll("[^\\p{L}\\d]", "");
        int keep = words.length - 1;
        while (keep > 1 && QUALIFIERS.contains(words[keep - 1].toLowerCase(Locale.ROOT))) {
            keep--;
        }
        for (int k = keep; k >= 1; k--) {
            String brand = plain(String.join("", java.util.Arrays.copyOf(words, k))).replaceAll("[^\\p{L}\\d]", "");
            if (brand.length() >= 2 && brand.equals(domain)) {
                return String.join(" ", java.util.Arrays.copyOf(words, k));
            }
        }
        return name;
    }

    /**
     * Whether the last word is a legal form: "Ltd", "GmbH", and "Company" or "Co" only after "&" or
     * "and" ("Smith & Co"), since "New Company" is a name.
     */
    private static boolean legalEnding(List<String> words) {
        String last = words.getLast().toLowerCase(Locale.ROOT);
        if (!LEGAL.contains(last)) {
            return false;
        }
        if (last.equals("company") || last.equals("co") || last.equals("co.")) {
            String before = words.size() > 1 ? words.get(words.size() - 2).toLowerCase(Locale.ROOT) : "";
            return before.equals("&") || before.equals("and");
        }
        return true;
    }

    /** "Amazon.co.uk" as a sender's name is the shop Amazon. */
    private static String withoutWebSuffix(String word) {
        return word.replaceFirst("(?i)^([\\p{L}\\d-]{2,})\\.(com|net|co\\.uk|co\\.jp|com\\.au|de|fr|es|it|nl|ch|at|ca|in)$", "$1");
    }

    /** {@code billing@mail.netflix.com} gives {@code Netflix}; {@code rechnung@holzwerk-moebel.de} gives {@code Holzwerk Moebel}. */
    public static String fromDomain(String address) {
        int at = address.lastIndexOf('@');
        String domain = address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        String[] labels = domain.split("\\.");
        if (labels.length < 2) {
            return "";
        }
        int last = labels.length - 1;
        int name = last - 1;
        if (name > 0 && labels[last].length() == 2 && SECOND_LEVEL.contains(labels[name])) {
            name--;
        }
        while (name > 0 && SUBDOMAINS.contains(labels[name])) {
            name--;
        }
        return title(labels[name]);
    }

    /**
     * The business a person's mail is signed for, when it shares a word with the sender's domain: "Josh Keane |
     * Brightside Web Studio" from brightsideweb.com.au, or a display name "Hannah Whitlock" whose signature's
     * next line is "Whitlock Copywriting" (whitlockcopy.co.uk). Null when nothing says so.
     *
     * @param lines the message's lines, in order
     */
    public static String signedBusiness(String displayName, String address, List<String> lines) {
        if (displayName == null || displayName.isBlank() || address == null) {
            return null;
        }
        String domain = plain(fromDomain(address)).replace(" ", "");
        if (domain.length() < 4) {
            return null;
        }
        String[] parts = displayName.strip().split("\\s[|–—]\\s|\\s-\\s");
        if (parts.length == 2) {
            for (int k = 0; k < 2; k++) {
                String part = parts[k].strip();
                if (personLike(parts[1 - k].strip()) && titled(part) && sharesWord(part, domain)) {
                    return clean(part);
                }
            }
        }
        String person = displayName.strip();
        if (!personLike(person) || domain.contains(plain(person).replaceAll("[^\\p{L}\\d]", ""))) {
            return null; // "La Poste Mobile" from lapostemobile.fr is the brand, not a person
        }
        String given = person.split("\\s+")[0];
        for (int i = lines.size() - 2; i >= Math.max(0, lines.size() - 12); i--) {
            String signed = lines.get(i).strip();
            if (!signed.equalsIgnoreCase(person) && !signed.equalsIgnoreCase(given)) {
                continue;
            }
            // The next two lines, past a "--" separator: "IT-Service Brandt", "Studio Vlam | Oudegracht 211 |
            // Utrecht", "Accounts, Harbour Lane Catering", "Atelier Morel Graphisme – 06 72 18 44 90".
            int seen = 0;
            for (int j = i + 1; j < lines.size() && seen < 2; j++) {
                String next = lines.get(j).strip();
                if (SEPARATOR.matcher(next).matches()) {
                    continue;
                }
                seen++;
                for (String piece : SIGNATURE_PARTS.split(next)) {
                    String part = piece.strip();
                    if (!part.equalsIgnoreCase(person) && titled(part) && sharesWord(part, domain)) {
                        String name = clean(part);
                        return name.isEmpty() || name.equals(UNKNOWN) ? null : name;
                    }
                }
            }
        }
        return null;
    }

    /** Two or three capitalised words of letters alone, as a person's name is written: "Hannah Whitlock". */
    private static boolean personLike(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("\\p{Lu}[\\p{Ll}'’-]+")) {
                return false;
            }
        }
        return true;
    }

    /** A short name in title case, of letters and "&": "Whitlock Copywriting", "Estudio Ramírez Diseño". */
    private static boolean titled(String name) {
        if (name.length() > 60 || !name.matches("\\p{Lu}[\\p{L}&'’ -]*")) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!w.equals("&") && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of {@code name} of four letters or more stands in {@code domain}: "Whitlock" in "whitlockcopy". */
    private static boolean sharesWord(String name, String domain) {
        for (String word : plain(name).split("[^\\p{L}\\d]+")) {
            if (word.length() >= 4 && domain.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents: "Ramírez" is "ramirez". */
    private static String plain(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String title(String label) {
        StringBuilder b = new StringBuilder();
        for (String part : label.split("[-_]")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
