package dev.mailroom.extract;

import static dev.mailroom.extract.PaymentProbes.assertMoney;
import static dev.mailroom.extract.PaymentProbes.assertPayment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Donation receipts that say so in a record line, a cancelled order that still charged a fee or paid
 * the price back, and bare dollars from a {@code .com} whose text says which dollar they are.
 */
class DonationsFeesAndDollarsTest {

    private final PaymentProbes probes = new PaymentProbes();

    @Test
    void aDonationReceiptThatGivesTheSumInARecordLineIsAPayment() {
        assertPayment(probes.find("Open Knowledge Fund <donate@openknowledge.example>", "Thank you from the Open Knowledge Fund",
                "Dear Mei,\n\nThank you for donating to the Open Knowledge Fund. You are wonderful!\n\n"
                        + "For your records: Your donation on 2026-02-28 was CNY 50.00.\n"
                        + "This letter may serve as a record of your donation. No goods or services were provided.\n"
                        + "Our address is 149 Harbour Street, 3rd Floor, San Francisco, CA, 94105."),
                PaymentKind.PAYMENT_CONFIRMATION, "50.00", "CNY");
        assertPayment(probes.find("Open Knowledge Fund <donate@openknowledge.example>", "ご寄付への感謝",
                "佐藤 様\n世界中のすべての人に知識を届ける活動へのご支援をありがとうございます。\n"
                        + "お控え：あなたから 2026-02-28 にいただいた寄付の金額は ￥3,000 で、寄付番号は 91827364 です。"),
                PaymentKind.PAYMENT_CONFIRMATION, "3000", "JPY");
    }

    @Test
    void aCancelledOrderThatChargedAFeeOrPaidThePriceBackIsStillAPayment() {
        assertPayment(probes.find("Food Rides Receipts <noreply@foodrides.example>", "Your order has been canceled",
                "Cancellation Fee ₹49\nYour order has been canceled\nThank you for shopping with us.\n"
                        + "Order from Spice Garden · Koramangala\nCancellation Fee ₹49\nTotal ₹49\nPayments\nUPI 02/03/26 9:14 PM ₹49\n"
                        + "Questions about this charge?"),
                PaymentKind.RECEIPT, "49", "INR");
        assertPayment(probes.find("Mercadillo <no-reply@mercadillo.example>", "Te hemos devuelto el dinero de tu compra",
                "Hola Lucía,\nEl vendedor no ha enviado tu compra y la hemos cancelado. No te preocupes: te devolvemos el dinero.\n"
                        + "Producto Cámara instantánea\nPrecio 45,00 €\nEnvío 3,45 €\nTotal reembolsado 52,40 €\n"
                        + "El dinero será reembolsado a tu monedero en un plazo de 3 a 5 días laborables. Después, podrás retirarlo "
                        + "a tu cuenta bancaria cuando quieras."),
                PaymentKind.REFUND, "-52.40", "EUR");
    }

    @Test
    void refundsWordedInSpanishFinnishAndSlovakAreNegative() {
        assertPayment(probes.find("Banco Andino <notificaciones@bancoandino.example>", "Reverso Consumo Tarjeta de Crédito",
                "Estimado(a) ANDRES PAREDES:\nLe informamos que se registró el reverso de un consumo realizado con su tarjeta XXX3733.\n"
                        + "Valor: USD 18.75\nEstablecimiento: PEDIDOS EC\nTransacción: Reverso"),
                PaymentKind.REFUND, "-18.75", "USD");
        assertPayment(probes.find("Kaupunki <noreply@kaupunki.example>", "Palautus on hyväksytty",
                "Palautus on hyväksytty ja näkyy ilmoittamallasi tilillä noin viikon kuluessa.\nPalautettava summa yhteensä\n"
                        + "60.00€ (sis.alv 24%, 11,61 €)"),
                PaymentKind.REFUND, "-60.00", "EUR");
        assertPayment(probes.find("Zdravý domov <objednavky@zdravydomov.example>", "Vrátenie platby k objednávke #3318",
                "Platba bola vrátená\nk objednávke č. #3318 bola spracovaná refundácia vo výške 45,90 €.\n"
                        + "Prostriedky budú pripísané na váš účet v priebehu niekoľkých dní."),
                PaymentKind.REFUND, "-45.90", "EUR");
    }

    @Test
    void overdueBalancesBareTotalsSignedDebtsAndTaiwaneseWaterBillsAreRead() {
        assertMoney(probes.find("Câble Nord <facturation@cablenord.ca>", "Avis : paiement en retard sur votre compte",
                "Bonjour Julie,\nNous n'avons pas reçu le paiement complet de votre facture du 1er février 2026.\n"
                        + "Numéro de compte : 4420 118 562\nSolde en retard : 89,65 $\n"
                        + "Si vous ne pouvez pas payer le solde en entier, vos services peuvent être suspendus."),
                "89.65", "CAD");
        assertMoney(probes.find("NSB <noreply@tog.no>", "Kvittering for kjøp - referansenr 104871266",
                "KJØPSINFORMASJON\nReferansenr: 104871266\nBetalingsform: VISA ############4821\nAntall reisende: 1 Voksen\n"
                        + "Total Pris: 199.00\nMva: 12.00% Gr.lag: 177.68 Mva kr: 21.32\nNSB AS Org nr. 984661177 MVA"),
                "199.00", "NOK");
        assertMoney(probes.find("Kart Bankası <ekstre@kartbankasi.com.tr>", "Bonus Ekstresi (TL) - Şubat",
                "Sayın ELİF KAYA,\nKartınızın Şubat 2026 dönemine ait hesap özeti aşağıda bilgilerinize sunulmuştur.\n"
                        + "Son Ödeme Tarihi: 21.03.2026\nToplam Borç Tutarı: +616,80 TL\nAsgari Ödeme Tutarı: 246,72 TL"),
                "616.80", "TRY");
        assertMoney(probes.find("臺北自來水事業處 <ebill@water.gov.taipei>", "115年02月水費電子帳單收費通知",
                "115年02月水費電子帳單\n本期水費 612元\n用戶編號 2-11-034567-2\n繳費期限 2026年03月15日\n應繳金額: 612元"),
                "612", "TWD");
    }

    @Test
    void aCancelledOrderWithNothingChargedIsStillNoPayment() {
        assertThat(probes.find("Food Rides Receipts <noreply@foodrides.example>", "Your order has been canceled",
                "Your order has been canceled.\nOrder from Spice Garden\nItems total ₹349\nYou were not charged for this order."))
                .isEmpty();
    }

    @Test
    void aBareDollarFromADotComIsTheDollarTheMessageNamesOrWritesTheWayOfItsCountry() {
        assertPayment(probes.find("Wattle Creek Plumbing <messaging-service@post.invoicing.example>",
                "Invoice INV-0457 from Wattle Creek Plumbing",
                "Hi Jordan,\nHere's invoice INV-0457 for AUD 1,386.00.\nThe amount outstanding of $1,386.00 is due on 14 Mar 2026.\n"
                        + "View and pay your bill online."),
                PaymentKind.INVOICE, "1386.00", "AUD");
        assertPayment(probes.find("Southern Telco <noreply@southerntelco.com>", "Your Southern Telco bill is ready",
                "Your bill is ready.\nTax Invoice · Issued 01 Mar 2026\nTOTAL DUE BY 21 MAR 2026 $94.00\n"
                        + "Ways to pay: BPAY Biller Code 23796, or go to southerntelco.com.au/paymybill\nSouthern Telco Limited ABN 64 086 174 781"),
                PaymentKind.BILL, "94.00", "AUD");
        assertMoney(probes.find("Télé Nord <noreply@telenord.com>", "Votre facture est prête",
                "Bonjour Mathieu,\nVotre facture de services résidentiels est disponible.\nMois courant 85,00 $\nTPS 4,25 $\n"
                        + "TVQ 8,48 $\nTotal du mois courant 97,73 $\nDate limite de paiement 18 mars 2026"),
                "97.73", "CAD");
        assertPayment(probes.find("Acme Hosting <billing@acmehosting.com>", "Your invoice INV-2231",
                "Your invoice INV-2231 is ready.\nAmount due: $24.00\nDue date: March 15, 2026\nPrices in USD."),
                PaymentKind.INVOICE, "24.00", "USD");
    }
}
