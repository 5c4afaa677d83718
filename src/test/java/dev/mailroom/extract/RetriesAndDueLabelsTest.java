package dev.mailroom.extract;

import static dev.mailroom.extract.PaymentProbes.assertDue;

import org.junit.jupiter.api.Test;

/**
 * Due dates under labels the thirteenth round's mail showed: a failed payment's next attempt, a card
 * statement's "to reach your account by", Nordic, Swiss and German debit wording, Korean scheduled
 * payment days. The probes are dated Monday 2 March 2026.
 */
class RetriesAndDueLabelsTest {

    private final PaymentProbes probes = new PaymentProbes();

    @Test
    void aFailedPaymentIsDueWhenItIsTriedAgain() {
        assertDue(probes.find("Chat App <billing@chat.example>", "Your payment failed",
                "We were unable to charge your card for invoice SL-2026-0302-88412.\nAmount due:       $262.50 USD\n"
                        + "Next attempt: 03/09/2026. We'll automatically try the same card again."), "262.50", "USD", "2026-03-09");
        assertDue(probes.find("Mail Tool <billing@mailtool.example>", "Your payment failed",
                "We couldn't process your payment.\n  Amount due:      $108.88\n"
                        + "We'll try your card again in 3 days. To avoid any interruption, update your card."), "108.88", "USD", "2026-03-05");
        assertDue(probes.find("Kabel <kundeservice@kabel.example>", "Din betaling er blevet afvist",
                "Vi kunne ikke trække betalingen for din regning på 449,00 kr.\n"
                        + "Betal venligst regningen inden 7 dage – så undgår du et rykkergebyr."), "449.00", "DKK", "2026-03-09");
    }

    @Test
    void labelsOfTheDayMoneyMustArriveOrIsTaken() {
        assertDue(probes.find("Bank <statements@bank.example>", "Your credit card statement is ready",
                "Statement date: 28 February 2026\n  Your new balance                       £1,284.37\n"
                        + "  Minimum payment due                    £25.00\n  To reach your account by               25 March 2026\n"),
                "1284.37", "GBP", "2026-03-25");
        assertDue(probes.find("Telco <rechnung@telco.example>", "Ihre Rechnung März 2026",
                "Rechnungsdatum:      02.03.2026\n  Rechnungsbetrag inkl. 8.1% MWST               CHF 87.05\n"
                        + "Bitte bezahlen Sie den Rechnungsbetrag innert 30 Tagen mit der QR-Rechnung."), "87.05", "CHF", "2026-04-01");
        assertDue(probes.find("Stadtwerke <abrechnung@stadtwerke.example>", "Ihre Jahresabrechnung Strom 2025",
                "Ihre Jahresabrechnung liegt vor.\nRechnungsbetrag:   206,68 EUR\n"
                        + "Den Nachzahlungsbetrag von 206,68 EUR buchen wir am 17.03.2026 per Lastschrift ab."), "206.68", "EUR", "2026-03-17");
        assertDue(probes.find("Treningssenter <medlemsservice@trening.no>", "Vi fikk ikke trukket medlemsavgiften din",
                "Vi forsøkte å trekke medlemsavgiften for mars 2026 fra kortet ditt den 26.02.2026, men trekket ble avvist.\n"
                        + "Medlemsavgift mars 2026\t699,00 kr\nÅ betale\t699,00 kr\nForfall\t10.03.2026\n"
                        + "Betal beløpet i nettbanken med KID-nummeret over.\nHusk: fra 1. april 2026 er ny pris 749,00 kr per måned."),
                "699.00", "NOK", "2026-03-10");
    }

    @Test
    void aBillThatAlsoAnnouncesANewPriceOrSaysYouReceivedItIsStillABill() {
        assertDue(probes.find("Ökostrom <rechnung@oekostrom.example>", "Eure Jahresabrechnung Strom 2025 ist da",
                "eure Jahresabrechnung ist da.\nGesamtbetrag brutto                          1.528,71 €\n"
                        + "abzgl. geleistete Abschläge (12 x 112,00 €) -1.344,00 €\nNACHZAHLUNG                                    184,71 €\n"
                        + "Den Nachzahlungsbetrag von 184,71 € buchen wir am 18.03.2026 per SEPA-Lastschrift ab.\n"
                        + "EUER NEUER ABSCHLAG: ab 01.04.2026 zahlt ihr 128,00 € statt 112,00 €."), "184.71", "EUR", "2026-03-18");
        assertDue(probes.find("Energi <faktura@energi.no>", "Ny faktura – forfall 23.03.2026",
                "Hei Ingrid,\nDu har fått ny faktura for strøm og nettleie for februar 2026.\nFakturanummer\t40918273\n"
                        + "Å betale\tkr 2 258,10\nBetales innen 23.03.2026 til kontonummer 3201.45.67890 med KID 2093847561230."),
                "2258.10", "NOK", "2026-03-23");
    }

    @Test
    void aRefundRequestedAndProcessedIsARefund() {
        assertDue(probes.find("Tickets <help@tickets.example>", "Refund processed for your order",
                "The event was rescheduled and you requested a refund before the deadline.\nWe've processed it.\n"
                        + "Original order\n  Order total                                    $206.31\nRefund\n"
                        + "  Refund total                                   $168.87\nThe refund was issued to your Visa ending in 9026."),
                "-168.87", "USD", null);
    }

    @Test
    void koreanRomanianAndRetryDaysAndAGracePeriodIsNoDeadline() {
        assertDue(probes.find("Telecom <bill@telecom.example>", "이동통신 요금 안내서", "Mon, 02 Mar 2026 10:00:00 +0900",
                "이번 달 청구금액                115,650원\n납부하실 금액                   115,650원\n■ 출금예정일 : 2026년 3월 25일\n"),
                "115650", "KRW", "2026-03-25");
        assertDue(probes.find("Digi <facturi@digi.example>", "Factura ta Digi pentru martie 2026",
                "Factura ta aferentă lunii martie 2026 a fost emisă.\nData emiterii: 01.03.2026\nData scadentă: 20.03.2026\n"
                        + "Total de plată: 89,90 lei"), "89.90", "RON", "2026-03-20");
        assertDue(probes.find("Musik <no-reply@musik.example>", "Din betalning gick inte igenom",
                "Vi kunde inte dra betalningen för ditt abonnemang.\nBelopp: 239,00 kr\nFörfallodatum: 1 mars 2026\n"
                        + "Vi försöker dra betalningen igen den 6 mars 2026. Se till att kortet är giltigt."), "239.00", "SEK", "2026-03-06");
        assertDue(probes.find("Assicura <rinnovi@assicura.example>", "La tua polizza auto scade: rinnova ora",
                "Ecco il tuo preventivo di rinnovo.\nTotale da pagare\t416,20 €\n"
                        + "Per rinnovare paga entro il 18/03/2026. Ricorda: dopo la scadenza la copertura resta attiva per altri 15 giorni."),
                "416.20", "EUR", "2026-03-18");
    }

    @Test
    void aThaiDueDateInTheBuddhistEraIsReadInTheCommonEra() {
        assertDue(probes.find("ธนาคาร <estatement@bank.example>", "ใบแจ้งยอดบัญชีบัตรเครดิต",
                "รอบบัญชีวันที่ 28/02/2569\nยอดเงินที่ต้องชำระทั้งหมด     28,450.75 บาท\nกำหนดชำระภายในวันที่       25/03/2569\n"),
                "28450.75", "THB", "2026-03-25");
    }
}
