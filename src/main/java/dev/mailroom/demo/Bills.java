package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;

import dev.mailroom.demo.DemoPayment.Kind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The monthly bills of six months: electricity, internet, phone, streaming, gym, cloud storage and
 * a design tool, each sender with its own language, amount format and way of naming the due date.
 */
final class Bills {

    private static final int MONTHS = 6;
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    static final Person LIMMAT = Person.of("Limmat Energie AG", "rechnung@limmat-energie.example", "Europe/Zurich");
    static final Person FIBRIO = Person.of("Fibrio", "billing@fibrio.example", "Europe/Zurich");
    static final Person KESTREL = Person.of("Kestrel Mobile", "bills@kestrelmobile.example", "Europe/London");
    static final Person STREAMBERRY = Person.of("Streamberry", "info@account.streamberry.example", "UTC");
    static final Person PULSE = Person.of("Pulse Athletic Club", "members@pulse-athletic.example", "Europe/Zurich");
    static final Person DATENFASS = Person.of("Datenfass Cloud", "konto@datenfass.example", "Europe/Berlin");
    static final Person SKETCHPAD = Person.of("Sketchpad Pro", "receipts@sketchpad.example", "America/Los_Angeles");

    private final MailboxAssembler m;

    Bills(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        for (int month = 0; month < MONTHS; month++) {
            electricity(month);
            internet(month);
            phone(month);
            streaming(month);
            gym(month);
            cloudStorage(month);
            designTool(month);
        }
    }

    private static int daysAgo(int base, int month) {
        return base + 30 * month;
    }

    private LocalDate day(int daysAgo) {
        return m.today().minusDays(daysAgo);
    }

    private static DemoPayment pay(Kind kind, String amount, String currency, LocalDate due, String reference) {
        return new DemoPayment(kind, new BigDecimal(amount), currency, due, reference);
    }

    private void electricity(int month) {
        int ago = daysAgo(3, month);
        LocalDate due = day(ago).plusDays(30);
        String amount = List.of("92.35", "104.10", "118.60", "121.45", "99.80", "87.40").get(month);
        String number = "AK-" + (2604118 - month * 117);
        List<String> paragraphs = List.of(
                "Guten Tag Alex Morgan",
                "Ihre Akontorechnung für den Zeitraum " + day(ago).withDayOfMonth(1).format(GERMAN) + " bis "
                        + day(ago).withDayOfMonth(1).plusMonths(1).minusDays(1).format(GERMAN)
                        + " ist bereit. Der Betrag wird per eBill bzw. Einzahlungsschein beglichen.",
                "<b>Rechnungsbetrag: CHF " + amount + "</b>, fällig am " + due.format(GERMAN) + ".",
                "Freundliche Grüsse<br>Ihre Limmat Energie AG");
        List<String[]> rows = List.of(
                new String[] {"Rechnungsnummer", number},
                new String[] {"Kundennummer", "204-558-871"},
                new String[] {"Verbrauchsstelle", "Seefeldstrasse 118, 8008 Zürich"},
                new String[] {"Akontobetrag Strom", "CHF " + amount},
                new String[] {"Zahlbar bis", due.format(GERMAN)});
        String footer = "Limmat Energie AG · Kundendienst 044 000 00 00 · Diese E-Mail wurde automatisch erstellt.";
        m.mail(LIMMAT).to(ALEX).subject("Ihre Rechnung " + number + " von Limmat Energie")
                .at(m.at(ago, 6, 12)).authenticated().automated()
                .alternative(HtmlMail.text(paragraphs, rows, footer), HtmlMail.page("Limmat Energie", "#0b6e4f", paragraphs, rows, footer))
                .category(DemoCategory.FINANCE).payment(pay(Kind.BILL, amount, "CHF", due, number)).add();
    }

    private void internet(int month) {
        int ago = daysAgo(9, month);
        LocalDate due = day(ago).plusDays(20);
        String number = "FB-" + (88120 + (MONTHS - month) * 31);
        m.mail(FIBRIO).to(ALEX).subject("Your Fibrio bill is ready").at(m.at(ago, 8, 0)).automated()
                .text("""
                        Hello Alex,

                        Your bill for Fibrio Home 1000 is ready.

                        Invoice number:  %s
                        Customer ID:     FI-3310-27
                        Amount due:      CHF 59.–
                        Due date:        %s

                        We'll debit the amount from your account ending in 0781 on the due date.
                        You can view the full invoice at https://my.fibrio.example/invoices.

                        Fibrio - fast internet, fair prices.
                        """.formatted(number, due.format(US)))
                .category(DemoCategory.FINANCE).payment(pay(Kind.BILL, "59.00", "CHF", due, number)).add();
        int paidAgo = ago - 19;
        if (paidAgo > 0) {
            m.mail(FIBRIO).to(ALEX).subject("Payment received - thank you").at(m.at(paidAgo, 9, 30)).automated()
                    .text("""
                            Hello Alex,

                            We received your payment of CHF 59.00 for invoice %s. Thank you!
                            Paid with: direct debit, account ending in 0781.

                            Your Fibrio team
                            """.formatted(number))
                    .category(DemoCategory.FINANCE).payment(pay(Kind.PAYMENT_CONFIRMATION, "59.00", "CHF", null, number)).add();
        }
    }

    private void phone(int month) {
        int ago = daysAgo(12, month);
        LocalDate due = day(ago).plusDays(14);
        String amount = List.of("16.20", "14.50", "21.85", "14.50", "18.05", "14.50").get(month);
        String html = HtmlMail.page("Kestrel Mobile", "#3a2d7d", List.of(
                "Hi Alex, your bill for " + day(ago).format(DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH)) + " is ready.",
                "Total to pay: <b>£" + amount + "</b>. We'll collect it by Direct Debit on or just after "
                        + due.format(UK) + "."), List.of(
                new String[] {"Plan: Kestrel 20GB SIM-only", "£12.00"},
                new String[] {"Roaming (EU day passes)", "£" + new BigDecimal(amount).subtract(new BigDecimal("12.00"))},
                new String[] {"Account", "****6620"}), "Kestrel Mobile Ltd, Leeds. Manage your account in the app.");
        m.mail(KESTREL).to(ALEX).subject("Your Kestrel Mobile bill is ready").at(m.at(ago, 5, 40)).automated().authenticated()
                .html(html).category(DemoCategory.FINANCE).payment(pay(Kind.BILL, amount, "GBP", due, "****6620")).add();
        if (month == 0) {
            m.mail(KESTREL).to(ALEX).subject("Reminder: your bill is due soon").at(m.at(ago - 9, 10, 0)).automated()
                    .text("""
                            Hi Alex,

                            Just a heads-up: your Kestrel Mobile bill of £%s is due in 5 days.
                            There's nothing to do if your Direct Debit is set up - we'll collect it
                            automatically.

                            Kestrel Mobile
                            """.formatted(amount))
                    .category(DemoCategory.FINANCE).payment(pay(Kind.BILL, amount, "GBP", day(ago - 9).plusDays(5), "****6620")).add();
        }
    }

    private void streaming(int month) {
        int ago = daysAgo(15, month);
        if (month == 2) {
            Instant failed = m.at(ago, 4, 10);
            LocalDate friday = day(ago).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
            m.mail(STREAMBERRY).to(ALEX).subject("Your payment didn't go through").at(failed).automated()
                    .alternative("""
                            Hi Alex,

                            We couldn't process your payment of £9.99 for Streamberry Premium.
                            Your Visa ending in 4417 was declined (card expired).

                            Please update your payment details by Friday to keep watching without
                            interruption: https://streamberry.example/account/payment
                            """, "<p>Hi Alex,</p><p>We couldn't process your payment of <b>£9.99</b> for Streamberry Premium."
                            + " Your Visa ending in 4417 was declined (card expired).</p><p>Please <a href=\"https://streamberry.example"
                            + "/account/payment\">update your payment details</a> by Friday to keep watching.</p>")
                    .category(DemoCategory.FINANCE).payment(pay(Kind.FAILED_PAYMENT, "9.99", "GBP", friday, null)).add();
            ago -= 2;
        }
        String card = month > 2 ? "4417" : "9052";
        m.mail(STREAMBERRY).to(ALEX).subject("Your Streamberry receipt").at(m.at(ago, 4, 12)).automated()
                .html(HtmlMail.page("Streamberry", "#c2185b", List.of("Thanks for being a member, Alex.",
                        "We've charged <b>£9.99</b> to your Visa •••• " + card + "."), List.of(
                        new String[] {"Streamberry Premium (1 month)", "£9.99"},
                        new String[] {"VAT included", "£1.67"},
                        new String[] {"Total", "<b>£9.99</b>"}), "Streamberry · Questions? streamberry.example/help"))
                .category(DemoCategory.FINANCE).payment(pay(Kind.RECEIPT, "9.99", "GBP", null, null)).add();
    }

    private void gym(int month) {
        int ago = daysAgo(1, month);
        LocalDate friday = day(ago).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        String number = "PAC-" + day(ago).getYear() + "-" + String.format("%04d", 812 + (MONTHS - month) * 97);
        m.mail(PULSE).to(ALEX).subject("Membership fee " + day(ago).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)))
                .at(m.at(ago, 7, 45))
                .text("""
                        Hi Alex,

                        Your monthly membership fee is due. Please transfer CHF 89.00 by Friday
                        to keep your access card active.

                        Invoice:   %s
                        Member:    Alex Morgan (no. 10442)
                        Amount:    CHF 89.00
                        IBAN:      CH93 0000 0000 0000 0000 0 (Pulse Athletic Club)

                        New this month: the Saturday morning mobility class at 9:00.

                        See you on the floor,
                        The Pulse team
                        """.formatted(number))
                .category(DemoCategory.FINANCE).payment(pay(Kind.INVOICE, "89.00", "CHF", friday, number)).add();
    }

    private void cloudStorage(int month) {
        int ago = daysAgo(20, month);
        m.mail(DATENFASS).to(ALEX).subject("Zahlungsbestätigung / Payment confirmation").at(m.at(ago, 2, 5)).automated()
                .text("""
                        Hallo Alex,

                        vielen Dank! Wir haben EUR 12 für Datenfass Plus (2 TB) von deiner
                        Mastercard mit den Endziffern 3309 abgebucht.

                        Hi Alex, thanks! We charged EUR 12 for Datenfass Plus (2 TB) to your
                        Mastercard ending in 3309.

                        Beleg / Receipt: DF-%s
                        """.formatted(70331 + (MONTHS - month) * 13))
                .category(DemoCategory.FINANCE).payment(pay(Kind.RECEIPT, "12", "EUR", null, null)).add();
    }

    private void designTool(int month) {
        int ago = daysAgo(25, month);
        String receipt = "SP-" + Long.toString(4_200_017L + (MONTHS - month) * 7919L, 36).toUpperCase(Locale.ROOT);
        m.mail(SKETCHPAD).to(ALEX).subject("[Sketchpad] Receipt " + receipt).at(m.at(ago, 18, 30)).automated().authenticated()
                .text("""
                        Sketchpad Pro - Receipt %s

                        Plan           Pro (monthly)
                        Amount paid    USD 10.00
                        Payment        Mastercard ending 3309
                        Billing period %s - %s

                        Thanks for designing with Sketchpad.
                        """.formatted(receipt, day(ago).format(US), day(ago).plusMonths(1).format(US)))
                .category(DemoCategory.FINANCE).payment(pay(Kind.RECEIPT, "10.00", "USD", null, receipt)).add();
    }
}
