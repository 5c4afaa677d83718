package dev.mailroom.extract;

import static dev.mailroom.extract.PaymentProbes.assertDue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.testing.TestMail;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Debits announced a number of days ahead, sums chosen by the section they stand in, and mail with
 * money in it that is no payment of the reader's: money credited, a merchant's notice, a price change
 * drawn with an arrow, a balance alert, a commercial proposal, an unpaid order called off.
 */
class PreNotificationsAndSectionsTest {

    private final PaymentProbes probes = new PaymentProbes();

    @Test
    void aDebitAnnouncedSomeDaysAheadIsDueThatManyDaysAfterTheMessage() {
        assertDue(probes.find("Verzekeraar <noreply@verzekeraar.example>", "Aankondiging: de betaling van je verzekering is over 5 dagen",
                "Hoi Sanne,\n\nDe tijd vliegt! Je volgende betaling is over 5 dagen.\n\n"
                        + "We schrijven de premie van € 38,47 voor jouw autoverzekering af van rekeningnummer NL** RABO **** **52 18.\n"),
                "38.47", "EUR", "2026-03-07");
        assertDue(probes.find("Seenot e.V. <spenden@seenot.example>", "Ihre Spende wird in zwei Tagen abgebucht",
                "Liebe Katrin,\n\nIhre Spende wird demnächst per SEPA-Lastschriftmandat abgebucht.\n\n"
                        + "Die Abbuchung von 10,00 EUR erfolgt regelmäßig monatlich, das nächste Mal in zwei Tagen.\n\n"
                        + "Vielen Dank für Ihre Unterstützung!"),
                "10.00", "EUR", "2026-03-04");
        assertDue(probes.find("Abonnement <info@abonnement.example>", "Votre prélèvement",
                "Bonjour,\n\nVotre prochain prélèvement de 12,00 € aura lieu dans 3 jours.\n\nCordialement"),
                "12.00", "EUR", "2026-03-05");
        assertDue(probes.find("Suscripción <info@suscripcion.example>", "Tu próximo cargo",
                "Hola,\n\nEl próximo cargo de 12,00 € se realizará en 5 días.\n\nGracias"),
                "12.00", "EUR", "2026-03-07");
        assertDue(probes.find("Energie <noreply@energie.example>", "Uw nota voor maart 2026",
                "Uw nieuwe nota staat voor u klaar.\nFactuurnummer:      700431825\nTermijnbedrag:      € 142,50\n"
                        + "U betaalt via automatische incasso. Wij schrijven het termijnbedrag rond\n"
                        + "24 maart 2026 af van uw rekening eindigend op 4821."),
                "142.50", "EUR", "2026-03-24");
    }

    @Test
    void anOrderAwaitingABankTransferIsDueWhenTheShopStopsWaiting() {
        List<ExtractedPayment> found = probes.find("Strefa Kursów <zamowienia@strefakursow.example>", "Potwierdzenie zamówienia nr 30517",
                "Cześć Katarzyna!\nPiszemy do Ciebie, żeby potwierdzić zamówienie numer 30517.\n"
                        + "Jeżeli wybierasz płatność przelewem bankowym, wykonaj go przy użyciu poniższych danych.\n"
                        + "Dane do przelewu\nTytuł przelewu: Zamówienie numer 30517\nKwota: 1 290,00 zł\n"
                        + "Zarezerwowaliśmy dla Ciebie miejsce na kursie i przez najbliższe 7 dni czekamy na wpłatę.");
        assertDue(found, "1290.00", "PLN", "2026-03-09");
        assertThat(found.getFirst().kind()).isEqualTo(PaymentKind.INVOICE);
    }

    @Test
    void aRefundSectionsAmountBeatsTheOriginalPaymentsAndAnItemsBracketedPriceIsNoTotal() {
        assertDue(probes.find("Bookshop <orders@bookshop.example>", "Your refund has been processed",
                "Hi Priya,\n\nThis email confirms that a refund has been processed for a previous payment you made.\n\n---\n\n"
                        + "ORIGINAL PAYMENT\nReference: PAY-8F3K21\nAmount:    £32.97\n\n---\n\n"
                        + "REFUND DETAILS\nReference: RF-2D9Q77\nReason:    Item returned\nAmount:    £24.98\n\n"
                        + "The refund will be returned to your Visa card ending 5520."),
                "-24.98", "GBP", null);
        assertDue(probes.find("Tickets <noreply@tickets.example>", "Your refund for the Craft Beer Festival has been processed",
                "*** Your payment has been refunded ***\nHi Chloe,\nWe have processed a refund in the amount of GBP 24.50 for your order\n"
                        + "#10293847561.\nTickets refunded: 1 x General Admission (£22.00 + £2.50 fee)\n"
                        + "The refund has been sent to your Visa ending in 7719."),
                "-24.50", "GBP", null);
        assertDue(probes.find("Casa Deco <pedidos@casadeco.example>", "[Casa Deco] Confirmación de pedido",
                "Lucía, gracias por realizar su pedido en Casa Deco!\nPedido: ZTRWQLMAK\nForma de Pago: Tarjeta de crédito\n"
                        + "Total Productos: 64,80 €\nDescuentos: -6,48 €\nGastos Envíos: 4,95 €\nTotal: 63,27 €\n"),
                "63.27", "EUR", null);
        assertDue(probes.find("カード会社 <mail@card.example>", "カード／ショッピング取消のお知らせ",
                "高橋　美咲 様\nカードでのショッピングの取消がありましたので、ご連絡します。\n【日時（日本時間）】　2026/03/01 20:41\n"
                        + "【金額】- 3,980円（取消）\n【ご利用先】　オンラインストア"),
                "-3980", "JPY", null);
    }

    @Test
    void aDonationRecordWithItsNumberBetweenIsReadUnderALongLetter() {
        String prose = "It's easy to ignore our fundraising banners, and I'm really glad you didn't. This is how we pay our bills"
                + " --- people like you giving us money, so we can keep the site freely available for everyone around the world.\n\n";
        assertDue(probes.find("\"Jo Smith, Open Knowledge Fund\" <donate@openknowledge.example>", "Thank you from the Open Knowledge Fund",
                "Dear Marcus,\n\nThank you for donating to the Open Knowledge Fund. You are wonderful!\n\n" + prose
                        + "For your records: Your donation, number 118392044, on February 28, 2026 was $25.00 USD.\n\n"
                        + "This letter may serve as a record of your donation. No goods or services were provided, in whole or in part,"
                        + " for this contribution. U.S. tax-exempt number: 20-0049703"),
                "25.00", "USD", null);
    }

    @Test
    void moneyCreditedAMerchantsNoticeAPriceChangeABalanceAlertAProposalAndAnUnpaidOrderCalledOffAreNone() {
        assertThat(probes.find("Bank <donotreply@alerts.bank.example>", "Transaction alert for your account",
                "Dear Customer,\n\nYour A/c XXXXXXX3391 has been credited by Rs.84,250.00 on 28/02/2026 by transfer from TECHNOVA"
                        + " SOLUTIONS PVT LTD - SALARY FEB26.\n\nAvailable balance: Rs.1,02,118.40")).isEmpty();
        assertThat(probes.find("Payments Co Invoices <invoices@payments.example>", "Invoice Paid #000123",
                "Good news! Marisol Tate paid invoice #000123.\n\nCustomer:      Marisol Tate\nAmount paid:   $450.00\n"
                        + "Payment:       Visa ending 7714\n\nFunds will be included in your next deposit.")).isEmpty();
        assertThat(probes.find("Notes App <no-reply@notes.example>", "An update to the price of your Notes subscription",
                "Hi Marco,\nWe're writing to let you know about an upcoming change to the price of Notes Personal.\n"
                        + "Notes Personal (yearly): $129.99 -> $149.99 per year\nNotes Personal (monthly): $14.99 -> $17.99 per month\n"
                        + "The new prices apply from your first renewal on or after April 15, 2026.")).isEmpty();
        assertThat(probes.find("Card Services <alerts@card.example>", "Balance Alert: your balance has reached $1,500.00",
                "As you requested, we're letting you know that the balance on your card account ending in 6021 has reached the"
                        + " alert level you set.\nYour alert level: $1,500.00\nCurrent balance: $1,537.42 (as of March 1, 2026)\n"
                        + "Available credit: $6,462.58\nThis is not a bill. Your statement balance and payment due date will be"
                        + " shown on your next statement.")).isEmpty();
        assertThat(probes.find("Durand Électricité <devis@durand.example>", "Proposition commerciale PR2505-0117",
                "Bonjour Monsieur Lefèvre,\nVeuillez trouver ci-joint la proposition commerciale PR2505-0117\n"
                        + "Total HT : 1 650,00 €\nTVA 10 % : 165,00 €\nTotal TTC : 1 815,00 €\nDurée de validité : 30 jours")).isEmpty();
        assertThat(probes.find("小米商城 <service@shop.example>", "商城提醒：您的订单5251106331829已被取消",
                "尊敬的王磊:\n与您交易的商城已经取消了您的订单5251106331829。\n原因︰订单超时未支付，系统已自动关闭。\n"
                        + "订单金额：¥1,999.00。该订单尚未付款，不会产生任何扣款。")).isEmpty();
    }

    @Test
    void aRateForADayAnOfferForOnlySoMuchAndAWelcomeBeforeTheFirstInvoiceAreNone() {
        assertThat(probes.find("City Library <library@city.example>", "Reminder: items due soon",
                "Hi Alex,\n\nThe following items are due on 20/03/2026:\n- The Overstory\n- Piranesi\n\n"
                        + "Renew online. Late fee: £0.25 per day per item.")).isEmpty();
        assertThat(probes.find("Mobilnet <kundeservice@mobilnet.example>", "Tilbud: dobbel data i 3 måneder",
                "Hei Alex!\nFå dobbel data i 3 måneder for kun 199 kr/mnd. Gjelder til 31. mars.\nBestill nå.")).isEmpty();
        assertThat(probes.find("Fitpass <members@fitpass.example>", "Welcome to Fitpass!",
                "Hi Alex, welcome to Fitpass!\nYour membership starts on 1 April 2026. Your plan: Flex, €39/month.\n"
                        + "We will send your first invoice at the start of your membership.")).isEmpty();
    }

    @Test
    void cashWithdrawalsMoneyRequestsOverdraftsMeterReadingsSavingsSalesAndFriendsSharesAreNone() {
        assertThat(probes.find("Banco Nacional <alertas@banco.example>", "Retiro sin tarjeta",
                "Estimado cliente:\n\nSe realizó un retiro sin tarjeta por ₡40.000,00 en el ATM Sabana el 01/03/2026.\n"
                        + "Cuenta: ****3321")).isEmpty();
        assertThat(probes.find("PayPal <service@paypal.example>", "You have a money request from Mark",
                "Mark Jensen has requested $60.00 USD.\nNote: Concert tickets\nPay or decline this request in your account."))
                .isEmpty();
        assertThat(probes.find("Sparbank <info@sparbank.example>", "Ihr Dispositionskredit",
                "Sehr geehrter Herr Kim,\n\nIhr Konto ist seit dem 10.02.2026 mit 312,40 € im Minus. Der Sollzins beträgt 9,9 % p.a.\n"
                        + "Bitte gleichen Sie Ihr Konto bei Gelegenheit aus.")).isEmpty();
        assertThat(probes.find("Stadtwerke <service@stadtwerke.example>", "Zählerstand bitte melden",
                "Sehr geehrter Herr Kim,\nbitte teilen Sie uns bis zum 31.03.2026 Ihren Zählerstand mit. "
                        + "Ihr aktueller Abschlag beträgt 85,00 € monatlich.")).isEmpty();
        assertThat(probes.find("Supermarkt Plus <info@supermarkt.example>", "Dein Kassenbon ist da",
                "Danke für deinen Einkauf! Deine Ersparnis heute: 3,40 €\nDu hast 5 Coupons eingelöst.")).isEmpty();
        assertThat(probes.find("Seconde Main <no-reply@secondemain.example>", "Ton article a été vendu",
                "Bravo ! Ton article \"Veste en jean\" a été vendu pour 18,00 €. Envoie-le sous 5 jours. Le montant sera versé"
                        + " sur ton porte-monnaie après la livraison.")).isEmpty();
        assertThat(probes.find("Marie Dupont <marie.dupont@orange.fr>", "Cadeau pour Julie",
                "Coucou Alex,\n\nOn a acheté le cadeau pour Julie : 120 € au total, donc 30 € chacun. Tu peux me faire un virement"
                        + " quand tu veux !\n\nBises,\nMarie")).isEmpty();
        assertThat(probes.find("Energiebedrijf <klant@energie.example>", "Uw nieuwe termijnbedrag",
                "Beste Alex,\n\nOp basis van uw verbruik passen we uw termijnbedrag aan. Vanaf april wordt uw termijnbedrag"
                        + " € 118,00 per maand (was € 104,00).\nU hoeft niets te doen.")).isEmpty();
    }

    @Test
    void aPersonWhoSendsAnInvoiceFromAFreeMailboxStillSendsAnInvoice() {
        assertDue(probes.find("Tom Baker <tom.baker.design@gmail.com>", "Invoice #12 - logo design",
                "Hi Alex,\n\nPlease find my invoice for the logo work below.\n\nInvoice #12\nLogo design: $450.00\n"
                        + "Total due: $450.00\nDue date: March 16, 2026\n\nThanks!\nTom"),
                "450.00", "USD", "2026-03-16");
    }

    @Test
    void pricesChangedInJapanesePolishWithdrawalsOwnTransfersStoppedPurchasesRatesUpToAndDeliveriesAreNone() {
        assertThat(probes.find("Streamz <info@streamz.example>", "料金改定のお知らせ",
                "いつもご利用いただきありがとうございます。\n2026年4月1日より、スタンダードプランの月額料金を990円から1,190円（税込）に改定いたします。\n"
                        + "お客様による手続きは不要です。")).isEmpty();
        assertThat(probes.find("Operator <powiadomienia@operator.example>", "Zmiana cennika usług",
                "Szanowny Kliencie,\nod 1 kwietnia 2026 r. opłata abonamentowa za Twój plan wzrośnie z 55 zł do 60 zł miesięcznie.\n"
                        + "Nie musisz nic robić.")).isEmpty();
        assertThat(probes.find("支付宝 <service@pay.example>", "提现成功通知",
                "您好，您于2026-03-01申请的提现 ¥2,000.00 已到账至尾号8821的银行卡。")).isEmpty();
        assertThat(probes.find("Bank <alerts@bank.example>", "Scheduled transfer to savings",
                "Your scheduled transfer of $200.00 from Spending Account ••1120 to Savings Account ••8841 will happen on"
                        + " Mar 3, 2026.")).isEmpty();
        assertThat(probes.find("Banco <avisos@banco.example>", "Tu tarjeta ha sido bloqueada",
                "Por tu seguridad hemos bloqueado tu tarjeta terminada en 4410 tras detectar un intento de compra de 899,00 € en un"
                        + " comercio no habitual.")).isEmpty();
        assertThat(probes.find("Spaarbank <info@spaarbank.example>", "Je spaarrente gaat omhoog",
                "Goed nieuws! Vanaf 1 april krijg je 2,25% rente over je spaargeld tot € 100.000.")).isEmpty();
        assertThat(probes.find("Punkte <point@punkte.example>", "【ポイント】ポイント獲得のお知らせ",
                "3月1日のお買い物で 120ポイント を獲得しました。\nご利用金額：12,000円")).isEmpty();
        assertThat(probes.find("Versandhaus <versand@versandhaus.example>", "Zugestellt: Ihr Paket",
                "Ihr Paket wurde zugestellt.\nBestellung #302-1234567-7654321\nGesamtbetrag der Bestellung: 49,99 €")).isEmpty();
    }

    @Test
    void dottedPesosInSpanishMailAreTheirCountrysAndAFailedDebitIsRetriedInSomeDays() {
        byte[] raw = TestMail.message().from("Domicilios <recibos@domicilios.example>").subject("Recibo de tu pedido")
                .date("Mon, 02 Mar 2026 13:00:00 -0500")
                .body("¡Gracias por tu pedido!\nRestaurante: El Corral\nSubtotal: $45.900\nEnvío: $4.500\nTotal: $50.400\n"
                        + "Pagado con tarjeta **** 4410\n").bytes();
        assertDue(probes.find(raw), "50400", "COP", null);
        List<ExtractedPayment> failed = probes.find("Musiktjänst <no-reply@musik.example>", "Vi kunde inte behandla din betalning",
                "Hej Alex,\nVi kunde inte dra 119 kr från ditt kort. Vi försöker igen om 3 dagar.\nUppdatera dina betalningsuppgifter.\n");
        assertDue(failed, "119", "SEK", "2026-03-05");
        assertThat(failed.getFirst().kind()).isEqualTo(PaymentKind.FAILED_PAYMENT);
    }

    @Test
    void moneySentToTheReaderInGermanAndSpanishInterestAndAPolishDeliveryAreNone() {
        assertThat(probes.find("Zahlungsdienst <service@zahlung.example>", "Sie haben Geld erhalten",
                "Hallo Alex,\nJana Schmidt hat Ihnen 40,00 € EUR gesendet.\nDas Geld ist jetzt auf Ihrem Konto.")).isEmpty();
        assertThat(probes.find("Banco <info@banco.example>", "Ingreso en tu cuenta",
                "Se ha realizado un ingreso de 1.850,00 € en tu cuenta ****3321. Concepto: NÓMINA.")).isEmpty();
        assertThat(probes.find("Cartera <info@cartera.example>", "Tu dinero rindió",
                "Tu dinero generó $ 48.12 de rendimientos este mes.")).isEmpty();
        assertThat(probes.find("Sklep <powiadomienia@sklep.example>", "Twoja paczka została dostarczona",
                "Paczka z zamówienia nr 55a1-2231 została dostarczona. Wartość zamówienia: 249,99 zł")).isEmpty();
    }

    @Test
    void aLandlordsOrATeachersBillFromAFreeMailboxIsABillAndAnAnnualStatementsNewInstalmentNoPriceChange() {
        assertDue(probes.find("John Miller <jmiller.landlord@gmail.com>", "Rent for April",
                "Hi Alex,\nJust a reminder that rent of $1,850.00 for April is due on April 1.\nThanks,\nJohn"),
                "1850.00", "USD", "2026-04-01");
        assertDue(probes.find("Piano Lessons Anna <anna.piano@yahoo.com>", "Lessons February",
                "Hi Alex,\nFor February we had 4 lessons at $45, total $180. Please pay by Mar 31 via Zelle.\nAnna"),
                "180.00", "USD", "2026-03-31");
        assertDue(probes.find("Stromio <service@stromio.example>", "Ihre Jahresabrechnung",
                "Ihre Jahresabrechnung 2025\nGesamtkosten: 1.284,40 €\nbereits gezahlte Abschläge: 1.140,00 €\nNachzahlung: 144,40 €\n"
                        + "Der Betrag wird am 01.04.2026 abgebucht.\nIhr neuer Abschlag ab April: 110,00 €\n"),
                "144.40", "EUR", "2026-04-01");
    }

    @Test
    void deliveriesCreditsAndAvailableAmountsInAsianNordicAndCzechMailAreNone() {
        assertThat(probes.find("通販 <shipment@shop.example>", "お届け済み: ご注文の商品",
                "ご注文の商品をお届けしました。\n注文番号：250-1234567-7654321\n注文合計：￥3,980\n置き配：玄関")).isEmpty();
        assertThat(probes.find("カード会社 <info@card.example>", "ご利用可能額のお知らせ",
                "ご利用可能額が残り 50,000円 となりました。\nご利用枠：300,000円")).isEmpty();
        assertThat(probes.find("송금 <no-reply@send.example>", "입금 알림", "김민수님이 30,000원을 보냈어요.\n통장으로 입금되었습니다.")).isEmpty();
        assertThat(probes.find("银行 <95555@bank.example>", "账户入账通知", "您尾号8821的账户于3月1日入账人民币5,000.00元，摘要：工资。")).isEmpty();
        assertThat(probes.find("Banken <info@banken.example>", "Lön insatt", "Din lön på 28 450 kr har satts in på ditt konto ****3321."))
                .isEmpty();
        assertThat(probes.find("Obchod <info@obchod.example>", "Vaše objednávka byla doručena",
                "Vaše objednávka č. 123456789 byla doručena. Celková cena: 4 990 Kč. Ohodnoťte nákup a získejte body.")).isEmpty();
        assertThat(probes.find("Pankki <info@pankki.example>", "Tilillesi on saapunut maksu",
                "Tilillesi FI** **** 3321 on saapunut maksu 1 250,00 €. Maksaja: MATTI VIRTANEN")).isEmpty();
    }

    @Test
    void termsInFrenchItalianAndSwedishAutopayAndTheEndOfMonthNameDueDates() {
        assertDue(probes.find("Studio <factures@studio.example>", "Facture F-2026-11", "Montant TTC : 240,00 €\nÀ régler sous 30 jours"),
                "240.00", "EUR", "2026-04-01");
        assertDue(probes.find("Studio <fatture@studio.example>", "Fattura 77", "Totale: 95,00 €\nPagamento a 30 giorni data fattura"),
                "95.00", "EUR", "2026-04-01");
        assertDue(probes.find("Byrå <faktura@byra.example>", "Faktura 2026-118", "Att betala: 1 250 kr\nBetalningsvillkor: 30 dagar netto"),
                "1250.00", "SEK", "2026-04-01");
        assertDue(probes.find("Power Co <billing@power.example>", "Bill ready", "Your autopay of $64.10 will be processed on 03/25."),
                "64.10", "USD", "2026-03-25");
        assertDue(probes.find("Design Co <billing@design.example>", "Your invoice", "Amount due: $50.00\nDue: end of month"),
                "50.00", "USD", "2026-03-31");
    }

    @Test
    void buyersWhoPaidTheReaderInEuropeanLanguagesAndAnApprovedMilestoneAreNone() {
        assertThat(probes.find("Auktion <ebay@auktion.example>", "Der Käufer hat bezahlt",
                "Gute Nachrichten! Der Käufer hat 85,00 € für \"Kamera\" bezahlt. Bitte versende den Artikel bis 16.03.")).isEmpty();
        assertThat(probes.find("Annonces <noreply@annonces.example>", "L'acheteur a payé",
                "Bonne nouvelle ! L'acheteur a payé 45,00 € pour votre annonce \"Vélo enfant\". Envoyez le colis sous 5 jours."))
                .isEmpty();
        assertThat(probes.find("Segunda Mano <noreply@segundamano.example>", "El comprador ha pagado",
                "¡Buenas noticias! El comprador ha pagado 30,00 € por \"Lámpara vintage\". Envíalo antes de 5 días.")).isEmpty();
        assertThat(probes.find("Freelance <donotreply@freelance.example>", "Payment for milestone approved",
                "Your client approved milestone \"Design v2\". $600.00 will be available in your account in 5 days.")).isEmpty();
    }

    @Test
    void aDebitTheOverdraftStoppedAndABusinessRequestingPaymentOfAnInvoiceStayPayments() {
        assertThat(probes.find("Bank <alerts@bank.example>", "Direct Debit returned",
                "Your Direct Debit payment of £45.00 to British Gas could not be paid because your account is overdrawn."))
                .singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("45.00"));
        assertDue(probes.find("Acme Ltd via PayPal <service@paypal.example>", "Acme Ltd has requested a payment",
                "Acme Ltd has requested $400.00 USD for invoice #123.\nDue date: Mar 30, 2026\nPay now"),
                "400.00", "USD", "2026-03-30");
    }

    @Test
    void giftCardsPointStatementsAndCancellationsInEuropeanLanguagesAreNoneButAFinalBillIsABill() {
        assertThat(probes.find("Librairie <noreply@librairie.example>", "Vous avez reçu une carte cadeau",
                "Bonjour Alex,\nJulie vous offre une carte cadeau de 30 € !\nCode : FN-2291-4411")).isEmpty();
        assertThat(probes.find("Bonus <service@bonus.example>", "Ihr Punktestand",
                "Ihr aktueller Punktestand: 1.240 Punkte (entspricht 12,40 €).\nNeu gesammelt: 48 Punkte für Ihren Einkauf über 48,20 €."))
                .isEmpty();
        assertThat(probes.find("Operatör <kundservice@operator.example>", "Ditt abonnemang har sagts upp",
                "Hej Alex,\nDitt abonnemang (399 kr/mån) har sagts upp och avslutas 31 mars 2026. Du kommer inte att debiteras mer."))
                .isEmpty();
        assertThat(probes.find("Operatore <info@operatore.example>", "Il tuo abbonamento è stato disattivato",
                "Ciao Alex,\nla tua offerta Special (9,99 €/mese) è stata disattivata. Non ti verranno addebitati altri importi."))
                .isEmpty();
        assertDue(probes.find("Stromanbieter <service@strom.example>", "Ihr Vertrag wurde gekündigt – Schlussrechnung",
                "Guten Tag,\nanbei Ihre Schlussrechnung.\nRechnungsbetrag: 45,20 €\nFällig am 20.03.2026."),
                "45.20", "EUR", "2026-03-20");
    }

    @Test
    void aNewPriceBesideTheCurrentOneIsAPriceChangeAndARenewalIsThisYearsPremiumNotLastYears() {
        assertThat(probes.find("Gimnasio <info@gimnasio.example>", "Actualización de cuota",
                "Cuota actual: 39,90 €/mes\nNueva cuota: 42,90 €/mes\nA partir del 1 de abril de 2026.")).isEmpty();
        assertThat(probes.find("Fiber <info@fiber.example>", "Anpassung Ihres Tarifs",
                "Bisheriger Preis: 39,99 € monatlich\nNeuer Preis: 42,99 € monatlich\nGültig ab: 01.04.2026")).isEmpty();
        assertDue(probes.find("Insurer <noreply@insurer.example>", "Your renewal is coming up",
                "Your home insurance renews on 12/03/2026.\nLast year you paid: £312.40\nThis year: £338.10\n"
                        + "We will renew automatically unless you tell us otherwise."),
                "338.10", "GBP", "2026-03-12");
    }

    @Test
    void aTopUpIsWhatWasAddedNotTheBalanceAfterIt() {
        assertDue(probes.find("Game Store <noreply@gamestore.example>", "Wallet funds added",
                "Thank you for your purchase.\nYou added $20.00 to your Wallet.\nWallet balance: $27.41\nPayment method: PayPal\n"),
                "20.00", "USD", null);
        assertDue(probes.find("Transit <noreply@transit.example>", "Auto Top Up",
                "Hi Alex,\nYour card ending 4410 was automatically topped up.\nTop up amount: $40.00\nNew card balance: $52.35\n"
                        + "Charged to Visa ending 1120.\n"),
                "40.00", "USD", null);
    }

    @Test
    void aCardStatementsBalanceBeatsItsMinimumInTurkishAndPortugueseMonthAbbreviationsAreRead() {
        assertDue(probes.find("Banka <ekstre@banka.example>", "Kredi kartı hesap özetiniz",
                "Sayın Alex Kim,\nMart 2026 hesap özetiniz hazırlanmıştır.\nDönem borcu: 4.812,30 TL\nAsgari ödeme tutarı: 1.924,92 TL\n"
                        + "Son ödeme tarihi: 27.03.2026\nKullanılabilir limit: 15.187,70 TL\n"),
                "4812.30", "TRY", "2026-03-27");
        assertDue(probes.find("Cartão <todomundo@cartao.example>", "Sua fatura fechou",
                "Olá Alex,\nSua fatura de março fechou.\nValor da fatura: R$ 1.284,90\nPagamento mínimo: R$ 192,73\n"
                        + "Vencimento: 22 MAR\nLimite disponível: R$ 3.715,10\n"),
                "1284.90", "BRL", "2026-03-22");
    }

    @Test
    void theAmountOwingBeatsWhatAHealthFundPaid() {
        byte[] raw = TestMail.message().from("Bright Dental <frontdesk@brightdental.example.com.au>")
                .subject("Your statement from Bright Dental").date("Mon, 02 Mar 2026 10:00:00 +1100")
                .header("MIME-Version", "1.0").header("Content-Type", "text/html; charset=UTF-8")
                .body("<p>Dear Alex,</p><table><tr><td>Date</td><td>Service</td><td>Fee</td><td>Health fund</td><td>Gap</td></tr>"
                        + "<tr><td>02/02/2026</td><td>Check-up and clean</td><td>$245.00</td><td>$160.00</td><td>$85.00</td></tr></table>"
                        + "<p><b>Amount owing: $85.00</b></p><p>Please pay by 28/03/2026.</p>").bytes();
        assertDue(probes.find(raw), "85.00", "AUD", "2026-03-28");
    }

    @Test
    void aHoldOnACardAnUpdatedPaymentMethodAndAnOrderReadyForPickupAreNone() {
        assertThat(probes.find("Hotel <reservations@hotel.example>", "Pre-authorization notice",
                "A pre-authorization hold of $150.00 was placed on your card ending 4410 for incidentals during your stay."
                        + " It will be released after checkout.")).isEmpty();
        assertThat(probes.find("Phone Co <billing@phone.example>", "Your payment method was updated",
                "You updated your payment method to Visa ending in 4410. Your next bill of $85.00 will be charged to this card."))
                .isEmpty();
        assertThat(probes.find("Electronics <info@electronics.example>", "Your order is ready for pickup",
                "Your order #BBY01-8812 is ready for pickup at our Union Square store. Bring your ID. Order total: $129.99 (paid)."))
                .isEmpty();
    }

    @Test
    void moneyGiftsCashbackLowBalanceNoticesExtrasOnTheNextInvoiceUnpaidKoreanOrdersAndReceivedInvoicesAreNone() {
        assertThat(probes.find("Neobank <no-reply@neobank.example>", "Lena hat dir ein Geldgeschenk geschickt",
                "Hallo Jonas,\nLena Hoffmann hat dir ein Geldgeschenk über 50,00 € geschickt.")).isEmpty();
        assertThat(probes.find("Cashback <hello@cashback.example>", "Your Cashback has been tracked!",
                "Good news! Your Cashback from your recent purchase has been successfully tracked.\n"
                        + "Store | Purchase amount | Cashback\nLazada | S$214.60 | S$8.58")).isEmpty();
        assertThat(probes.find("Tolls <noreply@tolls.example>", "Low Balance Notice",
                "Your prepaid account 1029-4471-88 has reached its low balance threshold.\nCurrent prepaid balance: $6.35\n"
                        + "Low balance threshold: $10.00\nPlease add funds to your prepaid account.")).isEmpty();
        assertThat(probes.find("Kabel <noreply@kabel.example>", "Bevestiging: Sport Totaal toegevoegd aan je abonnement",
                "Je hebt het volgende extra pakket toegevoegd:\nSport Totaal\nPrijs: € 14,95 per maand\n"
                        + "De aanpassing zie je op de volgende factuur.")).isEmpty();
        assertThat(probes.find("서점 <books@books.example>", "[서점] 미입금 주문 자동취소 안내",
                "결제되지 않아 자동으로 취소되었습니다.\n주문번호 | 1192038814\n주문금액 | 37,800원\n입금금액 | 0원")).isEmpty();
        assertThat(probes.find("Domaine <comptabilite@domaine.example>", "Réception de votre facture",
                "Bonjour,\nNous accusons réception de votre facture.\nVous recevrez le règlement de 650,00 € dans les plus brefs délais."))
                .isEmpty();
    }

    @Test
    void termsAfterTheInvoiceDateInBracketsARenewalInDaysAndASpanishRefundAreRead() {
        assertDue(probes.find("Web Studio <facturation@webstudio.example>", "Facture #2026-0412",
                "Facture : 2026-0412\nMontant : 480,00 € TTC\nDélai de paiement : 30 jours à compter de la date de la facture (02/03/2026)"),
                "480.00", "EUR", "2026-04-01");
        assertDue(probes.find("VPN <subscriptions@vpn.example>", "Benachrichtigung über automatische Verlängerung",
                "Ihr aktuelles Abonnement verlängert sich automatisch in 14 Tagen.\nDie Zahlungsmethode Ihres Kontos wird mit einer"
                        + " Gebühr in Höhe von 59,88 € belastet."),
                "59.88", "EUR", "2026-03-16");
        assertDue(probes.find("Segunda Mano <no-reply@segundamano.example>", "Te hemos devuelto el dinero de tu compra",
                "El vendedor no ha enviado el producto a tiempo, así que hemos cancelado la compra.\nTe hemos devuelto 84,50 €:\n"
                        + "Precio del producto 78,00 €\nEnvío 3,95 €\nTotal devuelto 84,50 €"),
                "-84.50", "EUR", null);
    }

    @Test
    void aNewSupplyContractsPricesAreNoBill() {
        assertThat(probes.find("Energibolag Kundtjänst <kundtjanst@energibolag.example>", "Tack för ditt elavtal",
                "Hej Elin,\nTack för avtalet! Du har gjort ett bra val.\nAvtal: Fast pris i 12 månader\nLeveransstart: 1.4.2026\n"
                        + "Energipris: 8,49 c/kWh\nGrundavgift: 3,95 €/månad\n(priserna inkluderar moms 25,5 %)\n"
                        + "Avtalet innebär att du tar i bruk e-faktura.")).isEmpty();
    }

    @Test
    void lastTuningSetsPostcodesVouchersNewsDomainsAndPreNotifiedDebitsAreReadRightly() {
        assertThat(probes.find("Water Co <noreply@water.example>", "Your new bill is ready to view",
                "Your new bill is ready to view.\nSign in to My Account to see it.\nWater Services Limited, Western House, Bradford BD6 2SZ."))
                .isEmpty();
        assertThat(probes.find("Spielwaren <service@spielwaren.example>", "Ein Gutschein für Sie",
                "Auf Ihrem Kundenkonto wurde ein Gutschein für Sie hinterlegt.\nGutscheinwert: 15,00 €")).isEmpty();
        assertThat(probes.find("Free <offres@news.mobile.example>", "Forfait 5G à 15,99 €/mois",
                "FORFAIT 5G - 19,99 €/mois\nOffre valable jusqu'au 15/04/2026.")).isEmpty();
        assertDue(probes.find("Sportclub <leden@sportclub.example>", "Aankondiging: je maandelijkse betaling wordt over 5 dagen afgeschreven",
                "Hoi Sanne,\nJe volgende betaling is over een aantal dagen.\nBedrag:           € 34,99\nAfschrijfdatum:   7 maart 2026\n"),
                "34.99", "EUR", "2026-03-07");
        assertDue(probes.find("Korteriühistu <arved@kyhistu.example>", "Arve nr 2026-03-14 - korter 14",
                "ARVE nr: 2026-03-14\nKuupäev: 02.03.2026\nMaksetähtpäev: 20.03.2026\nHaldustasu (0,45 €/m²) | m² | 58,4 | 26,28\n"
                        + "Soojus | MWh | 1,052 | 121,51\nArve kokku (EUR): 212,37"),
                "212.37", "EUR", "2026-03-20");
    }
}
