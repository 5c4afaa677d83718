package dev.mailroom.extract.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.extract.BillingPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Visa ending in 1234                  | 1234",
        "Mastercard ending 3309               | 3309",
        "mit den Endziffern 3309              | 3309",
        "Card: **** 1234                      | 1234",
        "Account ****6620                     | 6620",
        "Visa •••• 9052                       | 9052",
        "account x1234                        | 1234",
        "IBAN DE** **** **** 5678             | 5678",
        "card ending in 4111111111111111      | -",
        "ending in 12345                      | 2345",
        "Versicherten-Nr.: 756.****.**.12     | -",
        "Resolution 1920x1080                 | -",
        "Visa *4242         $17.80            | 4242",
        "Room *1204                           | -",
    })
    void lastDigitsShouldKeepAtMostFour(String line, String expected) {
        String last4 = References.accountLast4(List.of(MessageLines.lowerSameLength(line.strip())));

        assertThat(last4).isEqualTo(expected);
        if (last4 != null) {
            assertThat(last4).hasSizeLessThanOrEqualTo(4).containsOnlyDigits();
        }
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "Invoice number: NWP-2026-0192  | NWP-2026-0192",
        "Rechnungsnummer: RE-88412      | RE-88412",
        "Order #PP-38817                | PP-38817",
        "Ticket no.: SR-4410-2026       | SR-4410-2026",
        "Facture n° F2026-118           | F2026-118",
        "Numéro de commande : CM-77120  | CM-77120",
        "Número de pedido: 4410-B       | 4410-B",
        "【注文番号】 JP-550913            | JP-550913",
        "Order ID ZK-90210          | ZK-90210",
        "Transaction ID: 7HX21033QP     | 7HX21033QP",
        "Factuurnummer: 2026-0098       | 2026-0098",
    })
    void invoiceNumberShouldFollowItsLabel(String line, String expected) {
        String l = line.strip();
        assertThat(References.invoiceNumber(List.of(l), List.of(MessageLines.lowerSameLength(l)))).isEqualTo(expected);
    }

    @Test
    void aLabelAloneOnItsLineShouldTakeTheNumberBelowIt() {
        List<String> lines = List.of("Order ID:", "QX7Z22K0PA", "Date", "May 2, 2026");
        assertThat(References.invoiceNumber(lines, lines.stream().map(MessageLines::lowerSameLength).toList()))
                .isEqualTo("QX7Z22K0PA");
        List<String> prose = List.of("Receipt", "Thank you for shopping with us on 2 May 2026");
        assertThat(References.invoiceNumber(prose, prose.stream().map(MessageLines::lowerSameLength).toList())).isNull();
    }

    @Test
    void aLabelInsideALinkOrALongerWordShouldNotGiveANumber() {
        String l = "Acompanhe: https://loja.example/pedidos/55120 e ordered 3 items";
        assertThat(References.invoiceNumber(List.of(l), List.of(MessageLines.lowerSameLength(l)))).isNull();
    }

    @Test
    void billingPeriodShouldReadARangeOrAMonth() {
        assertThat(period("for the period 1 Oct 2026 – 31 Oct 2026"))
                .isEqualTo(new BillingPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(period("Billing period: October 2026"))
                .isEqualTo(new BillingPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(period("Zeitraum 01.02.2026 bis 28.02.2026"))
                .isEqualTo(new BillingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }

    private static BillingPeriod period(String line) {
        return References.period(List.of(line), List.of(MessageLines.lowerSameLength(line)), true, LocalDate.of(2026, 10, 5));
    }
}
