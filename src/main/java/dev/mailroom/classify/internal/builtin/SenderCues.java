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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cues from who sent the message: known sender kinds, role addresses, names that look human. */
final class SenderCues {

    private static final List<String> SOCIAL_DOMAINS = List.of("facebookmail.com", "facebook.com", "linkedin.com",
            "twitter.com", "x.com", "instagram.com", "pinterest.com", "reddit.com", "redditmail.com", "meetup.com",
            "strava.com", "tiktok.com", "snapchat.com", "tumblr.com", "quora.com", "nextdoor.com", "discord.com",
            "xing.com", "goodreads.com", "flickr.com", "myspace.com", "bsky.app", "threads.net", "vk.com",
            "whatsapp.com", "telegram.org", "mastodon.social", "couchsurfing.com", "friendster.com", "classmates.com");
    private static final List<String> PAYMENT_DOMAINS = List.of("paypal.com", "paypal.de", "paypal.co.uk", "stripe.com",
            "squareup.com", "wise.com", "transferwise.com", "revolut.com", "venmo.com", "klarna.com", "adyen.com",
            "twint.ch", "n26.com", "chase.com", "bankofamerica.com", "wellsfargo.com", "citibank.com", "americanexpress.com",
            "intuit.com", "quickbooks.com", "xero.com", "freshbooks.com");
    private static final List<String> TRAVEL_DOMAINS = List.of("booking.com", "airbnb.com", "expedia.com", "hotels.com",
            "tripadvisor.com", "kayak.com", "ryanair.com", "easyjet.com", "lufthansa.com", "swiss.com", "united.com",
            "delta.com", "aa.com", "britishairways.com", "klm.com", "airfrance.com", "emirates.com", "sbb.ch", "db.de",
            "bahn.de", "trainline.com", "amtrak.com", "hertz.com", "sixt.com", "europcar.com", "tripit.com", "agoda.com");
    private static final List<String> SHOP_DOMAINS = List.of("amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr",
            "ebay.com", "etsy.com", "zalando.com", "aliexpress.com", "walmart.com", "target.com", "bestbuy.com", "ikea.com",
            "galaxus.ch", "digitec.ch", "otto.de", "asos.com", "hm.com", "zara.com", "uniqlo.com", "shein.com", "temu.com");
    private static final Pattern NO_REPLY = Pattern.compile("(^|[-_.+])(no-?reply|do-?not-?reply|donotreply|noreply|do-?not-?use|donotuse)([-_.+]|$)");
    private static final Pattern NOTIFY = Pattern.compile("(^|[-_.+])(notifications?|notify|alerts?|updates?|tracking|"
            + "automated|mailer-daemon|postmaster|calendar|system|robot|bot|jira|bugzilla|github|gitlab|builds?|ci|root|nobody|cron|"
            + "daemon|rss|feeds?|rssfeeds|advisory|advisories|announce|announcements?|bulletin|reminders?|webmaster)([-_.+]|$)");
    private static final Pattern FINANCE_ROLE = Pattern.compile("(^|[-_.+])(billing|invoices?|invoicing|receipts?|bills?|"
            + "payments?|accounts|accounting|statements?|rechnung|rechnungen|factur\\w*|banking|konto)([-_.+]|$)");
    private static final Pattern TRAVEL_ROLE = Pattern.compile("(^|[-_.+])(bookings?|reservations?|tickets?|travel|"
            + "itinerary|checkin|check-in|flights?|trips?)([-_.+]|$)");
    private static final Pattern MARKETING_ROLE = Pattern.compile("(^|[-_.+])(news|newsletters?|deals|offers|"
            + "marketing|promo|promotions|sales|shop|store|offers?|angebote)([-_.+]|$)");
    private static final Pattern LIST_ROLE = Pattern.compile("(-request|-bounces|-admin|-owner|^owner-|-l)$|^(ecartis|majordomo|"
            + "listserv|listproc|ezmlm|sympa|listar|mailman)$");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(inc|ltd|llc|gmbh|ag|sa|plc|corp|co|team|support|"
            + "service|services|customer|news|newsletter|store|shop|club|bank|account|accounts|billing|security|admin|"
            + "administrator|office|desk|alerts?|notifications?|via|the|online|mail|mailbox|info|hosting|cloud|tickets|"
            + "direct|winners|deals|offers|daily|weekly|digest|magazine|report|group|community|members|bot|notify|nic|network|"
            + "announcements?|media|institute|party|tips|topic|daemon|system|systems|press|foundation|project|association|"
            + "society|university|center|centre|council|committee|department|agency|web|net|tech|software|solutions|labs|"
            + "digital|internet|radio|tv|enews|dispatch|catchup|list|mailer|delivery|postmaster|reminders?|updates?)\\b");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}\\.?)?(\\s+(van|von|de|da|"
            + "del|der|di|le|la|st\\.?|\\p{Lu}[\\p{L}'’-]+)){1,3}$|^\\p{Lu}[\\p{L}'’-]+,\\s*\\p{Lu}[\\p{L}'’-]+$");
    private static final List<String> FREE_MAIL = List.of("gmail.com", "googlemail.com", "yahoo.com", "hotmail.com",
            "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "gmx.de", "gmx.net",
            "gmx.ch", "web.de", "proton.me", "protonmail.com", "yandex.ru", "mail.ru", "bluewin.ch", "fastmail.com",
            "zoho.com", "free.fr", "orange.fr", "t-online.de", "libero.it", "earthlink.net", "comcast.net", "yahoo.co.uk");
    private static final Pattern DOMAIN_IN_NAME = Pattern.compile("([a-z0-9-]+\\.)+(com|net|org|info|biz|de|ch|uk|io)\\b");

    private SenderCues() {}

    private static final Pattern PERIODICAL_NAME = Pattern.compile("(?i)\\b(e?news|newsletters?|digest|dispatch|daily|"
            + "weekly|monthly|tips|report|bulletin|alerts?|updates?|e-?zine|magazine|journal|gazette|headlines)\\b");
    private static final Pattern SHOP_NAME = Pattern.compile("(?i)\\b(store|shop|deals|offers|sales|outlet)\\b");
    private static final Pattern MACHINE_LOCAL = Pattern.compile("^(?=.*\\d.*\\d.*\\d.*\\d)[a-z0-9._+#=-]{20,}$");

    static void apply(Mail mail, Evidence e) {
        knownDomains(mail, e);
        roles(mail, e);
        senderKind(mail, e);
        person(mail, e);
        displayNameMismatch(mail, e);
    }

    private static void knownDomains(Mail mail, Evidence e) {
        String domain = mail.fromDomain();
        matchDomain(domain, SOCIAL_DOMAINS).ifPresentOrElse(d -> e.add(SOCIAL, 3.5, "From a known social network: " + d),
                () -> {
                    if (domain.contains("mastodon")) {
                        e.add(SOCIAL, 3.0, "From a Mastodon server: " + domain);
                    }
                });
        matchDomain(domain, PAYMENT_DOMAINS).ifPresent(d -> e.add(FINANCE, 2.5, "From a known payment or banking service: " + d));
        matchDomain(domain, TRAVEL_DOMAINS).ifPresent(d -> e.add(TRAVEL, 2.5, "From a known travel company: " + d));
        matchDomain(domain, SHOP_DOMAINS).ifPresent(d -> {
            e.add(PROMOTIONS, 1.5, "From a known online shop: " + d);
            e.add(PRIMARY, -1.0, null);
        });
    }

    static java.util.Optional<String> matchDomain(String domain, List<String> known) {
        return known.stream().filter(k -> domain.equals(k) || domain.endsWith("." + k)).findFirst();
    }

    private static void roles(Mail mail, Evidence e) {
        String local = mail.localPart();
        if (NO_REPLY.matcher(local).find()) {
            e.add(UPDATES, 1.0, "Sent from a no-reply address: " + mail.fromAddress());
            e.add(PRIMARY, -2.0, null);
        } else if (NOTIFY.matcher(local).find()) {
            e.add(UPDATES, 1.0, "Sent from a notification address: " + mail.fromAddress());
            e.add(PRIMARY, -1.5, null);
        }
        if (FINANCE_ROLE.matcher(local).find()) {
            e.add(FINANCE, 1.5, "Sent from a billing address: " + mail.fromAddress());
            e.add(PRIMARY, -1.0, null);
        }
        if (TRAVEL_ROLE.matcher(local).find()) {
            e.add(TRAVEL, 1.2, "Sent from a booking address: " + mail.fromAddress());
            e.add(PRIMARY, -1.0, null);
        }
        if (MARKETING_ROLE.matcher(local).find()) {
            e.add(PROMOTIONS, 0.6, "Sent from a marketing or company address: " + mail.fromAddress());
            e.add(UPDATES, 0.3, null);
            e.add(PRIMARY, -0.8, null);
        }
        if (LIST_ROLE.matcher(local).find()) {
            e.add(FORUMS, 0.8, "Sent from a mailing-list address: " + mail.fromAddress());
            e.add(PRIMARY, -1.0, null);
        }
    }

    /** What the display name and the address say of the sender: a periodical, a shop, a machine. */
    private static void senderKind(Mail mail, Evidence e) {
        String name = mail.fromName();
        if (PERIODICAL_NAME.matcher(name).find()) {
            e.add(UPDATES, 1.0, "The sender's name is a newsletter's or a news service's: " + name);
            e.add(PRIMARY, -1.0, null);
        }
        if (SHOP_NAME.matcher(name).find()) {
            e.add(PROMOTIONS, 1.0, "The sender's name is a shop's: " + name);
            e.add(PRIMARY, -1.0, null);
        }
        if (MACHINE_LOCAL.matcher(mail.localPart()).matches()) {
            e.add(UPDATES, 0.6, "Sent from a machine-made address: " + mail.fromAddress());
            e.add(PROMOTIONS, 0.6, null);
            e.add(PRIMARY, -1.5, null);
        }
        var m = mail.message();
        boolean undisclosed = m.to().isEmpty() && m.cc().isEmpty()
                || mail.header("To").contains("undisclosed") || mail.header("To").contains("recipient list");
        if (undisclosed) {
            e.add(PRIMARY, -1.0, null);
        }
    }

    /** A display name like "Nadia Keller" is a person; "Kestrel Mobile Ltd" or "The Margin" is not. */
    static boolean looksLikePerson(String name) {
        String n = name.replace("\"", "").strip();
        return !n.isEmpty() && n.length() <= 40 && PERSON_NAME.matcher(n).matches() && !ORGANISATION.matcher(n).find();
    }

    private static void person(Mail mail, Evidence e) {
        if (looksLikePerson(mail.fromName())) {
            e.add(PRIMARY, 1.0, "The sender's name looks like a person: " + mail.fromName());
        }
        String domain = mail.fromDomain();
        if (matchDomain(domain, FREE_MAIL).isPresent()) {
            e.add(PRIMARY, 0.5, "Sent from a personal mailbox provider: " + domain);
        }
    }

    /** "PayPal Service" sending from an unrelated domain, or a name that carries another address. */
    private static void displayNameMismatch(Mail mail, Evidence e) {
        String name = mail.fromName().toLowerCase(Locale.ROOT);
        String domain = mail.fromDomain();
        Matcher m = DOMAIN_IN_NAME.matcher(name);
        if (m.find() && !domain.isEmpty()) {
            String named = m.group();
            if (!domain.endsWith(named) && !named.endsWith(domain)) {
                e.add(SPAM, 1.5, "The sender's name shows " + named + " but the mail comes from " + domain);
            }
        }
        for (String brand : List.of("paypal", "apple", "amazon", "microsoft", "netflix", "ebay", "bank of america",
                "wells fargo", "chase", "dhl", "fedex", "ups")) {
            if (Pattern.compile("\\b" + brand + "\\b").matcher(name).find() && !domain.replace("-", "").contains(brand.replace(" ", ""))) {
                e.add(SPAM, 1.5, "The sender's name claims to be " + brand + " but the mail comes from " + domain);
                break;
            }
        }
    }
}
