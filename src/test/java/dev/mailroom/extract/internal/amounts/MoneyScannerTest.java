package dev.mailroom.extract.internal.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyScannerTest {

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Total: $1,234.56            | 1234.56  | USD",
        "Tënk (7,99 $ CA) mensuel    | 7.99     | CAD",
        "Total : 12,50 $CAN          | 12.50    | CAD",
        "Order total: R 2,118        | 2118     | ZAR",
        "交易金额：人民币1234.56元     | 1234.56  | CNY",
        "合计1234.56元               | 1234.56  | CNY",
        "お支払い金額4,480円です       | 4480     | JPY",
        "Total 150.00 riyals         | 150.00   | SAR",
        "ご利用金額（円） : 3,280       | 3280     | JPY",
        "المبلغ: 150.00 دينار أردني    | 150.00   | JOD",
        "Số tiền thanh toán: 856.420 đồng | 856420 | VND",
        "Rechnungsbetrag: 1.234,56 € | 1234.56  | EUR",
        "Montant 1 234,56 EUR        | 1234.56  | EUR",
        "We charged EUR 12 today     | 12       | EUR",
        "Total to pay: £9.99         | 9.99     | GBP",
        "Total ¥1200                 | 1200     | JPY",
        "Total ¥1,200                | 1200     | JPY",
        "Amount due: CHF 50.–        | 50       | CHF",
        "Betrag CHF 50.-             | 50       | CHF",
        "Preis Fr. 12.50             | 12.50    | CHF",
        "Amount paid USD 10.00       | 10.00    | USD",
        "Credit -$5.00               | -5.00    | USD",
        "Credit ($5.00)              | -5.00    | USD",
        "Credit applied:   ($5.00)   | -5.00    | USD",
        "Invoice 89 ($400.00) is due | 400.00   | USD",
        "Total CHF 1'234.50          | 1234.50  | CHF",
        "Total CHF 1’234.50          | 1234.50  | CHF",
        "Total 12,50 €               | 12.50    | EUR",
        "Total: C$ 20.00             | 20.00    | CAD",
        "Total: US$ 20.00            | 20.00    | USD",
        "Total: 99 USD               | 99       | USD",
        "Refund: − €4.50             | -4.50    | EUR",
        "Rs.1,250.50 spent on card   | 1250.50  | INR",
        "Paid Rs 320 to the cab      | 320      | INR",
        "合計 3,980円（税込）            | 3980     | JPY",
        "TOTAL: CRC 12,500.00        | 12500.00 | CRC",
        "Importe UYU 980,50          | 980.50   | UYU",
        "Totalt 249,00 kr            | 249.00   | SEK",
        "Loppusumma yhteensä 30.00 e | 30.00    | EUR",
        "VALOR: 67 035,00 AKZ        | 67035.00 | AOA",
        "Total NGN.750.00            | 750.00   | NGN",
        "Total ₡12,500.00            | 12500.00 | CRC",
        "Итого: 4 990 ₸              | 4990     | KZT",
        "Cəmi: 25,50 ₼               | 25.50    | AZN",
        "Amount: GH₵ 250.00          | 250.00   | GHS",
        "Total: ₲ 150.000            | 150000   | PYG",
        "Amount paid: TSh 25,000     | 25000    | TZS",
        "Paid USh 50,000 to MTN      | 50000    | UGX",
        "Total: MK 12,500.00         | 12500.00 | MWK",
        "Total: KD 25.00             | 25.00    | KWD",
        "المبلغ: 150.00 ر.س          | 150.00   | SAR",
        "Total: SR 150.00            | 150.00   | SAR",
        "el pago de 89.90 Soles      | 89.90    | PEN",
        "por 180.00 Bs según el plan | 180.00   | BOB",
        "Monto: Bs. 180,00           | 180.00   | BOB",
        "un total de 350 quetzales   | 350      | GTQ",
        "su pago de $8500MX vence    | 8500     | MXN",
        "su pago de $6200 MX ha      | 6200     | MXN",
        "por valor de 1.000 dólares  | 1000     | USD",
        "Total: 10,51-EUR            | -10.51   | EUR",
        "Yhteensä 1 250,00 e         | 1250.00  | EUR",
        "Total Tagihan : Rp. 1.221.000 | 1221000 | IDR",
        "R585.11 reserved for purchase | 585.11 | ZAR",
        "Total: 189,00 грн/month     | 189.00   | UAH",
        "Beitrag: 37,50 Euro         | 37.50    | EUR",
        "amounting to 1,299.00 pesos | 1299.00  | MXN",
        "a fee of 25 dollars         | 25       | USD",
        "Importo: Euro 1.250,00      | 1250.00  | EUR",
        "Amount: KSh5,000.00         | 5000.00  | KES",
        "Toplam: 1.149,90 TL         | 1149.90  | TRY",
        "Сума: 45,90 лв.             | 45.90    | BGN",
        "Total de plată: 120,50 lei  | 120.50   | RON",
        "Å betale kr. 1 180,00       | 1180.00  | SEK",
        "Do zapłaty: 123,45 zł       | 123.45   | PLN",
        "Celkem 1 250 Kč             | 1250     | CZK",
        "Fizetendő 12 500 Ft         | 12500    | HUF",
        "Total ₱1,250.00             | 1250.00  | PHP",
        "实付款 128.50元                 | 128.50   | CNY",
        "결제금액 35,000원                | 35000    | KRW",
        "Итого: 1 490 руб.           | 1490     | RUB",
        "Rs.1,25,000.00 credited     | 125000.00 | INR",
        "INR 12,34,567 debited       | 1234567  | INR",
        "A charge of ($USD) 7.84 at  | 7.84     | USD",
        "Charged (EUR) 12.00         | 12.00    | EUR",
        "Order Total: $139.94Shipping | 139.94  | USD",
        "Refund Amount: LKR 28,500.00 | 28500.00 | LKR",
        "Total: 185 000 FCFA         | 185000   | XOF",
        "donating 500 DH to us       | 500      | MAD",
        "Amount: XAF 12 500          | 12500    | XAF",
        "Total: $12.99 CAD           | 12.99    | CAD",
        "Total: $350 MXN             | 350      | MXN",
        "Total: CAD $12.99           | 12.99    | CAD",
        "Total: AUD$ 12.99           | 12.99    | AUD",
        "Total: NT$350               | 350      | TWD",
        "Total: RD$ 1,250.00         | 1250.00  | DOP",
        "Total: CN¥128.00            | 128.00   | CNY",
        "Tổng: 150.000đ              | 150000   | VND",
        "Tổng cộng: 150.000 VNĐ      | 150000   | VND",
        "Total: ৳500                 | 500      | BDT",
        "Total: Tk 500               | 500      | BDT",
        "Total: Php 350.00           | 350.00   | PHP",
        "Total: ₨ 3,500.00           | 3500.00  | INR",
        "Fare: 350 Rs                | 350      | INR",
        "Fare: 350.00 Rs.            | 350.00   | INR",
        "Total amount: 1,500.00 (USD) | 1500.00 | USD",
        "Total pagado: Gs. 150.000   | 150000   | PYG",
        "Итого: 1500 тг              | 1500     | KZT",
        "Montant à payer : 150 DT    | 150      | TND",
        "Total: 15 000 Ar            | 15000    | MGA",
        "مبلغ: 150,000 ریال          | 150000   | IRR",
        "Total: R 250,00             | 250.00   | ZAR",
        "Total: ﷼ 150.00             | 150.00   | SAR",
        "Total: 1.234,00 Kr.         | 1234.00  | SEK",
        "Amount: 1,234.56 US dollars | 1234.56  | USD",
        "청구 금액: 5,280엔          | 5280     | JPY",
    })
    void scanShouldReadEachCommonFormat(String line, String amount, String currency) {
        List<Money> found = MoneyScanner.scan(line.strip());

        assertThat(MoneyScanner.mentionsMoney(line.strip())).isTrue();
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.amount()).isEqualByComparingTo(amount);
            assertThat(m.currency()).isEqualTo(currency);
        });
    }

    @Test
    void aCodeJoinedToItsNumberByADotShouldNotTakeTheNumberBeforeIt() {
        assertThat(MoneyScanner.scan("86810_1670483686 | NGN.750.00")).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("750.00"));
    }

    @Test
    void aDateAfterTheSignIsNotItsNumber() {
        assertThat(MoneyScanner.scan("Jūs patalpinote užsakymą #1875 for 86,40 € 2024-05-06.")).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("86.40"));
        assertThat(MoneyScanner.scan("Total 86,40 € 06.05.2024")).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("86.40"));
        assertThat(MoneyScanner.scan("Total: € 2024.50")).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("2024.50"));
    }

    @Test
    void scanShouldFindEveryAmountOfALineInOrder() {
        assertThat(MoneyScanner.scan("Subtotal $10.00, tax $0.80, total $10.80"))
                .extracting(m -> m.amount().toPlainString())
                .containsExactly("10.00", "0.80", "10.80");
    }

    @Test
    void aDashBetweenWordsAndAnAmountShouldNotMakeItACredit() {
        assertThat(MoneyScanner.scan("Current plan: Team - $49/month")).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("49"));
        assertThat(MoneyScanner.scan("Promo credit: - $5.00")).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("-5.00"));
        assertThat(MoneyScanner.scan("- $5.00")).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("-5.00"));
    }

    @Test
    void numbersWithoutCurrencyAndDatesShouldNotBeMoney() {
        assertThat(MoneyScanner.scan("Order 12345 placed on 05.03.2026, 3 items, 20% off")).isEmpty();
        assertThat(MoneyScanner.mentionsMoney("Order 12345 placed on 05.03.2026")).isFalse();
        assertThat(MoneyScanner.mentionsMoney("EURO 2026 tickets")).isFalse();
        assertThat(MoneyScanner.scan("Euro 2024 in Berlin, total $5.00")).extracting(m -> m.currency()).containsExactly("USD");
        // A month, a day or a count written against its Korean, Chinese or Japanese unit.
        assertThat(MoneyScanner.scan("8월 청구서: 청구금액 280,000원")).extracting(m -> m.amount().toPlainString()).containsExactly("280000");
        assertThat(MoneyScanner.scan("₩ 8월")).isEmpty();
        assertThat(MoneyScanner.scan("¥3月")).isEmpty();
    }

    @Test
    void currencyWordsShouldBeMoneyOnlyBesideANumber() {
        assertThat(MoneyScanner.scan("Hälsningar, kr. Olsson och RM Group")).isEmpty();
        assertThat(MoneyScanner.scan("MK Dons, BD Smith, QR code and SR department")).isEmpty();
        assertThat(MoneyScanner.scan("Canon R5 body, R2 D2 and Room R101")).isEmpty();
        assertThat(MoneyScanner.scan("dollars and pesos and rupees, in 2026 or later")).isEmpty();
        assertThat(MoneyScanner.scan("Soles and Bs of 2026, colones, reais")).isEmpty();
        assertThat(MoneyScanner.scan("5 e-mails, 1e10 and 12 e")).isEmpty();
        assertThat(MoneyScanner.mentionsMoney("Fyll i formuläret, tack")).isFalse();
        assertThat(MoneyScanner.mentionsMoney("Totalt 249 kr")).isTrue();
    }

    @Test
    void theLettersRsShouldBeRupeesOnlyBeforeANumber() {
        assertThat(MoneyScanner.scan("Rs. see attached, Rs are due")).isEmpty();
        assertThat(MoneyScanner.mentionsMoney("Mrs. Rs Thompson")).isFalse();
    }

    @Test
    void aCodeAfterADollarSumShouldNameItOnce() {
        List<Money> found = MoneyScanner.scan("Total: $12.99 CAD, tax $1.20 CAD");
        assertThat(found).extracting(Money::currency).containsExactly("CAD", "CAD");
        assertThat(found.getFirst().end()).isEqualTo("Total: $12.99 CAD".length());
    }

    @Test
    void badlyGroupedNumbersShouldNotBeMoney() {
        assertThat(MoneyScanner.scan("EUR 1.2.3")).isEmpty();
        assertThat(MoneyScanner.scan("$12,34,567")).isEmpty();
    }
}
