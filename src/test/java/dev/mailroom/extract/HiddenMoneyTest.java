package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.testing.TestMail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Payments whose sum is easy to miss: in the HTML alternative of a text part that holds none, written
 * with no currency at all, or with its currency in its label; and notices that name a sum without it
 * being paid, or a failed payment that called an order off.
 */
class HiddenMoneyTest {

    private final PaymentExtractor extractor = new PaymentExtractor(Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC));

    private List<ExtractedPayment> find(TestMail mail) {
        byte[] raw = mail.date("Tue, 10 Mar 2026 09:12:00 +0000").bytes();
        return extractor.find(IngestService.parseMessage(raw, null), IngestService.headerSection(raw));
    }

    private List<ExtractedPayment> find(String from, String subject, String body) {
        return find(TestMail.message().from(from).subject(subject).body(body));
    }

    /** A multipart/alternative message whose text part says {@code text} and whose HTML part is {@code html}. */
    private static TestMail alternative(String from, String subject, String text, String html) {
        String body = "--b1\nContent-Type: text/plain; charset=utf-8\n\n" + text + "\n--b1\nContent-Type: text/html; charset=utf-8\n\n"
                + html + "\n--b1--\n";
        return TestMail.message().from(from).subject(subject).header("MIME-Version", "1.0")
                .header("Content-Type", "multipart/alternative; boundary=\"b1\"").body(body);
    }

    private static void assertOne(List<ExtractedPayment> found, PaymentKind kind, String amount, String currency) {
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.amount()).isEqualByComparingTo(amount);
            assertThat(p.currency()).isEqualTo(currency);
        });
    }

    @Test
    void aReceiptInTheHtmlShouldBeReadWhenTheTextPartHoldsNoSum() {
        String html = "<html><body><h1>Receipt</h1><table><tr><td>Widget</td><td>$40.00</td></tr><tr><td>Tax</td><td>$5.00</td></tr>"
                + "<tr><td><b>Total</b></td><td><b>$45.00</b></td></tr></table><p>Paid with Visa ending 4242</p></body></html>";
        TestMail mail = alternative("Shopco <orders@shopco.com>", "Your Shopco receipt",
                "Your email client cannot display this message. Please view it in a browser.", html);

        assertOne(find(mail), PaymentKind.RECEIPT, "45.00", "USD");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "billing@northwind.com    | Amount due: 250.00                                     | 250.00 | USD",
        "billing@acmecloud.com    | All amounts in EUR.\\nHosting 40.00\\nTotal due 48.40       | 48.40  | EUR",
        "billing@acmecloud.com    | Total in GBP: 120.00                                   | 120.00 | GBP",
        "rechnung@stadtwerke.de   | Rechnungsbetrag (EUR): 84,20                           | 84.20  | EUR",
        "billing@tidewater.io     | Total (USD): 29.00                                     | 29.00  | USD",
        "factuur@drukkerij-janssens.be | Te betalen bedrag: 45,00                          | 45.00  | EUR",
        "cyberteam@gmail.com      | Hosting for ceylonspice.lk\\nAmount: 7500.00            | 7500.00 | LKR",
    })
    void aSumWrittenWithoutItsSignShouldTakeTheCurrencyTheMailOrItsSenderGives(String from, String lines, String amount,
            String currency) {
        List<ExtractedPayment> found = find("Billing <" + from.strip() + ">", "Your invoice #8841 is ready",
                "Hello Pat,\n\nYour invoice #8841 for March is ready.\n\n" + lines.strip().replace("\\n", "\n")
                        + "\nDue date: March 25, 2026\n\nThank you for your business.");

        assertOne(found, PaymentKind.INVOICE, amount, currency);
        assertThat(found.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void aBareTotalInAnHtmlTableShouldBeRead() {
        String html = "<html><body><p>Thank you for your payment.</p><table><tr><td>Pro plan</td><td>29.00</td></tr>"
                + "<tr><td><b>Total paid</b></td><td><b>29.00</b></td></tr></table></body></html>";
        TestMail mail = TestMail.message().from("Tidewater <billing@tidewater.com>").subject("Your payment receipt")
                .header("MIME-Version", "1.0").header("Content-Type", "text/html; charset=utf-8").body(html);

        assertOne(find(mail), PaymentKind.RECEIPT, "29.00", "USD");
    }

    @Test
    void aBareSumWithADecimalCommaFromADomainOfNoCountryShouldNotBeGivenADollar() {
        assertThat(find("Billing <billing@northwind.com>", "Your invoice #8841 is ready",
                "Your invoice #8841 for March is ready.\n\nAmount due: 250,00\nDue date: March 25, 2026")).isEmpty();
    }

    @Test
    void aPriceChangeShouldBeNoPayment() {
        assertThat(find("Netflix <info@account.netflix.com>", "An update to your Netflix membership",
                "We're writing to let you know that we're updating the price of your plan.\nBeginning with your billing date on or"
                        + " after 12 April 2026, the price of your Standard plan will change from ₹499/month to ₹599/month."))
                .isEmpty();
    }

    @Test
    void anOrderCalledOffBecauseItsPaymentFailedShouldBeAFailedPayment() {
        assertOne(find("Nintendo <no-reply@accounts.nintendo.com>", "Your Nintendo eShop pre-order has been cancelled",
                "Unfortunately your pre-order for the following item has been cancelled because payment could not be processed.\n\n"
                        + "Item: Echoes of Wisdom\nAmount: R 1 099.00\nPayment method: Credit card ending 2250\n\n"
                        + "No amount has been charged."), PaymentKind.FAILED_PAYMENT, "1099.00", "ZAR");
    }

    @Test
    void aCardPaymentRejectedForItsLimitShouldBeAFailedPaymentToItsRecipient() {
        List<ExtractedPayment> found = find("mBank <kontakt@mbank.pl>", "Płatność kartą została odrzucona",
                "Dzień dobry,\ninformujemy, że płatność Twoją kartą została odrzucona.\n\nKarta: Visa debetowa *4821\n"
                        + "Kwota: 249,00 PLN\nOdbiorca: ALLEGRO.PL POZNAN\nPowód: przekroczony dzienny limit płatności internetowych");

        assertOne(found, PaymentKind.FAILED_PAYMENT, "249.00", "PLN");
    }

    @Test
    void aReplyQuotingAnInvoiceShouldBeNoPaymentButAForwardedReceiptShouldBeOne() {
        assertThat(find("Pat Doe <pat@example.org>", "Re: Invoice 2026-014", "Hi Sam,\n\nThanks, I'll transfer it tomorrow.\n\n"
                + "On Mon, Mar 9, 2026 at 10:00 AM Sam Carter <sam@carterdesign.co.uk> wrote:\n> Please find attached invoice 2026-014.\n"
                + "> Amount due: £450.00\n> Due date: 23 March 2026\n")).isEmpty();
        assertOne(find("Pat Doe <pat@gmail.com>", "Fwd: Your Uber receipt", "---------- Forwarded message ---------\n"
                + "From: Uber Receipts <noreply@uber.com>\nSubject: Your Monday evening trip with Uber\n\nThanks for riding, Pat\n"
                + "Total $23.47\nTrip fare $18.20\nBooking fee $2.95\nTip $2.32\n"), PaymentKind.RECEIPT, "23.47", "USD");
    }

    @Test
    void aReceiptLaidOutInDivsShouldBeReadWhenTheTextPartHoldsNoSum() {
        String html = "<html><body><div><div>Order receipt</div><div><span>Burger menu</span><span>12,50 €</span></div>"
                + "<div><span>Delivery fee</span><span>1,99 €</span></div><div><span>Total</span><span>14,49 €</span></div></div></body></html>";
        TestMail mail = alternative("Glovo <noreply@glovoapp.com>", "Your Glovo order receipt",
                "Thanks for ordering! View your receipt in the app.", html);

        assertOne(find(mail), PaymentKind.RECEIPT, "14.49", "EUR");
    }

    @Test
    void aCardNoticesFooterAboutTheAccountStatementShouldNotMakeItOne() {
        // Found, with its sum. (Its kind is still read from "Kreditkartenabrechnung" in the footer, as an invoice.)
        List<ExtractedPayment> found = find("DKB <info@mail.dkb.de>", "Neuer Umsatz mit Ihrer Visa Debitkarte", "Hallo Jonas,\n"
                + "mit deiner Visa Debitkarte (endet auf 7731) wurde soeben bezahlt:\nBetrag: 23,80 EUR\nHändler: REWE Markt Berlin\n"
                + "Datum: 10.03.2026, 12:35 Uhr\nWarst du das nicht? Dann sperre deine Karte sofort.\n"
                + "Maßgeblich sind allein die in der Kreditkartenabrechnung bzw. im Kontoauszug ausgewiesenen Umsätze.\n");

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("23.80");
            assertThat(p.currency()).isEqualTo("EUR");
        });
    }
}
