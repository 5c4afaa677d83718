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

/** Bills the rules alone read: rent notices, trials that end in a charge, Andean internet bills in their own money. */
class RentTrialAndAndeanBillsTest {

    private final PaymentExtractor rulesAlone = new PaymentExtractor(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC), null);

    private List<ExtractedPayment> find(String from, String subject, String date, String body) {
        byte[] raw = TestMail.message().from(from).subject(subject).date(date).body(body).bytes();
        return rulesAlone.find(IngestService.parseMessage(raw, null), IngestService.headerSection(raw));
    }

    @Test
    void aRentNoticeShouldBeABillDueOnTheDayItNames() {
        List<ExtractedPayment> found = find("Lakeside Rentals <billing@lakesiderentals.com>", "Rent notice - March 2026",
                "Thu, 26 Feb 2026 08:14:22 -0600", "Hello,\n\nPlease find the rent notice of March 2026.\nThe amount of your rent is"
                        + " $1,850.00 and the settlement has to be made before March 5, 2026.\n\nPayment modalities: by transfer.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.BILL);
            assertThat(p.amount()).isEqualByComparingTo("1850.00");
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        });
    }

    @Test
    void aTrialThatEndsInAChargeShouldBeARenewalAndOneThatDoesNotNothing() {
        List<ExtractedPayment> charged = find("Maple Crate <orders@maplecrate.ca>", "Your free trial ends on May 3, 2026",
                "Fri, 01 May 2026 10:40:05 -0400", "Your paid subscription begins when your free trial expires in 2 days.\n\n"
                        + "Subscription: #2277\nRecurring total: $32.99 / month\nNext payment: May 3, 2026\nPayment method: Mastercard ending in 0458");
        assertThat(charged).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("32.99");
            assertThat(p.currency()).isEqualTo("CAD");
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 5, 3));
        });
        assertThat(find("Maple Crate <orders@maplecrate.ca>", "Your free trial has started", "Fri, 01 May 2026 10:40:05 -0400",
                "Welcome! Your free trial has started. Enjoy two weeks of snacks; after that the plan is $32.99 a month.")).isEmpty();
    }

    @Test
    void anAndeanInternetBillShouldBeReadInItsOwnMoney() {
        List<ExtractedPayment> found = find("NetAndina <cobranzas@netandina.com.bo>", "Recordatorio de pago | NetAndina",
                "Tue, 10 Mar 2026 08:00:03 -0400", "Aviso de pago\nEstimado sr. Marcelo, se ha generado la factura por el cobro del"
                        + " servicio de internet por 180.00 Bs según el plan Hogar.\nLe recordamos que el pago vence el 15/03/2026.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("180.00");
            assertThat(p.currency()).isEqualTo("BOB");
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        });
    }
}
