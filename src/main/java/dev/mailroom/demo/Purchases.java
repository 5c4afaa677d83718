package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;

import dev.mailroom.demo.DemoPayment.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-off money mail: invoices (one with a PDF), HTML-only receipts, a refund, an annual renewal
 * and insurance premiums.
 */
final class Purchases {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private static final Person HOLZWERK = Person.of("Holzwerk Möbel GmbH", "rechnung@holzwerk-moebel.example", "Europe/Berlin");
    private static final Person VELOFOOD = Person.of("Velofood", "receipts@velofood.example", "Europe/Zurich");
    private static final Person PAPIER = Person.of("Papier & Pixel", "shop@papier-pixel.example", "Europe/Zurich");
    private static final Person LUMEN = Person.of("Lumen Type Foundry", "accounts@lumentype.example", "America/Chicago");
    private static final Person CLOUDNEST = Person.of("Cloudnest Hosting", "billing@cloudnest.example", "UTC");
    private static final Person HELVETIA = Person.of("Alpina Krankenkasse", "service@alpina-kk.example", "Europe/Zurich");

    private final MailboxAssembler m;

    Purchases(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        sofaInvoice();
        fontLicence();
        deliveries();
        bookshop();
        hostingRenewal();
        insurance();
    }

    private static DemoPayment pay(Kind kind, String amount, String currency, LocalDate due, String reference) {
        return new DemoPayment(kind, new BigDecimal(amount), currency, due, reference);
    }

    private void sofaInvoice() {
        int ago = 44;
        LocalDate issued = m.today().minusDays(ago);
        LocalDate due = issued.plusDays(14);
        String number = "RE-2026-04417";
        byte[] pdf = MinimalPdf.page(List.of(
                "Holzwerk Moebel GmbH - Schreinerweg 7 - 79111 Freiburg",
                "",
                "RECHNUNG " + number,
                "Rechnungsdatum: " + issued.format(GERMAN),
                "Kunde: Alex Morgan, Seefeldstrasse 118, 8008 Zuerich",
                "",
                "1 x Sofa 'Lindau' 3-Sitzer, Eiche geoelt, Bezug Leinen sand   1.049,00 EUR",
                "1 x Lieferung und Montage Schweiz                               200,00 EUR",
                "",
                "Rechnungsbetrag (inkl. 19% MwSt.): 1.249,00 EUR",
                "Zahlbar ohne Abzug bis " + due.format(GERMAN),
                "IBAN DE00 0000 0000 0000 0000 00 - Verwendungszweck: " + number));
        m.mail(HOLZWERK).to(ALEX).subject("Ihre Rechnung " + number).at(m.at(ago, 14, 2)).authenticated()
                .text("""
                        Sehr geehrte Frau Morgan,

                        vielen Dank für Ihren Einkauf bei Holzwerk Möbel. Anbei erhalten Sie die
                        Rechnung %s für Ihr Sofa "Lindau".

                        Rechnungsbetrag: 1.249,00 €
                        Bitte überweisen Sie den Betrag bis zum %s (fällig am %s).

                        Die Lieferung erfolgt in KW %d; unser Logistikpartner meldet sich bei
                        Ihnen für einen Termin.

                        Mit freundlichen Grüßen
                        Ihr Holzwerk-Team
                        """.formatted(number, due.format(GERMAN), due.format(GERMAN),
                        issued.plusWeeks(3).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                .attach("Rechnung_" + number + ".pdf", "application/pdf", pdf)
                .category(DemoCategory.FINANCE).payment(pay(Kind.INVOICE, "1249.00", "EUR", due, number)).add();
    }

    private void fontLicence() {
        int ago = 96;
        LocalDate issued = m.today().minusDays(ago);
        LocalDate due = issued.plusDays(30);
        m.mail(LUMEN).to(ALEX).subject("Invoice LTF-10982 - Halyard Sans desktop + web licence").at(m.at(ago, 16, 20))
                .text("""
                        Hi Alex,

                        Thanks for licensing Halyard Sans for the Harbourlight project.

                        INVOICE LTF-10982
                        Issued:       %s
                        Terms:        Net 30 (due %s)

                        Halyard Sans family, desktop, 5 seats           $486.40
                        Halyard Sans family, web, 500k pageviews/month  $748.00
                        -----------------------------------------------------------
                        Total due                                     $1,234.40

                        Pay by card or bank transfer: https://lumentype.example/pay/LTF-10982

                        Lumen Type Foundry, 1200 Printers Row, Chicago
                        """.formatted(issued.format(US), due.format(US)))
                .category(DemoCategory.FINANCE).payment(pay(Kind.INVOICE, "1234.40", "USD", due, "LTF-10982")).add();
        m.mail(LUMEN).to(ALEX).subject("Payment received for LTF-10982").at(m.at(ago - 6, 11, 5)).automated()
                .text("Hi Alex,\n\nWe received USD 1,234.40 for invoice LTF-10982 (Visa ending 4417). Licence files are"
                        + "\nattached to your account.\n\nThank you!\nLumen Type Foundry\n")
                .category(DemoCategory.FINANCE).payment(pay(Kind.PAYMENT_CONFIRMATION, "1234.40", "USD", null, "LTF-10982")).add();
    }

    private void deliveries() {
        List<String[]> dishes = List.of(
                new String[] {"Pad kra pao, extra spicy", "19.50"}, new String[] {"Margherita (sourdough)", "18.00"},
                new String[] {"Ramen tonkotsu", "22.00"}, new String[] {"Falafel bowl", "16.50"},
                new String[] {"Butter chicken + naan", "24.90"}, new String[] {"Poke bowl salmon", "21.40"},
                new String[] {"Veggie burger + fries", "20.80"}, new String[] {"Pho bo", "19.90"});
        List<String> places = List.of("Baan Thai Kreis 4", "Forno Nero", "Ramen Kaito", "Habibi Kitchen",
                "Delhi Darbar", "Aloha Poke", "Green Patty", "Saigon Street");
        for (int i = 0; i < dishes.size(); i++) {
            int ago = 6 + i * 21 + m.pick(5);
            BigDecimal dish = new BigDecimal(dishes.get(i)[1]);
            BigDecimal total = dish.add(new BigDecimal("4.90"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {dishes.get(i)[0], "CHF " + dish});
            rows.add(new String[] {"Delivery fee", "CHF 4.90"});
            rows.add(new String[] {"<b>Total</b>", "<b>CHF " + total + "</b>"});
            rows.add(new String[] {"Paid with", "Twint"});
            m.mail(VELOFOOD).to(ALEX).subject("Your order from " + places.get(i)).at(m.at(ago, 19, 10 + m.pick(40))).automated()
                    .html(HtmlMail.page("velofood", "#ff5a36", List.of("Enjoy your meal, Alex!",
                            "Your order from <b>" + places.get(i) + "</b> was delivered at "
                                    + (19 + i % 3) + ":" + (10 + i * 6) + "."), rows,
                            "Velofood AG · Order #VF" + (551200 + i * 377) + " · Rate your rider in the app"))
                    .category(DemoCategory.FINANCE).payment(pay(Kind.RECEIPT, total.toPlainString(), "CHF", null, null)).add();
        }
    }

    private void bookshop() {
        int ago = 58;
        List<String[]> rows = List.of(
                new String[] {"A Map of the Tides (paperback)", "CHF 24.90"},
                new String[] {"Grid Systems in Graphic Design", "CHF 58.00"},
                new String[] {"Notebook dotted A5, slate", "CHF 18.50"},
                new String[] {"Shipping", "CHF 0.00"},
                new String[] {"<b>Total</b>", "<b>CHF 101.40</b>"});
        m.mail(PAPIER).to(ALEX).subject("Order confirmation #PP-38817").at(m.at(ago, 21, 14)).automated()
                .html(HtmlMail.page("Papier &amp; Pixel", "#1d3557", List.of("Dear Alex,",
                        "thank you for your order. We'll ship it within two working days."), rows,
                        "Papier &amp; Pixel · Kirchgasse 3 · Zürich · Visa ending 4417"))
                .category(DemoCategory.FINANCE).payment(pay(Kind.RECEIPT, "101.40", "CHF", null, "PP-38817")).add();
        m.mail(PAPIER).to(ALEX).subject("Refund for order #PP-38817").at(m.at(ago - 9, 10, 40)).automated()
                .alternative("""
                        Dear Alex,

                        we're sorry the notebook arrived damaged. We have refunded CHF 18.50 to
                        your Visa ending in 4417. Depending on your bank it can take 3-5 days to
                        appear on your statement.

                        Papier & Pixel
                        """, "<p>Dear Alex,</p><p>we're sorry the notebook arrived damaged. We have refunded "
                        + "<b>CHF 18.50</b> to your Visa ending in 4417.</p><p>Papier &amp; Pixel</p>")
                .category(DemoCategory.FINANCE).payment(pay(Kind.REFUND, "18.50", "CHF", null, "PP-38817")).add();
    }

    private void hostingRenewal() {
        int ago = 10;
        LocalDate renewal = m.today().plusDays(14);
        m.mail(CLOUDNEST).to(ALEX).subject("Your annual plan renews on " + renewal.format(US)).at(m.at(ago, 3, 0))
                .automated()
                .text("""
                        Hi Alex,

                        Your Cloudnest Studio plan (alexmorgan.example portfolio) renews
                        automatically on %s for USD 119.00 per year.

                        Card on file: Visa ending 9052
                        Renewal date: %s

                        No action needed. To change or cancel your plan, visit
                        https://cloudnest.example/billing before the renewal date.

                        - Cloudnest
                        """.formatted(renewal.format(US), renewal.format(ISO)))
                .category(DemoCategory.FINANCE).payment(pay(Kind.RENEWAL, "119.00", "USD", renewal, null)).add();
    }

    private void insurance() {
        for (int quarter = 0; quarter < 2; quarter++) {
            int ago = 16 + quarter * 91;
            LocalDate due = m.today().minusDays(ago).plusDays(30);
            String number = "PR-" + (7730118 + quarter * 4411);
            m.mail(HELVETIA).to(ALEX).subject("Prämienrechnung " + number).at(m.at(ago, 7, 0)).automated()
                    .text("""
                            Guten Tag Alex Morgan

                            Anbei Ihre Prämienrechnung für das nächste Quartal.

                            Versicherten-Nr.:  756.****.**.12
                            Grundversicherung: CHF 1'062.30
                            Zusatz (Hospital): CHF   174.60
                            Total:             CHF 1'236.90
                            Zahlbar bis:       %s

                            Freundliche Grüsse
                            Alpina Krankenkasse
                            """.formatted(due.format(GERMAN)))
                    .category(DemoCategory.FINANCE).payment(pay(Kind.BILL, "1236.90", "CHF", due, number)).add();
        }
    }
}
