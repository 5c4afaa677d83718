package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;

import java.util.List;

/** Marketing mail: sales and offers that mention prices but ask for nothing to be paid. */
final class Promotions {

    private static final Person GEARLOFT = Person.of("Gearloft Outdoor", "news@gearloft.example", "Europe/Zurich");
    private static final Person BOHNENBAR = Person.of("Bohnenbar Coffee Roasters", "hallo@bohnenbar.example", "Europe/Berlin");
    private static final Person AEROLINA = Person.of("Aerolina", "deals@mail.aerolina.example", "Europe/Lisbon");

    private static final List<String[]> GEAR = List.of(
            new String[] {"Up to 40% off climbing shoes", "The Vertex Pro is now CHF 119.- instead of CHF 169.-, and chalk bags start at CHF 14.90."},
            new String[] {"New in: ultralight rain shells", "Our new Drizzle shell weighs 180 g and packs into its own pocket. From CHF 189.-."},
            new String[] {"Members' weekend: double points", "Collect double points on everything this weekend, plus free shipping from CHF 50."},
            new String[] {"Last chance: harness sale ends tonight", "Harnesses from CHF 59.90. Sale ends at midnight, while stocks last."},
            new String[] {"Your next adventure starts here", "Tents, stoves and sleeping bags for the season ahead - bundles from CHF 249.-."},
            new String[] {"Rope check: is it time for a new one?", "If your rope is older than five years, have a look at our dry ropes from CHF 139.-."},
            new String[] {"Trail running week", "Shoes, vests and poles at 25% off. Plus a free trail run every Saturday from our Zürich store."});

    private static final List<String[]> COFFEE = List.of(
            new String[] {"New harvest: Ethiopia Guji is back", "Floral, peachy and bright. 250 g for EUR 12.90 - roasted on Monday, shipped Tuesday."},
            new String[] {"Our espresso of the month", "A chocolatey Brazil-Colombia blend, EUR 10.50 per 250 g. Subscribers get 15% off."},
            new String[] {"Free grinder with a 6-month subscription", "Subscribe for six months and get our hand grinder (worth EUR 49) on us."},
            new String[] {"Brew guide: the perfect filter", "15 g coffee, 250 g water, 3 minutes. And this month's filter beans for EUR 11.90."},
            new String[] {"Cupping evening in Berlin", "Taste six coffees with our roasters. Tickets EUR 15, includes a bag to take home."},
            new String[] {"Decaf that tastes like coffee", "Swiss-water decaf from Peru, EUR 12.50. Yes, really."});

    private static final List<String[]> FLIGHTS = List.of(
            new String[] {"Lisbon from CHF 79", "Sun, pastéis and tiled streets: fly Zürich-Lisbon from CHF 79 one way."},
            new String[] {"Weekend in Porto? From CHF 89", "Book by Sunday for travel in the next two months."},
            new String[] {"Flash sale: 48 hours only", "20% off all flights to the Canaries. Fares from CHF 119."},
            new String[] {"Upgrade to Aerolina Plus for EUR 25", "Extra legroom, a checked bag and priority boarding on your next trip."},
            new String[] {"Madeira is calling", "Direct flights twice a week from CHF 139. Hiking season is here."},
            new String[] {"Your miles are waiting", "You have 4,210 miles. Redeem them for seats, bags or upgrades."});

    private final MailboxAssembler m;

    Promotions(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        series(GEARLOFT, GEAR, 13, 2, "<offers.gearloft.example>", "https://gearloft.example/unsub?c=77120", "#2e7d32");
        series(BOHNENBAR, COFFEE, 29, 5, "<newsletter.bohnenbar.example>", "https://bohnenbar.example/abmelden/8821", "#6d4c41");
        series(AEROLINA, FLIGHTS, 29, 11, "Aerolina offers <deals.aerolina.example>", "https://aerolina.example/prefs/unsubscribe", "#00838f");
    }

    private void series(Person sender, List<String[]> offers, int every, int offset, String listId, String unsubscribe,
            String colour) {
        int count = 0;
        for (int ago = offset; ago < 180; ago += every) {
            String[] offer = offers.get(count++ % offers.size());
            String html = HtmlMail.page(sender.name(), colour, List.of(
                    "<span style=\"font-size:22px\">" + offer[0] + "</span>", offer[1],
                    "<a href=\"https://" + domain(sender) + "/shop?utm_source=newsletter\" style=\"background:" + colour
                            + ";color:#fff;padding:10px 18px;text-decoration:none\">Shop now</a>"),
                    List.of(), "You are receiving this email because you signed up at " + domain(sender)
                            + ". <a href=\"" + unsubscribe + "\">Unsubscribe</a>");
            MailBuilder mail = m.mail(sender).to(ALEX).subject(offer[0]).at(m.at(ago, 10, m.pick(60)))
                    .list(listId, unsubscribe).category(DemoCategory.PROMOTIONS);
            if (count % 3 == 0) {
                mail.html(html);
            } else {
                mail.alternative(offer[0] + "\n\n" + offer[1] + "\n\nShop now: https://" + domain(sender)
                        + "/shop\n\nUnsubscribe: " + unsubscribe + "\n", html);
            }
            mail.add();
        }
    }

    private static String domain(Person sender) {
        return sender.email().substring(sender.email().indexOf('@') + 1).replace("mail.", "");
    }
}
