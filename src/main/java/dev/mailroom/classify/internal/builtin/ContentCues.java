package dev.mailroom.classify.internal.builtin;

import static dev.mailroom.classify.internal.builtin.Categories.FINANCE;
import static dev.mailroom.classify.internal.builtin.Categories.FORUMS;
import static dev.mailroom.classify.internal.builtin.Categories.PRIMARY;
import static dev.mailroom.classify.internal.builtin.Categories.PROMOTIONS;
import static dev.mailroom.classify.internal.builtin.Categories.SOCIAL;
import static dev.mailroom.classify.internal.builtin.Categories.SPAM;
import static dev.mailroom.classify.internal.builtin.Categories.TRAVEL;
import static dev.mailroom.classify.internal.builtin.Categories.UPDATES;

import java.util.List;
import java.util.regex.Pattern;

/** Cues from the words of the subject and body, and from the shape of the content. */
final class ContentCues {

    private static final Phrases MARKETING = Phrases.of("sale", "\\d+ ?% off", "deals?", "offers?", "discounts?",
            "coupons?", "promo code", "free shipping", "free delivery", "limited time", "shop now", "buy now", "order now",
            "view (this email )?in (your )?browser", "save up to", "up to \\d+ ?%", "last chance", "flash sale",
            "ends (tonight|today|soon|sunday|at midnight)", "while stocks last", "new arrivals", "new in", "exclusive",
            "bestsellers?", "don't miss", "black friday", "cyber monday", "clearance", "special offer", "subscribers get",
            "double points", "from (chf|eur|usd|gbp|€|\\$|£) ?\\d+", "book by", "redeem", "members'? (weekend|sale|prices?)",
            "sweepstakes?", "chance to win", "enter (now|today|daily) (to|for)", "you could win", "register (now|today)",
            "order (yours )?today", "special price");
    private static final Phrases UNSUBSCRIBE = Phrases.of("unsubscribe", "abmelden", "opt[- ]out", "manage (your )?"
            + "(email )?preferences", "email preferences", "you are receiving this (email|message)",
            "you received this (email|message)", "signed up (at|for)", "you (have )?received this (e-?mail|message|newsletter)",
            "because you (have )?(subscribed|signed up|registered|requested)", "to stop receiving", "you('re| are) (currently )?subscribed",
            "your subscription", "subscribed (as|to) ", "to (change|modify) your (subscription|e-?mail settings)",
            "to (be )?remove(d)? (from|yourself)", "leave-[a-z0-9-]+@");
    private static final Phrases LIST_FOOTER = Phrases.of("mailing list", "listinfo", "mailman", "list archives?",
            "to unsubscribe from this (list|group)", "to post to this (list|group)", "google groups", "yahoo! groups",
            "yahoogroups", "list-unsubscribe", "sourceforge\\.net/lists", "lists\\.[a-z0-9.-]+");
    private static final Phrases EDITORIAL = Phrases.of("newsletter", "this week", "weekly", "digest", "edition",
            "in this issue", "read more", "top stories", "this weekend", "what's on", "headlines", "the week in",
            "issue #?\\d+", "roundup", "essays?", "editor", "column", "the weekend", "what's on", "events?",
            "ideas", "our picks", "guide", "and more", "interviews?", "podcast", "case study", "stories", "articles?",
            "links", "reading list", "sponsored by", "forward(ed)? this", "subscribers", "today's (news|headlines)",
            "(daily|weekly|monthly) (newsletter|news|digest|dispatch|update)", "e-?zine", "view this (issue|newsletter)");
    private static final Phrases PERIODICAL = Phrases.of("vol(\\.|ume) ?\\d+,? (no\\.|number|issue) ?\\d+", "issue #?\\d+",
            "\\d+(st|nd|rd|th) issue", "edition \\d+", "in this issue", "in today's issue", "this week's issue",
            "issn \\d{4}-?\\d{3}[\\dx]");
    private static final Phrases AUTOMATED = Phrases.of("this is an automated (response|reply|message)",
            "automatically generated", "auto-?reply", "out of (the )?office", "(do|please do) not reply to this",
            "this (e-?mail|message) was sent automatically", "automated (\\p{L}+ )?(reminder|notice|notification|"
            + "message|response|reply|alert|report)", "undelivered mail", "delivery (status notification|has failed)",
            "could not be delivered", "returned mail", "mail delivery (system|subsystem|failed)", "errors were encountered",
            "^cron <");
    private static final Phrases SOCIAL_WORDS = Phrases.of("mentioned you", "commented on", "friend request",
            "new followers?", "followed you", "started following you", "is following you", "tagged you",
            "liked your", "reacted to", "shared a (post|photo|memory|video)", "sent you a message", "wants to connect",
            "invitation to connect", "accepted your invitation", "connection requests?", "people you may know",
            "viewed your profile", "endorsed you", "new message from",
            "replied to your (comment|post)", "work anniversary", "on your profile", "added \\d+ (new )?photos",
            "friends?' (posts|updates)", "invited you to (join|like)", "friend suggestions?", "appeared in \\d+ searches",
            "profile views?", "retweeted", "reposted", "shared a \\p{L}+ with you");
    private static final Phrases SOCIAL_WEAK = Phrases.of("in your network", "your network", "congratulate",
            "your connections?", "posted in", "memories", "who you know", "new job", "your profile", "recruiters?",
            "followers", "your story", "your stories", "birthdays?", "your post", "your photo");
    private static final Phrases SECURITY = Phrases.of("new (sign-?in|login)", "sign-?in attempt", "password (reset|changed)",
            "reset your password", "verification code", "security alert", "two-factor", "2fa", "confirm your email",
            "was this you", "not you\\?", "account settings", "security settings", "sign out of all devices",
            "suspicious activity", "one-time code", "login code");
    private static final Phrases SHIPPING = Phrases.of("has shipped", "(has been|have been|was|were) shipped", "shipped (to|via|with)", "tracking number", "out for delivery",
            "(was|has been|were|have been) delivered", "delivered to", "your parcel", "your package", "track your", "delivery (window|date|slot)", "on its way",
            "dispatched", "pick-?up point", "parcel", "sendung", "paket");
    private static final Phrases CALENDAR = Phrases.of("invitation:", "updated invitation", "accepted:", "declined:",
            "has invited you", "join (with|the meeting)", "calendar", "rsvp", "view (the )?event", "add to calendar",
            "meeting (invite|invitation)");
    private static final Phrases DEV = Phrases.of("pull request", "merge request", "merged", "\\d+ new commits?",
            "pushed \\d+ commits?", "build (failed|passed|succeeded|fixed)", "pipeline (failed|passed|succeeded)", "ci run",
            "deployment (failed|succeeded)", "you are receiving this because", "reply to this email directly", "view it on",
            "notification settings", "manage your notifications", "review requested", "requested your review",
            "approved (your|this) (pull|merge) request", "assigned to you");
    private static final Phrases FINANCE_WORDS = Phrases.of("invoices?", "receipts?", "\\p{L}*rechnung", "quittung",
            "factures?", "facturas?", "fatturas?", "amount due", "total due", "balance due", "due date", "due on",
            "payments?", "your bill", "bills?", "statements?", "direct debit", "bank transfer", "iban", "refund(ed)?",
            "billing", "order confirmation", "order total", "subtotal", "charged", "card ending", "zahlbar", "fällig",
            "payment method", "transactions?", "overdue", "pay by", "zahlung", "account balance",
            "(didn't|did not|could not|couldn't) go through", "declined", "(could not|couldn't|unable to) charge");
    private static final Phrases FINANCE_WEAK = Phrases.of("total", "vat", "mwst", "paid", "renewal", "renews",
            "premium", "betrag", "amount", "tax", "bank", "subscription", "purchase", "order #?\\w*\\d", "price");
    private static final Phrases HUMAN = Phrases.of("kind regards", "best regards", "best wishes", "warm regards",
            "regards", "cheers", "thanks", "thank you", "dear (mr|ms|mrs|dr)\\.?", "hi \\p{L}+,", "hello \\p{L}+,",
            "hey \\p{L}+", "liebe grüsse", "viele grüsse", "mit freundlichen grüssen", "beste grüsse", "love,",
            "could you", "can you", "let me know", "what do you think", "talk soon", "see you");
    private static final Phrases TRAVEL_WORDS = Phrases.of("booking confirm\\w*", "your booking", "booking (reference|"
            + "number|code)", "reservations?", "itinerary", "boarding pass(es)?", "e-?tickets?", "flights?",
            "departure", "departs?", "check-?in", "check-?out", "hotel", "pnr", "your trip", "your stay", "car rental",
            "confirmation (number|code)");
    private static final Phrases TRAVEL_WEAK = Phrases.of("arrival", "arrives?", "gate", "seat", "terminal", "passengers?",
            "host", "trains?", "platform", "tickets?", "nights?", "guests?", "room", "pick-?up", "travel");
    private static final Phrases SPAM_WORDS = Phrases.of("lottery", "lotto", "you have won", "you('ve| have) been "
            + "selected", "prize", "claim your", "winner", "dear friend", "dear beneficiary", "beneficiary",
            "inheritance", "unclaimed", "next of kin", "wire transfer", "western union", "money ?gram",
            "money transfer", "casino", "viagra", "cialis", "pharmacy", "no prescription", "prescriptions?",
            "weight loss", "lose weight", "work from home", "make money", "earn \\$?\\d+", "100% free", "risk[- ]free",
            "act now", "click here", "click below", "bank details", "processing fee", "million (dollars|usd|euros?)",
            "us\\$ ?\\d", "\\d+x by", "crypto", "bitcoin", "investment opportunity", "guaranteed", "singles", "hot ",
            "verify (now|your account)", "account (has been |will be )?(suspended|closed|locked)", "urgent",
            "kindly", "dear customer", "dear (sir|madam)", "consignment", "barrister", "attorney", "esq\\.?",
            "no credit check", "mortgage", "refinance", "online degree", "meds", "adult", "xxx", "free bonus",
            "insiders", "remove (me|yourself) from", "this is not spam", "multi-?level", "cash bonus", "limited offer",
            "extra income", "best prices?", "discreet", "to be removed", "removal (instructions|link)", "opt-?in list",
            "sent in compliance", "bulk e-?mail", "money back", "satisfaction guaranteed", "no obligation",
            "toll[- ]free", "call now", "order now", "free (gift|trial|quote|info)", "special promotion",
            "this is a one[- ]time (mailing|e-?mail)", "you are receiving this (because|as) you", "cash",
            "financial freedom", "home based business", "increase your", "amazing", "incredible");
    /** Every set above, looked for in one pass over subject and body. */
    private static final PhraseBook BOOK = PhraseBook.of(MARKETING, UNSUBSCRIBE, LIST_FOOTER, EDITORIAL, PERIODICAL,
            AUTOMATED, SOCIAL_WORDS, SOCIAL_WEAK, SECURITY, SHIPPING, CALENDAR, DEV, FINANCE_WORDS, FINANCE_WEAK, HUMAN,
            TRAVEL_WORDS, TRAVEL_WEAK, SPAM_WORDS);
    /** Currency signs and codes that an amount starts with, as in "chf 12" or "$5". */
    private static final String[] CURRENCY_BEFORE = {"chf", "eur", "usd", "gbp", "fr.", "€", "$", "£"};
    /** Currency signs and words that follow an amount, as in "12 eur" or "50 francs". */
    private static final String[] CURRENCY_AFTER = {"chf", "eur", "usd", "gbp", "€", "euro", "euros", "franc", "francs"};
    /** Beyond this many characters a text names money and trips in passing; a receipt or a booking is shorter. */
    private static final int LONG_TEXT = 6_000;
    private static final Pattern SPAM_SUBJECT_TAIL = Pattern.compile("\\S\\s{6,}[\\p{Alnum}-]{3,}\\s*$");

    private ContentCues() {}

    /**
     * Subject and body, with the phrases found in them: {@link #all} is the subject, a line break and
     * the body, and the other methods look at parts of it.
     */
    private record Text(String all, PhraseBook.Scan scan, int subjectEnd) {

        List<String> found(Phrases set, int limit) {
            return scan.found(set, 0, all.length(), limit);
        }

        List<String> inBody(Phrases set, int limit) {
            return scan.found(set, subjectEnd + 1, all.length(), limit);
        }

        /** The subject and the first lines of the body, where a machine says what it is. */
        List<String> inHead(Phrases set, int limit) {
            return scan.found(set, 0, Math.min(all.length(), 1_500), limit);
        }

        boolean inSubject(Phrases set) {
            return scan.in(set, 0, subjectEnd);
        }
    }

    static void apply(Mail mail, Evidence e) {
        String all = mail.all();
        Text text = new Text(all, BOOK.scan(all), mail.subject().length());
        promotional(mail, text, e);
        social(text, e);
        updates(mail, text, e);
        finance(mail, text, e);
        travel(mail, text, e);
        spam(mail, text, e);
        human(mail, text, e);
    }

    private static void promotional(Mail mail, Text text, Evidence e) {
        List<String> marketing = text.found(MARKETING, 6);
        if (!marketing.isEmpty()) {
            e.add(PROMOTIONS, Math.min(3.0, 0.7 * marketing.size()), "Marketing language: " + quote(marketing));
        }
        List<String> unsubscribe = text.found(UNSUBSCRIBE, 2);
        if (!unsubscribe.isEmpty()) {
            e.add(PROMOTIONS, 0.5, "The message offers a way to unsubscribe");
            e.add(UPDATES, 0.5, "The message offers a way to unsubscribe");
            e.add(PRIMARY, -1.0, null);
        }
        List<String> footer = text.inBody(LIST_FOOTER, 3);
        if (!footer.isEmpty()) {
            e.add(FORUMS, 0.8 + 0.3 * footer.size(), "A mailing-list footer: " + quote(footer));
            e.add(PRIMARY, -0.5, null);
        }
        List<String> editorial = text.found(EDITORIAL, 4);
        if (!editorial.isEmpty() && (mail.headers().has("List-Unsubscribe") || !unsubscribe.isEmpty())) {
            e.add(UPDATES, Math.min(2.0, 0.6 * editorial.size()), "Reads like a newsletter: " + quote(editorial));
        }
        List<String> periodical = text.found(PERIODICAL, 2);
        if (!periodical.isEmpty()) {
            e.add(UPDATES, 1.5, "Numbered like a periodical: " + quote(periodical));
            e.add(PRIMARY, -1.0, null);
        }
        String html = mail.message().html();
        if (html != null) {
            int links = countTags(html, "a");
            int images = countTags(html, "img");
            if (links + images >= 8) {
                e.add(PROMOTIONS, 0.8, "Many links and images (" + links + " links, " + images + " images)");
                e.add(PRIMARY, -0.5, null);
            }
            if (mail.message().text() != null && mail.headers().first("Content-Type").orElse("").toLowerCase()
                    .startsWith("text/html")) {
                e.add(PROMOTIONS, 0.3, null);
                e.add(PRIMARY, -0.3, null);
            }
        }
    }

    private static void social(Text text, Evidence e) {
        List<String> words = text.found(SOCIAL_WORDS, 4);
        List<String> weak = text.found(SOCIAL_WEAK, 4);
        if (!words.isEmpty()) {
            List<String> both = new java.util.ArrayList<>(words);
            both.addAll(weak);
            e.add(SOCIAL, Math.min(4.5, 2.2 + 0.9 * (words.size() + 0.5 * weak.size())),
                    "Social-network notification wording: " + quote(both));
        } else if (weak.size() >= 2) {
            e.add(SOCIAL, Math.min(2.4, 0.6 * weak.size()), "Social-network wording: " + quote(weak));
        }
    }

    private static void updates(Mail mail, Text text, Evidence e) {
        List<String> automated = text.inHead(AUTOMATED, 3);
        if (!automated.isEmpty()) {
            e.add(UPDATES, Math.min(3.0, 1.5 * automated.size()), "Written by a machine: " + quote(automated));
            e.add(PRIMARY, -1.5, null);
        }
        addGroup(e, UPDATES, SECURITY, text, 1.2, 3.0, "An account or security notice: ");
        addGroup(e, UPDATES, SHIPPING, text, 0.9, 2.7, "A shipping notice: ");
        addGroup(e, UPDATES, DEV, text, 0.7, 2.8, "A notification from a code or issue tracker: ");
        boolean calendarFile = mail.message().attachments().stream()
                .anyMatch(a -> a.contentType() != null && a.contentType().toLowerCase().startsWith("text/calendar"));
        if (calendarFile || mail.headers().first("Content-Type").orElse("").toLowerCase().contains("text/calendar")) {
            e.add(UPDATES, 2.5, "A calendar invitation is attached");
        } else {
            addGroup(e, UPDATES, CALENDAR, text, 0.8, 2.4, "A calendar notice: ");
        }
    }

    private static void finance(Mail mail, Text text, Evidence e) {
        List<String> strong = text.found(FINANCE_WORDS, 6);
        List<String> weak = text.found(FINANCE_WEAK, 4);
        if (strong.isEmpty() && weak.isEmpty()) {
            return;
        }
        boolean amount = hasAmount(text.all());
        double weight = Math.min(3.6, 0.9 * strong.size()) + Math.min(1.2, 0.3 * weak.size()) + (amount ? 0.8 : 0);
        if (text.inSubject(FINANCE_WORDS)) {
            weight += 1.0;
        } else if (mail.body().length() > LONG_TEXT) {
            weight *= 0.5;
        }
        List<String> words = new java.util.ArrayList<>(strong);
        words.addAll(weak);
        e.add(FINANCE, weight, "Subject and body talk about " + quote(words) + (amount ? " and an amount" : ""));
    }

    /** Greetings, sign-offs and questions that people write and machines seldom do. */
    private static void human(Mail mail, Text text, Evidence e) {
        List<String> found = text.inBody(HUMAN, 3);
        if (!found.isEmpty() && !mail.isList() && !mail.headers().has("List-Unsubscribe")) {
            e.add(PRIMARY, Math.min(1.2, 0.5 * found.size()), "Written the way people write: " + quote(found));
        }
    }

    private static void travel(Mail mail, Text text, Evidence e) {
        List<String> strong = text.found(TRAVEL_WORDS, 5);
        if (strong.isEmpty()) {
            return;
        }
        List<String> words = new java.util.ArrayList<>(strong);
        words.addAll(text.found(TRAVEL_WEAK, 4));
        double weight = Math.min(3.6, 0.6 * words.size());
        if (!text.inSubject(TRAVEL_WORDS) && mail.body().length() > LONG_TEXT) {
            weight *= 0.5;
        }
        e.add(TRAVEL, weight, "Talks about a trip: " + quote(words));
    }

    private static void spam(Mail mail, Text text, Evidence e) {
        List<String> words = text.found(SPAM_WORDS, 6);
        if (!words.isEmpty()) {
            e.add(SPAM, Math.min(4.0, 0.8 * words.size()), "Typical spam wording: " + quote(words));
        }
        String subject = mail.message().subject() == null ? "" : mail.message().subject();
        long letters = subject.chars().filter(Character::isLetter).count();
        long upper = subject.chars().filter(Character::isUpperCase).count();
        if (letters >= 10 && upper > 0.7 * letters) {
            e.add(SPAM, 1.2, "The subject is written in capitals");
        }
        if (mail.message().subject() != null && SPAM_SUBJECT_TAIL.matcher(mail.message().subject()).find()) {
            e.add(SPAM, 1.5, "The subject ends in padding and a tracking code, as bulk mailers write it");
        }
        String to = mail.message().to().isEmpty() ? "" : String.valueOf(mail.message().to().get(0).address()).toLowerCase();
        if (!mail.fromAddress().isEmpty() && to.equals(mail.fromAddress()) && !mail.isReply()) {
            e.add(SPAM, 1.0, "Sent to the sender's own address, the other recipients hidden");
        }
        if (subject.contains("!!") || subject.contains("$$")) {
            e.add(SPAM, 1.0, "The subject shouts: " + subject);
        }
        int marks = 0;
        String whole = text.all();
        for (int i = whole.indexOf('!'); i >= 0; i = whole.indexOf('!', i + 1)) {
            marks++;
        }
        if (marks >= 6) {
            e.add(SPAM, 0.7, "Many exclamation marks (" + marks + ")");
        }
    }

    private static void addGroup(Evidence e, String category, Phrases phrases, Text text, double each, double cap,
            String reason) {
        List<String> found = text.found(phrases, 5);
        if (!found.isEmpty()) {
            e.add(category, Math.min(cap, each * found.size()), reason + quote(found));
        }
    }

    /** How many tags named {@code name} (lower case) open in {@code html}, as {@code <a href=...>}. */
    static int countTags(String html, String name) {
        int n = 0;
        int length = name.length();
        for (int i = html.indexOf('<'); i >= 0 && i + length + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i + 1, name, 0, length) && isSpace(html.charAt(i + length + 1))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /**
     * Whether lower-case {@code text} names an amount of money: a currency before a number ("chf 12",
     * "$5", "€ 3.50") or after one ("12 eur", "1'000.- francs", "5€").
     */
    static boolean hasAmount(String text) {
        for (String currency : CURRENCY_BEFORE) {
            for (int i = text.indexOf(currency); i >= 0; i = text.indexOf(currency, i + 1)) {
                int j = i + currency.length();
                if (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
                if (j < text.length() && isDigit(text.charAt(j))) {
                    return true;
                }
            }
        }
        for (String currency : CURRENCY_AFTER) {
            for (int i = text.indexOf(currency); i >= 0; i = text.indexOf(currency, i + 1)) {
                int end = i + currency.length();
                if (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && Character.isLetter(currency.charAt(0))) {
                    continue;
                }
                int k = i - 1;
                if (k >= 0 && text.charAt(k) == ' ') {
                    k--;
                }
                while (k >= 0 && "',.-–".indexOf(text.charAt(k)) >= 0) {
                    k--;
                }
                if (k >= 0 && isDigit(text.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String quote(List<String> phrases) {
        return "\"" + String.join("\", \"", phrases) + "\"";
    }
}
