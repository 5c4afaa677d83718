package dev.mailroom.extract.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.extract.PaymentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountPickerTest {

    private static List<String> lower(List<String> lines) {
        return lines.stream().map(MessageLines::lowerSameLength).toList();
    }

    private static AmountPicker.Candidate bare(String... lines) {
        return bareFrom(null, lines);
    }

    private static AmountPicker.Candidate bareFrom(String domain, String... lines) {
        List<String> l = List.of(lines);
        return AmountPicker.bareTotal(l, lower(l), domain);
    }

    @Test
    void aBareTotalShouldTakeTheOneCurrencyTheMessageNames() {
        AmountPicker.Candidate c = bare("Thank you for your order!", "Total: 18.40", "All prices in EUR, VAT included.");
        assertThat(c).isNotNull();
        assertThat(c.money().amount()).isEqualByComparingTo("18.40");
        assertThat(c.money().currency()).isEqualTo("EUR");
        assertThat(c.score()).isEqualTo(AmountPicker.STRONG);
        assertThat(bare("Rechnungsbetrag 1.234,50", "Betrag in CHF").money().amount()).isEqualByComparingTo("1234.50");
    }

    @Test
    void aBareTotalShouldNeedOneCurrencyAndATotalsLabel() {
        assertThat(bare("Total: 18.40", "Prices in EUR or USD")).isNull();
        assertThat(bare("Total: 18.40", "Thanks!")).isNull();
        assertThat(bare("Subtotal: 18.40", "All prices in EUR")).isNull();
        assertThat(bare("Total: 0.00", "All prices in EUR")).isNull();
    }

    @Test
    void aBareTotalNamingNoCurrencyShouldTakeTheMoneyOfTheSendersCountry() {
        AmountPicker.Candidate c = bareFrom("asinha.com.br", "Comprovante de pagamento", "Valor pago: 420,00", "Forma de pagamento: Pix");
        assertThat(c).isNotNull();
        assertThat(c.money().amount()).isEqualByComparingTo("420.00");
        assertThat(c.money().currency()).isEqualTo("BRL");
        assertThat(bareFrom("shop.de", "Zu zahlen: 18,40").money().currency()).isEqualTo("EUR");
        // A currency the text names still wins. From a domain of no country a decimal point writes dollars, as
        // American invoices do, and a decimal comma says nothing; Japanese text writes yen.
        assertThat(bareFrom("shop.de", "Total: 18.40", "Prices in CHF").money().currency()).isEqualTo("CHF");
        assertThat(bareFrom("example.com", "Total: 18.40").money().currency()).isEqualTo("USD");
        assertThat(bareFrom("startup.io", "Total: 18.40").money().currency()).isEqualTo("USD");
        assertThat(bareFrom("dub.co", "Total: 18.40").money().currency()).isEqualTo("USD");
        assertThat(bareFrom("example.com", "Total: 18,40")).isNull();
        assertThat(bareFrom("shop.example.com", "ご請求金額のお知らせ", "Total: 1,800.00").money().currency()).isEqualTo("JPY");
    }

    /** What the picker takes from {@code lines} for a payment of {@code kind}; never null. */
    private static AmountPicker.Candidate picked(PaymentKind kind, String... lines) {
        List<String> l = List.of(lines);
        AmountPicker.Candidate c = AmountPicker.pick(l, lower(l), kind);
        assertThat(c).isNotNull();
        return c;
    }

    @Test
    void whatAnInsuranceCoversShouldLoseToWhatItCosts() {
        AmountPicker.Candidate c = picked(null, "Renewal Summary:", "Coverage Amount: $100,000", "Premium: $1,184.00", "Renewal Date: March 1, 2026");
        assertThat(c.money().amount()).isEqualByComparingTo("1184.00");
    }

    @Test
    void aReceiptForADepositShouldTakeWhatWasPaidOverTheOrdersTotal() {
        AmountPicker.Candidate c = picked(PaymentKind.RECEIPT, "Thank you for making a deposit payment of KSh 3,000.00 for your order #1057.",
                "Total Amount: KSh 7,800.00", "Amount Paid: KSh 3,000.00", "Remaining Balance: KSh 4,800.00");
        assertThat(c.money().amount()).isEqualByComparingTo("3000.00");
    }

    @Test
    void aBalanceStillOwedShouldBeWhatABillAsks() {
        AmountPicker.Candidate c = picked(PaymentKind.BILL, "Importo totale della prenotazione: 1.800,00 €",
                "Acconto del 10% ricevuto il 12/05/2026: 180,00 €", "Saldo residuo: 1.620,00 €");
        assertThat(c.money().amount()).isEqualByComparingTo("1620.00");
        assertThat(picked(PaymentKind.BILL, "Rechnungsbetrag brutto: 1.143,45 €", "Nachzahlung: 123,45 €").money().amount())
                .isEqualByComparingTo("123.45");
    }

    @Test
    void whatIsLeftToPayAfterADepositOrPointsShouldWin() {
        assertThat(picked(PaymentKind.INVOICE, "Total TTC : 1 320,00 €",
                "Après déduction de l'acompte de 180,00 €, il reste un solde de 1 140,00 €.").money().amount())
                .isEqualByComparingTo("1140.00");
        assertThat(picked(PaymentKind.RECEIPT, "合計     3,260(円)", "ポイント利用  -200(円)", "お支払い金額  3,060(円)").money().amount())
                .isEqualByComparingTo("3060");
    }

    @Test
    void anAlertsThresholdShouldLoseToTheTransactionsSum() {
        AmountPicker.Candidate c = picked(PaymentKind.PAYMENT_CONFIRMATION,
                "A transaction on your Visa credit card ending in 0932 exceeded your alert amount of $200.00.",
                "Merchant: DELTA AIR LINES ATLANTA GA", "Amount: $212.40");
        assertThat(c.money().amount()).isEqualByComparingTo("212.40");
    }

    @Test
    void theTaxATotalIncludesShouldLoseToTheTotal() {
        AmountPicker.Candidate c = picked(PaymentKind.RECEIPT, "Versand Österreich (Post) | 5,90 € |",
                "Gesamtbetrag (inkl. 20 % USt. 12,62 €) | 75,70 € |");
        assertThat(c.money().amount()).isEqualByComparingTo("75.70");
        assertThat(picked(PaymentKind.RECEIPT, "Total (incl. VAT £3.50): £21.00").money().amount()).isEqualByComparingTo("21.00");
    }

    @Test
    void aTotalIncludingTaxShouldBeATotalInEveryLanguage() {
        AmountPicker.Candidate c = picked(PaymentKind.RECEIPT, "Produkt | Antal | Pris i alt |", "Krukke | 2 | 958 DKK |",
                "Heraf moms: | 297,20 DKK |", "TOTAL INKL. MOMS: | 1.486 DKK |");
        assertThat(c.money().amount()).isEqualByComparingTo("1486");
    }

    @Test
    void aLimitOrAThresholdShouldNotBeTheSum() {
        AmountPicker.Candidate c = picked(PaymentKind.PAYMENT_CONFIRMATION, "Aufladebetrag:      15,00 €",
                "Zu Ihrer Sicherheit lassen wir nur Lastschriften von maximal 30 € innerhalb von 27 Tagen zu.");
        assertThat(c.money().amount()).isEqualByComparingTo("15.00");
    }

    @Test
    void aBillThatSaysWhatItIsInASentenceShouldTieItsSum() {
        AmountPicker.Candidate c = picked(PaymentKind.BILL, "Your bill for this month is £84.20. We'll collect it by Direct Debit.", "Your account balance is £0.00.");
        assertThat(c.money().amount()).isEqualByComparingTo("84.20");
        assertThat(c.score()).isEqualTo(AmountPicker.STRONG);
    }

    @Test
    void aJapaneseOrdersItemsTotalShouldBeASubtotal() {
        AmountPicker.Candidate c = picked(null, "商品代金合計 3,980円", "送料 500円", "お支払い金額 4,480円");
        assertThat(c.money().amount()).isEqualByComparingTo("4480");
    }

    @Test
    void aPartPaymentsConfirmationShouldTakeWhatWasReceived() {
        AmountPicker.Candidate c = picked(PaymentKind.PAYMENT_CONFIRMATION, "Thank you for your payment of £1,200.00 received on 5 February 2026 towards invoice #INV-0457.",
                "• Invoice total: £3,000.00", "• Payment received: £1,200.00", "• Remaining balance: £1,800.00");
        assertThat(c.money().amount()).isEqualByComparingTo("1200.00");
    }

    @Test
    void anItemsTotalShouldBeASubtotal() {
        AmountPicker.Candidate c = picked(null, "Totaal artikelen € 49,95", "Korting - € 5,00", "Verzendkosten € 0,00", "Totaal € 44,95");
        assertThat(c.money().amount()).isEqualByComparingTo("44.95");
        AmountPicker.Candidate temu = picked(null, "Item(s) total $64.23", "Item(s) discount -$25.10", "Shipping FREE",
                "Order total $39.13");
        assertThat(temu.money().amount()).isEqualByComparingTo("39.13");
    }
}
