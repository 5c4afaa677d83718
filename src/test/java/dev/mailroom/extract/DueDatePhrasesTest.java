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
import org.junit.jupiter.params.provider.ValueSource;

/** Ways bills name the day they are due, each under the same bill of 2 March 2026. */
class DueDatePhrasesTest {

    private final PaymentExtractor extractor = new PaymentExtractor(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC), null);
    private final PaymentExtractor gated = new PaymentExtractor(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    /** The due date of the one payment in a bill of 2 March 2026 whose body, after its first line, is {@code rest}. */
    private LocalDate dueOfBill(String rest) {
        return dueOf("City Power <billing@citypower.example>", "Your bill is ready", "Your new bill is ready.\n\n" + rest);
    }

    private LocalDate dueOf(String from, String subject, String body) {
        byte[] raw = TestMail.message().from(from).subject(subject).date("Mon, 02 Mar 2026 10:00:00 +0000").body(body).bytes();
        List<ExtractedPayment> found = gated.find(IngestService.parseMessage(raw, null), IngestService.headerSection(raw));
        assertThat(found).hasSize(1);
        return found.getFirst().dueDate();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Due date: March 15, 2026", "Please pay by 15/03/2026", "Fällig am 15.03.2026",
        "Date d'échéance : 15/03/2026", "Fecha de vencimiento: 15/03/2026", "Vervaldatum: 15-03-2026",
        "Last day to pay: 15 March 2026", "Payment must be received by March 15, 2026", "Autopay is scheduled for 03/15/2026",
        "Your automatic payment will be processed on March 15, 2026", "Next payment: 15 Mar 2026",
        "Sista betalningsdag: 2026-03-15", "Betalingsfrist: 15.03.2026", "Uiterste betaaldatum: 15 maart 2026",
        "付款截止日期：2026年3月15日", "Le prélèvement sera effectué le 15 mars 2026",
        "Datum doporučené úhrady: 15. 3. 2026", "Offener Betrag EUR 68,47. Bitte einzahlen bis 15.03.2026",
        "Rok plaćanja: 15.03.2026.", "Datum dospijeća: 15.03.2026", "החיוב יבוצע בתאריך 15/03/2026",
        "Amount due: $40.00. We will retry the payment in 13 days.",
        "Due Date:\nMarch 15, 2026", "Payment due date 15-MAR-26", "We'll take your Direct Debit on 15 March.",
        "Please remit payment no later than March 15, 2026.", "Your autopay will be made on Sunday, March 15.",
        "Payment is scheduled for 3/15/2026.", "Terms: Net 13. Invoice date: March 2, 2026.",
        "Se cargará en tu cuenta el 15/03/2026.", "Sua fatura vence em 15/03.", "Wij schrijven het af op of rond 15 maart 2026.",
        "Förfallodag: 2026-03-15", "Sidste rettidige betalingsdag: 15.03.2026", "Prosimy o wpłatę do dnia 15.03.2026.",
        "引落日 2026/03/15", "到期还款日：2026年03月15日", "Your trial ends on March 15, 2026, and your card will be charged.",
        "Your next payment will be taken on 15/03/2026.", "Bitte zahlen Sie innerhalb von 13 Tagen.", "Eräpäivä 15.3.2026",
        "Jatuh tempo: 15 Maret 2026", "Kindly submit the amount to our bank account by 15.03.2026.",
        "First notice of late payment due, invoice of 12.12.2025. Please pay by 15.03.2026.",
        "Upłynął termin płatności faktury FV/2026/02/009, wystawionej dn. 2026-02-02.\nTermin płatności: 2026-03-15",
        "Der Rechnungsbetrag wird frühestens am 15.03.2026 von Ihrem Konto eingezogen.", "Data de Renovação: 15/03/2026",
        "Payment terms: 13 days", "We will automatically charge your Visa ending in 4242 on March 15, 2026.",
        "Die SEPA-Lastschrift erfolgt am 15.03.2026.", "Wir buchen den Betrag am 15.03.2026 von Ihrem Konto ab.",
        "Zahlungsziel: 14 Tage\nRechnungsdatum: 01.03.2026", "Le prélèvement interviendra le 15/03/2026.",
        "Merci de régler au plus tard le 15/03/2026.", "À payer pour le 15/03/2026", "Fecha de pago: 15/03/2026",
        "Tienes hasta el 15 de marzo de 2026 para pagar.", "Seu boleto vence dia 15/03/2026.",
        "Het bedrag wordt op 15-03-2026 automatisch afgeschreven.", "Sista dag att betala: 2026-03-15", "Betales innen 15.03.2026",
        "Maksettava viimeistään 15.3.2026", "Termin zapłaty: 15.03.2026", "Płatność należy uiścić do 15.03.2026.",
        "Son ödeme: 15.03.2026", "お支払い期限：3月15日", "ご利用代金は2026年3月15日に口座から引き落とされます。", "결제일: 2026년 3월 15일",
        "最后付款日：2026-03-15", "繳費期限：2026/03/15", "Batas waktu pembayaran: 15 Maret 2026", "Last date of payment: 15-Mar-2026",
        "Pago oportuno hasta 15/03/2026, suspensión del servicio a partir del siguiente día",
        "Bei Zahlung bis zum 05.03.2026: 3% Skonto\nZahlung ohne Abzug bis 15.03.2026", "Vade Tarihi: 15.03.2026",
        "Se le recuerda que su pago vence el 15/03/2026.", "La factura es pagadera antes de 15 de marzo de 2026.",
        "Wir ziehen den Betrag zum jeweils 15. des Monats beginnend mit 15.03.2026 ein.", "Debiteras | 2026-03-15",
        "[お振込期限] 2026年3月15日(日)", "Your subscription will renew automatically on March 15, 2026.",
        "Προθεσμία πληρωμής: 15 Μαρτίου 2026", "Срок за плащане: 15 март 2026", "Betales senest 15. marts 2026.",
        "Der Abschlag wird zum 15.03.2026 fällig.", "Sidste rettidige betalingsdag er den 15. marts 2026.",
        "Invoice due........: 03/15/2026", "Částku prosím uhraďte nejpozději do 2026-03-15, jinak bude účtován poplatek.",
        "Silakan lakukan pembayaran sebelum tanggal *2026-03-15*.", "■お支払い日：2026年03月15日", "■お振込期日：2026年3月15日",
        "Draft Date\t03/15/2026", "Your next payment is on March 15, 2026.",
        "Maksetähtaeg:      15.03.2026", "Bitte überweisen Sie den Betrag bis 15.3. auf unser Konto.",
        "本期应缴费用 128.00元，请于2026年03月15日前缴费。", "Termen de achitare:                  15.03.2026",
        "Ημερομηνία εξόφλησης:     15/03/2026", "입금 기한: 2026-03-15 까지", "Termin spłaty:                 15.03.2026", " No.  Payment date        Payment amount\n 1    15 March 2026       £42.18"})
    void aBillShouldBeDueOnTheDayItNames(String phrase) {
        assertThat(dueOfBill("Amount due: $120.00\n" + phrase)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Der Rechnungsbetrag wird frühestens am 15.03.2026 von Ihrem Konto eingezogen.",
        "Data de Renovação: 15/03/2026", "Renewal date: March 15, 2026", "ご利用代金は2026年3月15日に口座から引き落とされます。",
        "繳費期限：2026/03/15", "Data limite | 15/03/2026", "Next renewal: 03/15/2026",
        "Prochaine date de facturation : 15/03/2026", "Nächstes Abrechnungsdatum: 15.03.2026", "Nächste Zahlung am 15.03.2026",
        "Próxima fecha de facturación: 15/03/2026", "Prossimo addebito: 15/03/2026", "Volgende betaling: 15-03-2026",
        "Nästa betalning: 2026-03-15", "次回請求日：2026年3月15日", "다음 결제일: 2026년 3월 15일", "下次扣款日期：2026-03-15",
        "Następna płatność: 15.03.2026"})
    void aReceiptShouldKeepTheDayItsMoneyIsTakenOrItRenews(String phrase) {
        assertThat(dueOf("Kaffee Shop <shop@kaffee.example>", "Ihre Bestellung Nr. 20871",
                "Vielen Dank für Ihre Bestellung.\n\n" + phrase + "\n\nSumme: 47,30 EUR")).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aBillDueUponReceiptShouldBeDueOnItsOwnDay() {
        assertThat(dueOfBill("Amount due: $120.00\nDue upon receipt")).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aReasonShouldNotBeADueDate() {
        assertThat(dueOfBill("Due to maintenance, our office is closed on March 5, 2026.\n\nAmount due: $120.00\nDue date: March 15, 2026"))
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void theDueDateShouldBeatAnEarlierDateALooserLabelNames() {
        assertThat(dueOfBill("Last payment received, payment date: 10/02/2026\n\nAmount due: $120.00\nPayment due date: 15/03/2026"))
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Am 15.03.2026 (bzw. am darauffolgenden Arbeitstag) werden wir den Betrag von Deinem Konto abbuchen.",
        "The amount will be direct debited to your bank account on 15 March 2026.",
        "We'll debit $120.00 from your bank account on 15 March 2026, so you don't need to do anything.",
        "Since your funds aren't sufficient, we will charge your default card (Visa ending in 4417) on the expiration date, March 15, 2026.",
        "Le montant sera prélevé sur votre compte bancaire autour du 15/03/2026.",
        "Please make the payment at the latest on 15 March 2026.", "Wij verzoeken u vriendelijk het bedrag vóór 15-03-2026 te betalen.",
        "Prosimy o uregulowanie należności przed 15.03.2026."})
    void aSentenceThatMovesTheMoneyShouldNameTheDueDateNoLabelNames(String phrase) {
        assertThat(dueOfBill("Amount due: $120.00\n" + phrase)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aSentenceWithTwoDaysShouldNotChooseBetweenThem() {
        assertThat(dueOfBill("Amount due: $120.00\nWe will debit your account between 15 March 2026 and 20 March 2026."))
                .isNull();
    }

    @Test
    void aDayMoneyWasAlreadyCollectedOnShouldNotBeDue() {
        assertThat(dueOfBill("Amount due: $120.00\nYour last payment of $100.00 was collected on 1 February 2026.")).isNull();
    }

    @Test
    void aFailedPaymentShouldBeDueWhenItIsTriedAgain() {
        assertThat(dueOf("Forge Gym <no-reply@forgegym.example>", "A payment has failed",
                "We tried to take your monthly membership payment, but it was declined by your bank.\n\nAmount: £42.00\n"
                        + "Attempted: 02/03/2026\n\nWe'll automatically try again on 05/03/2026."))
                .isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void aDeadlineGoneByShouldGiveWayToTheNewOne() {
        assertThat(dueOf("Klarna <noreply@klarna.example>", "Erinnerung: Deine Rechnung ist überfällig",
                "das Zahlungsziel für deine Rechnung ist am 25.02.2026 verstrichen.\nBitte bezahle den offenen Betrag bis spätestens "
                        + "12.03.2026.\n\nOffener Betrag: 89,95 €"))
                .isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void aReminderShouldCountItsDaysFromItsOwnDay() {
        assertThat(dueOf("Vertaalbureau Linde <administratie@linde.example>", "Betalingsherinnering factuur 2026-031",
                "Factuurbedrag: EUR 726,00\nFactuurdatum: 02-02-2026\n\nWij verzoeken u het openstaande bedrag van EUR 726,00 "
                        + "binnen 7 dagen over te maken."))
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aReceiptShouldKeepTheNextChargeASentenceNames() {
        assertThat(dueOf("Kaffee Shop <shop@kaffee.example>", "Your receipt", "Thank you for your order.\n\n"
                + "Your card will be charged again on 15 March 2026 for next month's beans.\n\nTotal: 47.30 EUR"))
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aChargeAlreadyMadeShouldNotBeAReceiptsDueDate() {
        assertThat(dueOf("Relay <subscriptions@relay.example>", "Payment received", "Thanks for your payment.\n\n"
                + "Charged €1.99 on 03/04/2026 to your card.\n\nTotal: €1.99")).isNull();
    }

    @Test
    void aDateFarFromWhatMovesTheMoneyShouldNotBeDue() {
        assertThat(dueOfBill("Amount due: $120.00\nMemoir Masterclass on Saturday 14 March 2026, 10:00 am to 3:00 pm, at the "
                + "State Library of Queensland, full course for two people with all materials and lunch included, then please "
                + "retry your payment to reserve your space")).isNull();
    }

    @Test
    void aReminderShouldBeDueOnTheNewDeadlineAndOnTheOldOneWhenItSetsNone() {
        String from = "Malerbetrieb Krause <buero@krause.example>";
        assertThat(dueOf(from, "Zahlungserinnerung - Rechnung Nr. 2026-0031", "Für unsere Rechnung über 1.487,50 EUR konnten wir"
                + " keinen Zahlungseingang feststellen. Die Rechnung war fällig am 16.02.2026.\nWir bitten Sie, den offenen Betrag"
                + " bis zum 09.03.2026 zu überweisen.")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(dueOf(from, "Zahlungserinnerung - Rechnung Nr. 2026-0031", "Für unsere Rechnung über 1.487,50 EUR konnten wir"
                + " keinen Zahlungseingang feststellen. Die Rechnung war fällig am 16.02.2026.")).isEqualTo(LocalDate.of(2026, 2, 16));
    }

    @Test
    void termsCountedFromTheInvoiceDateShouldNotRunFromAReminder() {
        assertThat(dueOf("Pixelwerk <administratie@pixelwerk.example>", "Betalingsherinnering factuur 2026-0211",
                "De vervaldatum was 1 maart 2026.\nHet openstaande bedrag bedraagt € 412,50.\n"
                        + "Betalingstermijn: 14 dagen vanaf de factuurdatum")).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theExpectedDebitDateShouldBeDue() {
        assertThat(dueOf("NVN <leden@nvn.example>", "Factuur contributie 2026 via automatische incasso",
                "Te incasseren bedrag: EUR 26,50\nVerwachte afschrijfdatum: 15 maart 2026")).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aReceiptsWordsOfPayingShouldNotMakeTheDayOfWhatWasBoughtDue() {
        assertThat(dueOf("Checkout <no-reply@checkout.example>", "Your receipt", "Thank you for your order.\n\n"
                + "Payment for flight HAN-SGN on 28/03/2026, order VJ-7781452\n\nTotal: 2,389,000 VND")).isNull();
    }

    @Test
    void anOrderBoughtOnInvoiceShouldBeAnInvoiceDueWhenItAsks() {
        String body = "vielen Dank für Ihre Bestellung! Hier ist Ihre Auftragsbestätigung.\n\nGesamtsumme inkl. MwSt. | 190,90 €\n\n"
                + "Zahlungsart: Rechnung. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen, spätestens bis zum 16.03.2026.";
        byte[] raw = TestMail.message().from("Globetrotter <service@globetrotter.example>").subject("Ihre Bestellung 3021574890")
                .date("Mon, 02 Mar 2026 10:00:00 +0000").body(body).bytes();
        assertThat(extractor.find(IngestService.parseMessage(raw, null), IngestService.headerSection(raw))).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(PaymentKind.INVOICE);
                    assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
                });
    }

    @Test
    void aDutchDebitWhoseDateWrapsToTheNextLineShouldBeDue() {
        assertThat(dueOf("Peppix <administratie@peppix.example>", "Je factuur 2026-0641 van Peppix", "Bedrag: EUR 36,30\n\n"
                + "Je hebt automatische incasso ingesteld. Wij schrijven dit bedrag op\n15 maart 2026 af van je rekening eindigend op 4410."))
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aFailedPaymentShouldBeDueOnTheDayItIsTriedAgain() {
        assertKindAndDue(find("Abo Service <abo@zeitung.example>", "Problem mit Ihrer Kreditkarte", "Guten Tag\n\nLeider konnten "
                + "wir den Betrag von CHF 29.00 nicht von Ihrer Mastercard-Kreditkarte mit der Endung 1881 belasten.\nWir versuchen am "
                + "15.03.2026 erneut, den Betrag abzubuchen. Bitte aktualisieren Sie bis dahin Ihre Kreditkarte.\n"), PaymentKind.FAILED_PAYMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Venligst betal beløbet før 15.03.2026 til konto 1234-567890.",
        "Ti preghiamo di effettuare il pagamento entro il 15/03/2026, altrimenti l'ordine verrà annullato.",
        "Merci d'effectuer votre paiement avant le 15 mars 2026, faute de quoi la commande sera annulée."})
    void anOrderThatAsksToBePaidByADayShouldBeAnInvoiceDueThatDay(String ask) {
        assertKindAndDue(find("Shop <orders@shop.example>", "Thank you for your order 10442", "Thank you for your order!\n\n"
                + "Order number: 10442\nTotal: 86,40 €\n\nPayment method: bank transfer\n" + ask + "\n"), PaymentKind.INVOICE);
    }

    @Test
    void aReceiptThatSaysItWasPaidOnADayShouldStayAReceipt() {
        assertThat(find("Shop <orders@shop.example>", "Thank you for your order 10443", "Thank you for your order!\n\n"
                + "Total: $86.40\nPaid with Visa ending 4242 on 02/03/2026.\nFree returns before 30/03/2026.\n"))
                .singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(PaymentKind.RECEIPT));
    }

    @Test
    void aDateThatCanOnlyBeDayFirstShouldSetTheOrderOfTheOthers() {
        assertThat(dueOf("Accounts <accounts@safariholdings.example>", "Statement 0226",
                "Statement date: 25/02/2026\nAmount due: USD 880.00\nDue date: 05/03/2026\n")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(dueOf("Accounts <accounts@lakeside.example>", "Statement 0226",
                "Statement date: 02/25/2026\nAmount due: 880.00 EUR\nDue date: 03/05/2026\n")).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void aPolicyToBeCancelledUnlessPaidShouldBeABillDueThatDay() {
        List<ExtractedPayment> found = find("Heartland Auto <policyservice@heartlandauto.example>",
                "Policy 4892 892983 will be cancelled unless payment is received", "Dear Ms. Jimenez:\n\nWe are writing to notify you "
                        + "that your automobile insurance policy number 4892\n892983 will be cancelled on March 15, 2026 unless we "
                        + "receive your payment of\n$389.83 by midnight on that date.\n");
        assertAmountAndDue(found, "389.83");
    }

    @Test
    void aReminderShouldBeDueOnTheNewDeadlineItSets() {
        assertThat(dueOf("Centrumadvokaterna <ekonomi@centrumadvokaterna.example>", "Betalningspåminnelse – faktura 20431",
                "Vi har ännu inte mottagit betalning för nedanstående faktura.\n\n  Förfallodatum:        2026-02-13\n"
                        + "  Att betala:           12 560 kr\n  Betala senast:        2026-03-15\n")).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aFirstRetryShouldBeDueBeforeTheLaterOnes() {
        assertThat(dueOf("Tellus <noreply@tellus.example>", "[Tellus] Payment Error Notification",
                "We were unable to complete the monthly payment for your subscription.\n\n  Amount:          USD 55.00\n\n"
                        + "The payment will be attempted again on March 15. If that attempt is not\nsuccessful, further attempts "
                        + "will be made on March 18 and March 20.\n")).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aJapaneseNextChargeDayShouldMakeARenewalDue() {
        List<ExtractedPayment> found = find("オンラインヨガ <info@yoga.example.jp>", "引落しカードの有効期限が切れています",
                "お支払にご登録頂いているクレジットカードの有効期限が切れています。\n次回課金日は2026-03-15となっております。\n\n◇ご請求内容\n価格 :3,300円(税込)\n");
        assertKindAndDue(found, PaymentKind.SUBSCRIPTION_RENEWAL);
    }

    @Test
    void aBalanceLeftToPayShouldBeABillDueByItsDeadline() {
        List<ExtractedPayment> found = find("Oasis Les Jardins <reservations@oasis.example.nl>",
                "Rappel : solde de votre réservation OLJ-24-07781 à régler", "Montant total du séjour : 1 148,00 €\n"
                        + "Acompte déjà réglé :        344,40 €\nSolde restant dû :          803,60 €\n\nLe solde final doit être "
                        + "réglé au plus tard six semaines avant votre arrivée,\nsoit avant le 15 mars 2026.\n");
        assertAmountAndDue(found, "803.60");
    }

    @Test
    void aHungarianDemandShouldBeDueOnTheDayItSetsBeforeIg() {
        assertThat(dueOf("FŐTÁV <ugyfelszolgalat@fotav.example.hu>", "Fizetési felszólítás - lejárt számla",
                "Eredeti fizetési határidő:  2026.01.31.\nFizetendő összesen:         18 842 Ft\n\n"
                        + "Kérjük, a fizetendő összeget 2026.03.15-ig egyenlítse ki.\n")).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aReceiptShouldKeepTheDayOfItsNextPayment() {
        assertThat(dueOf("Google Payments <payments-noreply@google.example>", "Your Google One subscription receipt",
                "Google One 2 TB\nMonthly subscription\nTotal: $9.99/mo\nNext payment: March 15, 2026\nPayment method: Visa •••• 4242\n"))
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void anAnnualStatementShouldBeItsBalanceToPayOnTheDayItIsDebited() {
        List<ExtractedPayment> found = find("Stadtwerke Bielefeld <kundenservice@stadtwerke-bielefeld.example.de>", "Ihre Jahresabrechnung 2025",
                "Jahresabrechnung Strom 01.01.2025 – 31.12.2025\n\nRechnungsbetrag brutto\t1.143,45 €\n"
                        + "abzüglich geleistete Abschläge (12 × 85,00 €)\t-1.020,00 €\nNachzahlung\t123,45 €\n\n"
                        + "Den Nachzahlungsbetrag von 123,45 € buchen wir am 15.03.2026 von Ihrem Konto ab.\n");
        assertAmountAndDue(found, "123.45");
        assertThat(found.getFirst().invoiceNumber()).as("the year a statement covers is not its number").isNull();
    }

    @Test
    void aReminderShouldBeDueOnTheNewDeadlineNotTheOneGoneBy() {
        assertThat(dueOf("Tipografia Moretti <amministrazione@tipografiamoretti.example.it>", "Promemoria pagamento fattura n. 58/2026",
                "Le scrivo per ricordarle che la fattura n. 58/2026 del 15 gennaio 2026, con scadenza originaria al 14 febbraio 2026, "
                        + "risulta ad oggi non ancora saldata.\nL'importo dovuto è di € 1.220,00 (IVA inclusa).\n"
                        + "Le chiederei cortesemente di provvedere al pagamento entro il 15 marzo 2026 tramite bonifico bancario.\n"))
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aKoreanBillShouldNotTakeItsMonthForItsSum() {
        List<ExtractedPayment> found = find("해오름영어학원 <bill@payssam.example.kr>", "[결제선생] 해오름영어학원 3월 청구서가 도착했습니다",
                "해오름영어학원에서 3월 청구서를 보내드립니다.\n청구내용: 3월 수강료 (초등 B반)\n청구금액: 280,000원\n"
                        + "3월 수강료 청구서입니다. 납부기한은 3월 15일 입니다.\n");
        assertAmountAndDue(found, "280000");
    }

    @Test
    void aFailedChargeAndItsRetryDayShouldBeReadInKorean() {
        List<ExtractedPayment> found = find("JCN 고객센터 <support@jcn.example.ne.jp>", "[JCN] 3월분 이용요금 결제 실패 안내",
                "고객님의 3월분 요금 결제가 확인되지 않았습니다.\n청구 금액: 5,280엔\n등록 카드: 끝자리 3391\n다음 재청구일: 2026년 3월 15일\n");
        assertKindAndDue(found, PaymentKind.FAILED_PAYMENT);
        assertThat(found.getFirst().currency()).isEqualTo("JPY");
    }

    @Test
    void aPaymentThatWasNotAcceptedShouldBeAFailedPayment() {
        List<ExtractedPayment> found = find("Pink Parcel <hello@pinkparcel.example.co.uk>", "We couldn't take your Pink Parcel payment",
                "Hi Sophie,\n\nWe tried to take your monthly subscription payment of £10.99 today, but unfortunately it wasn't accepted.\n");
        assertFailed(found, "10.99", "GBP");
    }

    @Test
    void anOrdinalInANameShouldNotBeADay() {
        assertThat(dueOf("1st Source Bank <alerts@1stsource.example>", "Account Alert: Your credit card payment is due",
                "This is a reminder that a payment is due on your 1st Source Visa Signature\naccount ending in 3390.\n\n"
                        + "Statement balance:      $1,248.19\nPayment due date:       03/15/2026\n")).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(dueOfBill("Amount due: $120.00\nPay by 1st Source Bank online banking or at any branch.")).isNull();
    }

    /** That {@code found} is one payment of {@code kind}, due on 15 March 2026. */
    private static void assertKindAndDue(List<ExtractedPayment> found, PaymentKind kind) {
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        });
    }

    /** That {@code found} is one payment of {@code amount}, due on 15 March 2026. */
    private static void assertAmountAndDue(List<ExtractedPayment> found, String amount) {
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo(amount);
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        });
    }

    /** That {@code found} is one failed payment of {@code amount} in {@code currency}. */
    private static void assertFailed(List<ExtractedPayment> found, String amount, String currency) {
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.FAILED_PAYMENT);
            assertThat(p.amount()).isEqualByComparingTo(amount);
            assertThat(p.currency()).isEqualTo(currency);
        });
    }

    /** What the extractor with its shipped gate, which decides near misses, finds in a mail of 2 March 2026. */
    @Test
    void aFailedTransactionShouldTakeItsBareSumInTheCurrencyNamedBelow() {
        List<ExtractedPayment> found = find("Toq <notifications@toq.example>", "Your transaction could not be completed",
                "Hi Lucía,\n\nWe're letting you know that a transaction you attempted has failed.\n\nDate: 02/03/2026\n"
                        + "Payee: Vodafone España\nAmount: 74.50\nCurrency: EUR\n");
        assertFailed(found, "74.50", "EUR");
    }

    private List<ExtractedPayment> find(String from, String subject, String body) {
        byte[] raw = TestMail.message().from(from).subject(subject).date("Mon, 02 Mar 2026 10:00:00 +0000").body(body).bytes();
        return gated.find(IngestService.parseMessage(raw, null), IngestService.headerSection(raw));
    }

    @Test
    void aDirectDebitNotCollectedShouldBeAFailedPaymentOfItsSum() {
        List<ExtractedPayment> found = find("ahm health insurance <noreply@ahm.example.com.au>", "We couldn't collect your premium payment",
                "Hi Sarah,\n\nWe weren't able to collect your direct debit of $164.35 for your ahm health insurance,\ndue on 1 March 2026. "
                        + "Your premiums are now overdue.\n");
        assertFailed(found, "164.35", "AUD");
    }

    @Test
    void aParkingFineShouldBeABillDueByItsDeadline() {
        List<ExtractedPayment> found = find("Ville de Bordeaux <fps@bordeaux.example.fr>", "Avis de paiement – forfait post-stationnement",
                "Un forfait post-stationnement (FPS) a été établi pour votre véhicule.\n\nMontant du FPS :             35,00 €\n\n"
                        + "Vous disposez de 3 mois à compter de la date d'envoi de cet avis pour payer, soit jusqu'au\n15/03/2026. "
                        + "Au-delà de ce délai, le FPS est majoré.\n");
        assertKindAndDue(found, PaymentKind.BILL);
    }
}
