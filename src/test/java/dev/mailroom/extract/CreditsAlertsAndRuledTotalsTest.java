package dev.mailroom.extract;

import static dev.mailroom.extract.PaymentProbes.assertPayment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit notes and sums paid back, terse bank alerts, money the reader received, totals under a ruled
 * line and the labels of card statements and charging receipts, with the shipped gate deciding near misses.
 */
class CreditsAlertsAndRuledTotalsTest {

    private final PaymentProbes probes = new PaymentProbes();

    @Test
    void aCreditNoteWhoseOnlySumIsNegativeShouldBeARefund() {
        assertPayment(probes.find("Ihre Telekom <rechnung@telekom.example>", "Gutschrift zu Ihrer Kündigung der Option Musik",
                "Guten Tag,\n\nIhre Kündigung der Option Musik zum 19.02.2026 haben wir erhalten.\n\n"
                        + "Gutschriftnummer: 3012 5102 0047\nOption Musik 20.02. - 28.02.2026 (anteilig)   -1,54 EUR\n\n"
                        + "Der Betrag wird mit Ihrer nächsten Rechnung verrechnet."),
                PaymentKind.REFUND, "-1.54", "EUR");
    }

    @Test
    void aStatementWhoseSumIsPaidBackShouldBeARefund() {
        assertPayment(probes.find("Zorgverzekeraar Noord <premie@zvnoord.example>", "Uw factuurspecificatie premie maart 2026",
                "Premie maart 2026\n  Zorgverzekering            € 90,22\n  Te veel betaald januari   -€ 168,07\n\n"
                        + "Opgeteld en afgetrokken hoeft u in maart geen premie te betalen.\n"
                        + "Wij storten € 77,85 terug op uw rekening eindigend op 4821."),
                PaymentKind.REFUND, "-77.85", "EUR");
        assertPayment(probes.find("Mercado Libre <info@mercadolibre.com.mx>", "Te devolvimos el dinero de tu compra cancelada",
                "Cancelaste tu compra y te devolvimos el dinero\nAudífonos inalámbricos\nDevolvimos | $ 1,299 |\n"
                        + "A tu tarjeta | Visa terminada en 7302 |"),
                PaymentKind.REFUND, "-1299.00", "MXN");
    }

    @Test
    void refundTermsShouldNotMakeATicketARefund() {
        List<ExtractedPayment> found = probes.find("GOL <bilhete@voegol.example>", "Bilhete eletrônico - localizador XKZ2LM",
                "Seu bilhete eletrônico\nTarifa R$ 2.089,17\nTaxas R$ 199,66\nTotal R$ 2.288,83\n\n"
                        + "O reembolso somente será aceito se dentro do prazo de validade, respeitadas as regras de tarifa.");
        assertThat(found).singleElement().satisfies(p -> assertThat(p.kind()).isNotEqualTo(PaymentKind.REFUND));
    }

    @Test
    void aTerseDebitAlertShouldBeItsAmountNotTheBalance() {
        assertPayment(probes.find("Access Bank <alerts@accessbank.example>", "Debit Alert",
                "Access Bank\n\nDebit\nAmt: NGN224.00\nAcct: 069****3812\nDesc: SMS Alert Fee\nDate: 25/02/2026\n"
                        + "Avail Bal: NGN41,880.15\nTotal Bal: NGN41,880.15\n\nThank you for banking with us."),
                PaymentKind.PAYMENT_CONFIRMATION, "224.00", "NGN");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "GTBank <gens@gtbank.example> | GeNS Transaction Alert [Credit: NGN 385,000.00] | We wish to inform you that a Credit transaction occurred on your account with us. Amount: NGN 385,000.00. Description: SALARY",
        "Nequi <notificaciones@nequi.com.co> | Recibiste plata en tu Nequi | ¡Hola Valentina! Recibiste $150.000 de JUAN PEREZ en tu Nequi. Tu saldo disponible ya está actualizado.",
        "Ghost <noreply@ghost.example> | One-time payment received: €25.00 from Mikael Berg | Mikael Berg just sent a one-time tip to Stadsljus. View member.",
        "Mercado Libre <info@mercadolibre.com.co> | Cancelaste tu compra | Cancelaste la compra de Audífonos ($ 89.900). Como todavía no habías pagado, no se hizo ningún cargo.",
        "Corriere Economia <newsletter@corriere.example> | Bollette cartacee: quanto costano davvero | Molti fornitori applicano un costo di invio di circa 1-2 euro per ogni bolletta. Si arriva a spendere fino a 40 euro l'anno in più.",
        "İstanbulkart <bilgi@istanbulkart.example> | İlk geçişin bizden! | Kampanya: ilk ulaşım ücretin kartına geri yüklensin. Tam tarife geçiş ücreti | 7,67 ₺ | Bu e-postayı ticari ileti iznin olduğu için aldın.",
        "ČSOB <info@csob.example> | ČSOB Info 24 - zaúčtování transakce | Dne 25.2.2026 byla na účtu 123456789 zaúčtovaná transakce typu: Došlá platba. Částka: +1 234,56 CZK",
        "Banka <info@banka.example> | Oznámenie o zaúčtovaní platby | Na účte bola zaúčtovaná suma: +1150,00 EUR z účtu SK91 7500 0000 0030 2072 9058",
        "Wallapop <no-reply@wallapop.example> | ¡Ya tienes tu dinero! | Hemos añadido 45,00 € a tu monedero de Wallapop. ¡Gracias por vender en Wallapop!",
        "Tessitura Colombo <amministrazione@tessitura.example> | Avviso di pagamento - fatture n. 112 e 118 | Vi comunichiamo che abbiamo disposto a vostro favore un bonifico SEPA. Totale bonifico EUR 3.660,00",
        "Tchibo <newsletter@tchibo.example> | Nur bis 27. März: Privatcard gratis + 10 € Gutscheine | 15 Bohnen = 2 € Gutschrift. Barista Espresso 1 kg | 17,99 €",
        "三井住友カード <info@smbc.example> | 【三井住友カード】ご指定金額到達のお知らせ（使いすぎ防止サービス） | ■ご指定金額：50,000円 ■利用累計金額：52,380円",
        "NordVPN <support@nordvpn.example> | Aggiornamento dei prezzi di rinnovo NordVPN | Dal 1° gennaio aggiorneremo i prezzi di rinnovo. Piano annuale Standard: da 79,80 € a 89,88 € all'anno",
        "Standard Bank <paymentconfirmation@standardbank.example> | Payment confirmation from J MOKOENA | This is to confirm that the following payment has been made into your account. Paid by: J MOKOENA. Amount: R 4 500,00",
        "Cabify <conductores@cabify.example> | Resumen semanal de tus ingresos (3 – 9 de febrero) | Importe de los trayectos: 1.048,60 €. Total a pagar: 809,34 €. Te transferiremos este importe el miércoles.",
        "Allegro <powiadomienia@allegro.example> | Rozłóż zakupy na raty | Jeżeli kwota Twojego zakupu wynosi co najmniej 300 zł, możesz zmienić opcję spłaty na raty.",
        "Notificaciones Banamex <notificaciones@banamex.example> | Depósito a Cuenta o Tarjeta Banamex | Se realizó la siguiente operación: Depósito a cuenta o tarjeta. Monto $ 1,600.00. Medio SPEI 008956",
        "Nordea <noreply@nordea.example> | Ny Swish-betalning mottagen | Ni har tagit emot en Swish-betalning. Belopp: 450,00 kr. Från: Anna S.",
        "Revolut <no-reply@revolut.example> | Informacja o nagrodzie w programie poleceń | Niestety tym razem nie możemy przyznać Ci nagrody w wysokości 200 zł.",
        "Deliveroo Riders <riders@deliveroo.example> | Your invoice for 3 - 16 February is ready | Invoice number: DRV-6618840. Total fee payable EUR 412.36. This amount will be sent to your bank account on the next fee day.",
        "Poste Italiane <noreply@poste.example> | Comunicazione di modifica unilaterale delle condizioni | Dal 1 gennaio verrà introdotto un canone annuo di 13,00 euro, che sarà addebitato sulla carta.",
        "Sunrise <info@sunrise.example> | Wichtige Information: neue Gebühr für Papierrechnungen ab 1. Februar | Papierrechnung mit allen Details: CHF 3.50 pro Monat (CHF 42.- pro Jahr)",
    })
    void moneyTheReaderReceivedOrWasNeverChargedShouldBeNoPayment(String from, String subject, String body) {
        assertThat(probes.find(from, subject, body)).isEmpty();
    }

    @Test
    void thePayeesWordForTheReadersPaymentShouldStillBeAPayment() {
        assertThat(probes.find("City Water <billing@citywater.example>", "Payment received - thank you",
                "Payment received: $80.00 from your account ending 4411. Thank you for your payment.")).hasSize(1);
    }

    @Test
    void aSumUnderARuledLineShouldBeTheTotalOfADirectDebitNotice() {
        List<ExtractedPayment> found = probes.find("\"Kita St. Johann\" <verwaltung@kita-johann.example>",
                "Elternbeitrag März 2026 - Ankündigung SEPA-Lastschrift",
                "Liebe Familie Schröder,\n\nhiermit kündigen wir den Einzug der Beiträge für den laufenden Monat an:\n\n"
                        + "  Elternbeitrag März 2026    164,00 €\n  Getränkegeld                5,00 €\n  ------------------------------\n"
                        + "                             169,00 €\n\nDer Betrag wird am 15.03.2026 per SEPA-Lastschrift von Ihrem Konto eingezogen.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("169.00");
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        });
    }

    @Test
    void totalsNamedInPolishNorwegianAndMexicanStatementsShouldBeRead() {
        assertPayment(probes.find("Sklep Biały Uśmiech <sklep@bialyusmiech.example>", "Potwierdzenie zamówienia ICHESXNHC",
                "Dziękujemy za zakupy!\nPłatność: Tpay – płatność zaakceptowana\nProdukt | Cena jedn. | Ilość | Razem |\n"
                        + "Paski wybielające | 89,18 zł | 1 | 89,18 zł |\nProdukty | 89,18 zł |\nWysyłka (Paczkomat) | 6,99 zł |\n"
                        + "Suma (brutto) | 96,17 zł |"),
                PaymentKind.RECEIPT, "96.17", "PLN");
        List<ExtractedPayment> charging = probes.find("Lade <kvittering@lade.example>", "Kvittering for lading hos Lade Sandvika",
                "Takk for at du ladet med oss!\nLevert energi: 38,6 kWh\nBetalingsmåte: Vipps\n"
                        + "Reservert beløp før start:  500,00 kr\nBelastet for ladeøkten:     181,03 kr\n");
        assertThat(charging).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("181.03"));
        List<ExtractedPayment> statement = probes.find("Banorte <estadosdecuenta@banorte.example>", "Tu estado de cuenta de febrero ya está disponible",
                "Ya puedes consultar el estado de cuenta de tu Tarjeta de Crédito terminación 5521.\n"
                        + "Fecha límite de pago | 23/03/2026 |\nSaldo anterior | $7,420.10 |\nPago mínimo | $1,152.00 |\n"
                        + "Pago para no generar intereses | $9,874.35 |\nLímite de crédito | $45,000.00 |");
        assertThat(statement).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("9874.35");
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        });
    }

    @Test
    void anOrderToBePaidByTransferBeforeADayShouldBeAnInvoiceDueThen() {
        List<ExtractedPayment> found = probes.find("Atelier Lumen <contact@atelier-lumen.example>", "Confirmation de votre commande n° LUM-0318",
                "Nous vous remercions de votre achat.\nCommande n° LUM-0318\n  Service à thé    1 x 115,00 €\n"
                        + "  Frais d'expédition   14,00 €\n  Total de la commande   129,00 €\n\nMode de paiement choisi : virement bancaire\n"
                        + "Merci d'effectuer le virement avant le 14/03/2026 ; la commande sera expédiée à réception du paiement.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.INVOICE);
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        });
    }

    @Test
    void aWalletPaymentInSpanishShouldNameWhomItPaid() {
        List<ExtractedPayment> found = probes.find("Nequi <notificaciones@nequi.com.co>", "Pagaste con tu Nequi",
                "¡Hola Valentina!\n\nPagaste $20.000 a UBER desde tu Nequi el 1 de marzo de 2026 a las 10:14 p. m.\n\nReferencia: M4471902");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.payee()).isEqualTo("Uber");
            assertThat(p.amount()).isEqualByComparingTo("20000.00");
            assertThat(p.currency()).isEqualTo("COP");
        });
    }

    @Test
    void anInstalmentShouldBeWhatAPlansReminderAsksForNotTheOrderTotal() {
        List<ExtractedPayment> found = probes.find("Scalapay <noreply@scalapay.example>", "Promemoria: la tua prossima rata scade il 14 marzo",
                "Ti ricordiamo che la seconda rata del tuo acquisto sta per scadere.\n\nImporto rata: € 26,63\n"
                        + "Data di addebito: 14/03/2026\nCodice ordine: 7MQ2XK4T\nTotale ordine: € 79,90 (rate pagate: 1 di 3)");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("26.63");
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        });
    }

    @Test
    void aDeclinedCardPaymentInSwedishShouldBeAFailedPaymentToTheMerchant() {
        List<ExtractedPayment> found = probes.find("Kortbank <no-reply@kortbank.example>", "Din kortbetalning har nekats",
                "Hej Johanna,\n\nVårt säkerhetssystem har nekat en kortbetalning.\n\nBelopp: 1 249,00 SEK\nHandlare: ELGIGANTEN\nKort: Visa •• 7731");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.FAILED_PAYMENT);
            assertThat(p.payee()).isEqualTo("Elgiganten");
        });
    }

    @Test
    void aRefundInitiatedForAnOrderShouldBeARefund() {
        assertPayment(probes.find("Swiggy <noreply@swiggy.in>", "Refund initiated for your order #178203946512",
                "Your order could not be delivered, so we have cancelled it and initiated a full refund.\n\n"
                        + "Order ID: #178203946512\nRefund amount: ₹412.00\nRefunded to: UPI"),
                PaymentKind.REFUND, "-412.00", "INR");
    }

    @Test
    void aDonationReceiptShouldBeItsDonation() {
        List<ExtractedPayment> found = probes.find("JustGiving <no-reply@justgiving.example>", "Thank you for your donation to Gaucher Association",
                "Thank you for your donation to Gaucher Association.\n\nDonation reference: 1203349871\nYour donation: £25.00\n"
                        + "Gift Aid: £6.25 (reclaimed by the charity from HMRC at no extra cost to you)");
        assertThat(found).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("25.00"));
    }

    @Test
    void aDollarFromAQuebecSenderShouldBeCanadian() {
        List<ExtractedPayment> found = probes.find("Hydro-Québec <factures@hydro.example.com>", "Votre facture est disponible",
                "Bonjour,\n\nVotre facture d'électricité est disponible.\nMontant à payer : 187,42 $\nDate d'échéance : 23 mars 2026\n\n"
                        + "Hydro-Québec, 75, boul. René-Lévesque Ouest, Montréal (Québec)");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.currency()).isEqualTo("CAD");
            assertThat(p.kind()).isEqualTo(PaymentKind.BILL);
        });
    }

    @Test
    void anItalianTollInvoiceShouldBeDueOnItsValueDate() {
        List<ExtractedPayment> found = probes.find("Telepass <noreply@telepass.example>", "È disponibile la tua fattura Telepass",
                "Numero fattura: 25/T/0412345\nPedaggi autostradali: 69,68 €\nTotale fattura: 73,40 €\n\n"
                        + "L'importo sarà addebitato sul conto corrente IT** **** **** 8812 con data valuta 15/03/2026.");
        assertThat(found).singleElement().satisfies(p -> assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15)));
    }

    @Test
    void aCardAlertsShopFieldShouldNameThePayee() {
        List<ExtractedPayment> found = probes.find("Banco Sur <avisos@bancosur.com.ar>", "Aviso de consumo con tu tarjeta Visa",
                "Te avisamos que se registró un consumo con tu tarjeta:\nTarjeta: Visa terminada en 2290\nComercio: FARMACITY SUC 112\n"
                        + "Fecha: 01/03/2026 18:07\nMonto: $ 18.450,00\nSi no reconocés esta operación, comunicate con nosotros.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.payee()).isEqualTo("Farmacity");
            assertThat(p.currency()).isEqualTo("ARS");
        });
    }

    @Test
    void aLateNoticeAndAFailedDebitShouldBeDueOnTheNewDayNotTheOneGoneBy() {
        List<ExtractedPayment> late = probes.find("Hydro-Québec Affaires <avis@hydro.example.com>", "Avis de retard - compte 2990 4418 7305",
                "Selon nos dossiers, la facture du 6 février 2026 n'a pas été payée en entier avant sa date d'échéance du 27 février 2026.\n\n"
                        + "  Montant dû ........ 1 261,86 $\n\nVous disposez de neuf jours pour payer le montant dû, soit au plus tard le 11 mars 2026.");
        assertThat(late).singleElement().satisfies(p -> assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 11)));
        List<ExtractedPayment> failed = probes.find("Whistletree Mortgages <service@whistletree.example.co.uk>", "Your mortgage Direct Debit has failed",
                "We were unable to collect your monthly mortgage payment of £842.17 by Direct Debit, which was due on 1 March 2026.\n\n"
                        + "We will try to take the Direct Debit payment again on 10 March 2026.");
        assertThat(failed).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.FAILED_PAYMENT);
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        });
    }

    @Test
    void theSumDueOnTimeShouldWinOverTheSumDueIfLate() {
        List<ExtractedPayment> found = probes.find("airtel <ebill@airtel.example.in>", "Your airtel postpaid bill is ready",
                "Your airtel mobile services bill is now available.\nAmount due: ₹ 1,049.82\nPay by date: 08-Mar-2026\n"
                        + "Amount due after 08-Mar-2026: ₹ 1,149.82");
        assertThat(found).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("1049.82"));
    }

    @Test
    void aRefundPromisedOnlyIfATripIsCancelledShouldNotMakeABookingARefund() {
        List<ExtractedPayment> found = probes.find("BlaBlaCar <noreply@blablacar.example>", "Réservation confirmée : Lyon → Grenoble",
                "Votre place est confirmée.\nPrix du trajet : 12,00 €\nFrais de service : 2,79 €\nTotal payé : 14,79 €\n"
                        + "Si le trajet n'a pas lieu, vous êtes remboursé selon les conditions d'annulation.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isNotEqualTo(PaymentKind.REFUND);
            assertThat(p.amount()).isEqualByComparingTo("14.79");
        });
    }

    @Test
    void aTicketReceiptThatThanksForBuyingShouldBeFound() {
        List<ExtractedPayment> found = probes.find("Billet Ami <no-reply@billetami.vn>", "Thank you",
                "Thank you for buying tickets on Billet Ami!\n\nOrder number:  #1052\nTicket type   Qty   Price\n"
                        + "Standard       1     100.000 VND\n\nTotal money: 100.000 VND\nPayment: paid online");
        assertThat(found).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("100000"));
    }

    @Test
    void aFailedPaymentThatNamesACreditLimitAsItsCauseShouldStillBeFound() {
        List<ExtractedPayment> found = probes.find("Tënk Canada <abonnement@tenk.example.tv>", "Votre abonnement Tënk ne s'est pas renouvelé",
                "Le paiement de votre abonnement mensuel Tënk (7,99 $ CA) n'a pas pu être effectué sur votre carte se terminant par 4410.\n\n"
                        + "Cela se produit généralement pour une des raisons suivantes :\n- Votre carte de crédit est expirée\n"
                        + "- Votre limite de crédit a été dépassée");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.FAILED_PAYMENT);
            assertThat(p.currency()).isEqualTo("CAD");
        });
    }

    @Test
    void aTrialThatStartsAPaidSubscriptionShouldBeARenewalOnThatDay() {
        List<ExtractedPayment> found = probes.find("Hollow Creek Gazette <no-reply@mail.gazette.example>", "Your Subscription starts soon",
                "Hi Beth,\n\nYour trial is almost over. Your subscription to Hollow Creek Gazette will\n"
                        + "automatically start on March 9 for $3 per month.\n\nIf you wish to cancel, you can review your subscription details here.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.SUBSCRIPTION_RENEWAL);
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        });
    }

    @Test
    void anAnnualStatementThatPaysBackShouldBeARefundOfWhatComesBack() {
        List<ExtractedPayment> found = probes.find("Vattenfall <klantenservice@vattenfall.example>", "Je jaarafrekening staat klaar: je krijgt € 86,40 terug",
                "Je jaarafrekening over de periode 1 februari 2025 tot en met 31 januari 2026 staat klaar.\n\nFactuurnummer: 7004418826\n"
                        + "Totale kosten stroom en gas: € 2.741,28\nBetaalde termijnbedragen: € 2.827,68\nJe krijgt terug: € 86,40\n\n"
                        + "We maken dit bedrag binnen 2 weken over naar je rekening eindigend op 5521.");
        assertPayment(found, PaymentKind.REFUND, "-86.40", "EUR");
    }

    @Test
    void aBizumSentShouldBeAPaymentToItsRecipient() {
        List<ExtractedPayment> found = probes.find("BBVA <bbva@comunicaciones.bbva.es>", "Has enviado un Bizum",
                "Te confirmamos que has enviado dinero con Bizum.\n\nImporte: 25,00 €\nDestinatario: Lucía Fernández Gil\nConcepto: Cena");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.PAYMENT_CONFIRMATION);
            assertThat(p.amount()).isEqualByComparingTo("25.00");
        });
    }
}
