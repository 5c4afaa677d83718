package dev.mailroom.extract.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.extract.PaymentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "{0} / {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "your bill is ready               | amount due: $10. due date: march 5   | BILL",
        "invoice inv-22                   | please find our invoice attached     | INVOICE",
        "your receipt from acme           | thanks for your order                | RECEIPT",
        "payment received                 | we received your payment of $10      | PAYMENT_CONFIRMATION",
        "your payment failed              | your card was declined               | FAILED_PAYMENT",
        "your plan renews on may 1        | renews automatically for $119        | SUBSCRIPTION_RENEWAL",
        "refund for order 55              | we have refunded $5 to your card     | REFUND",
        "ihre rechnung re-1               | rechnungsbetrag 12 € zahlbar bis     | INVOICE",
        "zahlungsbestätigung              | wir haben eur 12 abgebucht           | RECEIPT",
        "compra confirmada                | obrigado pela sua compra. valor total | RECEIPT",
        "confirmação                      | seu pagamento foi confirmado         | PAYMENT_CONFIRMATION",
        "【注文確認】                        | ご注文ありがとうございます。合計 3,980円      | RECEIPT",
        "confirmación del pago            | confirmar el pago de la factura 88   | PAYMENT_CONFIRMATION",
        "acme invoice 2231: paid          | invoice date 2026-03-01              | RECEIPT",
        "invoice inv-40                   | terms: paid. total $12               | RECEIPT",
        "enlace de pago                   | para completar el pago pulse aquí    | BILL",
        "you've authorised a payment to tramco | invoice id iv_88. total 6.00 pln | PAYMENT_CONFIRMATION",
        "tramco plus payment confirmed   | charged $4.00 on 03/01/2026         | PAYMENT_CONFIRMATION",
        "your receipt from loomly         | no payment is due with this receipt. total $8 | RECEIPT",
        "refund receipt                   | your payment has been refunded       | REFUND",
        "your $20.00 refund is on the way | your refund request has been approved | REFUND",
        "failed payment                   | your last charge could not go through | FAILED_PAYMENT",
        "your plan has renewed            | plan: pro. amount: $9                 | SUBSCRIPTION_RENEWAL",
        "ridgeline card purchase exceeded preset amount | purchase amount* 61.35 usd | PAYMENT_CONFIRMATION",
        "račun br. 2026-031             | iznos: 45,00 eur                     | INVOICE",
        "rēķins nr. 31                  | summa: 45,00 eur                     | INVOICE",
        "hóa đơn điện tử                | tổng tiền: 150.000 đ                 | INVOICE",
        "makbuz                         | toplam: 120,00 tl                    | RECEIPT",
        "ödeme onayı                    | tutar: 120,00 tl                     | PAYMENT_CONFIRMATION",
        "vyúčtování vodného             | částka k úhradě: 1 245 kč            | BILL",
        "problem mit ihrer kreditkarte  | wir konnten chf 29.00 nicht belasten | FAILED_PAYMENT",
        "お支払い完了のお知らせ           | 金額：1,200円                          | PAYMENT_CONFIRMATION",
        "zahlung für rechnung re-2025-081144 fehlgeschlagen | rechnungsnummer: re-2025-081144. betrag: 47,60 € | FAILED_PAYMENT",
        "votre prélèvement automatique a été refusé | le prélèvement de 87,42 € de votre facture n° 1022 | FAILED_PAYMENT",
        "incasso contributie niet gelukt - herinnering | openstaand bedrag: € 67,00 | FAILED_PAYMENT",
        "płatność za zamówienie #77120 nie powiodła się | kwota zamówienia: 129,90 zł | FAILED_PAYMENT",
        "your invoice sym-0042         | the automatic payment for your subscription has failed. amount: $49.00 | FAILED_PAYMENT",
        "automatic renewal scheduled for example.com | your domain will renew on february 9 and we will charge your visa $17.95. if your saved card has expired, please update it | SUBSCRIPTION_RENEWAL",
        "kvittering for avbestilling – ordre 7q4m2kx | her er kvitteringen for refusjonen. refundert beløp: 599,00 kr | REFUND",
        "ihre bestellung 10442         | vielen dank für ihre bestellung. rechnungsadresse: pat example, lindenweg 3. gesamt: 39,80 € | RECEIPT",
        "conferma ordine #1187         | grazie per il tuo ordine. indirizzo di fatturazione: via roma 1. totale: 49,90 € | RECEIPT",
        "nieuwe factuur eigen bijdrage – u krijgt geld terug | op deze factuur ziet u dat u een bedrag terugkrijgt: € 63,40 | REFUND",
        "your invoice inv-7            | if your payment has failed, update your card. amount due: $12 | INVOICE",
    })
    void kindShouldFollowTheMostSpecificWording(String subject, String body, PaymentKind kind) {
        assertThat(Wording.read(subject.strip(), body.strip()).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "thank you for your steam purchase!     | RECEIPT",
        "your amazon.com order of \"desk lamp\" | RECEIPT",
        "your kestrel mobile bill is ready      | BILL",
        "[acme] your acme invoice               | INVOICE",
        "order #4410-b confirmed                | RECEIPT",
        "complete your purchase today           | -",
        "what your neighbours order this summer | -",
        "your car insurance payment schedule    | -",
        "your city power payment is due         | -",
        "your city power payment                | PAYMENT_CONFIRMATION",
    })
    void aSubjectThatNamesTheDocumentAroundTheMerchantShouldGiveItsKind(String subject, PaymentKind kind) {
        assertThat(Wording.subjectNames(subject.strip())).isEqualTo(kind);
    }

    @Test
    void footersAboutRefundPoliciesShouldNotMakeARefund() {
        assertThat(Wording.read("your receipt", "total $5. see our refund policy.").kind()).isEqualTo(PaymentKind.RECEIPT);
    }

    @Test
    void mailWithoutPaymentWordingShouldHaveNoWeight() {
        assertThat(Wording.read("dinner", "i owe you $20 for dinner").weight()).isZero();
    }

    @Test
    void aPitchThatTalksAboutOrdersAndPaymentsShouldHaveNoWeight() {
        Wording.Verdict pitch = Wording.read("re: your order", "make money from home! order now: total $49.95 for all 5 "
                + "reports. payment by check. to be removed reply with remove.");
        assertThat(pitch.weight()).isZero();
        assertThat(pitch.kind()).isNull();
        assertThat(Wording.read("your receipt from acme", "thanks for your order. order total $49.95. click here to track it.")
                .kind()).isEqualTo(PaymentKind.RECEIPT);
    }

    @ParameterizedTest(name = "{0} from {1}: {3} is {4}")
    @CsvSource(delimiter = '|', value = {
        "ihre telekom mobilfunk-rechnung für juli | Telekom      | telekom.de        | INVOICE | BILL",
        "tu factura de luz ya está disponible     | Endesa       | endesa.es         | INVOICE | BILL",
        "din faktura från borås elhandel          | Borås Elhandel | boraselhandel.se | INVOICE | BILL",
        "je factuur van april staat klaar         | KPN          | kpn.com           | INVOICE | INVOICE",
        "zahlungserinnerung zur rechnung re-10482 | Gartenwelt Huber | gartenwelt.de | BILL    | INVOICE",
        "payment reminder: inv-2219 is overdue    | Coastal Joinery | coastal.example | BILL   | BILL",
        "your statement is ready                  | Citi         | citi.com          | BILL    | BILL",
        "rent invoice - november 2025             | Harbourview Lettings | harbourview.example | INVOICE | BILL",
        "your receipt                             | Telekom      | telekom.de        | RECEIPT | RECEIPT",
    })
    void aRunningServicesInvoiceShouldBeABillAndAVendorsReminderAnInvoice(String subject, String sender, String domain,
            PaymentKind read, PaymentKind kind) {
        assertThat(Wording.billOrInvoice(read, subject, sender, domain, "")).isEqualTo(kind);
    }

    @Test
    void whatWasMeteredShouldMakeAnInvoiceABill() {
        assertThat(Wording.billOrInvoice(PaymentKind.INVOICE, "ihre rechnung", "Stadtwerke Nord", "swn.example",
                "abrechnungszeitraum 01.01.-31.01. verbrauch 312 kwh")).isEqualTo(PaymentKind.BILL);
    }
}
