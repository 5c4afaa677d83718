package dev.mailroom.extract;

import static dev.mailroom.extract.PaymentProbes.assertMoney;
import static dev.mailroom.extract.PaymentProbes.assertPayment;

import org.junit.jupiter.api.Test;

/**
 * Which of several sums a payment is: plain-text tables that pad a label far from its figure, what a
 * kind of payment names its own sum (a refund's refund, a card's charge, a statement's balance to pay),
 * and sums that only look like totals (goods before credit, remaining instalments, funds available, a
 * price another plan would cost, a conversion given as an indication).
 */
class PaddedTablesAndPreferredSumsTest {

    private final PaymentProbes probes = new PaymentProbes();

    @Test
    void aPaddedPlainTextTableIsReadAcrossItsGap() {
        assertMoney(probes.find("Stadtenergie <rechnung@stadtenergie.example>", "Ihre Jahresabrechnung Strom & Gas ist da",
                "Ihre Jahresabrechnung liegt vor.\nRechnungsnummer:         601-2503-448127\n\n"
                        + "  Summe Energiekosten                                EUR   2.416,78\n"
                        + "  abzüglich bezahlte Teilbeträge (10 x 198,00)       EUR  -1.980,00\n"
                        + "  Nachzahlung aus der Jahresabrechnung               EUR     436,78\n"
                        + "  zuzüglich 1. Teilbetrag neuer Zeitraum (03/2025)   EUR     224,00\n"
                        + "  ------------------------------------------------------------------\n"
                        + "  Zu zahlender Betrag (Endbetrag)                    EUR     660,78\n\n"
                        + "Der Endbetrag wird am 24.03.2026 per Bankeinzug abgebucht."), "660.78", "EUR");
        assertMoney(probes.find("Pine Studio <maya@pinestudio.example>", "Invoice PS-2026-031 (final balance)",
                "Attached is the final invoice. The 50% deposit you paid has been credited below.\n\n"
                        + "Project total                                                   $6,800.00\n"
                        + "Less: deposit received Feb 14, 2026                            -$3,400.00\n"
                        + "-------------------------------------------------------------------------\n"
                        + "BALANCE DUE                                                     $3,400.00\n\nTerms: Net 15"),
                "3400.00", "USD");
    }

    @Test
    void whatIsToPayBeatsTheGrossTotalAndTheMinimum() {
        assertMoney(probes.find("Wodociągi <efaktura@wodociagi.example>", "Faktura VAT nr FR/03/2026/018452",
                "w załączeniu przesyłamy fakturę.\nRazem netto                 310,08 zł\nVAT 8%                       24,81 zł\n"
                        + "Razem brutto                334,89 zł\nSaldo z poprzedniego okresu (nadpłata)     -24,89 zł\n"
                        + "DO ZAPŁATY                  310,00 zł\nTermin płatności: 14 dni od daty wystawienia faktury."), "310.00", "PLN");
        assertMoney(probes.find("Kortbank <faktura@kortbank.example>", "Din kontoutskrift for mars",
                "Her er din faktura for kredittkortet.\nSkyldig beløp forrige faktura:    kr 6 902,75\n"
                        + "Innbetalt siden forrige faktura: -kr 6 902,75\nPeriodens kjøp og uttak:          kr 8 381,30\n"
                        + "Totalt utestående:                kr 8 416,30\nMinstebeløp å betale:             kr 421,00\n"
                        + "Forfallsdato: 20.03.2026"), "8416.30", "NOK");
        assertMoney(probes.find("Bank <noreply@bank.example>", "Din Mastercard-opgørelse for februar 2026",
                "Vi har lagt købene på dit Mastercard sammen.\nKort\tMastercard **** 4428\nNy saldo til betaling\t8.734,55 kr.\n"
                        + "Betales automatisk fra din lønkonto\t01.03.2026\nKreditmaksimum\t30.000,00 kr.\n"
                        + "Disponibelt beløb\t21.265,45 kr.\n"
                        + "Du skal ikke gøre noget. Den 1. marts 2026 overfører vi automatisk 8.734,55 kr. fra din lønkonto.\n"
                        + "Ønsker du i stedet at fordele betalingen, skal du mindst betale 3 % af saldoen (262,04 kr.)."), "8734.55", "DKK");
        assertMoney(probes.find("Operaattori <laskutus@operaattori.example>", "Lasku on saapunut – eräpäivä 19.03.2026",
                "Laskusi on saapunut.\nEräpäivä:        19.03.2026\nYhteensä                     62,34 €\n"
                        + "Laitteen osamaksu: kokonaishinta 778,80 €, maksettu 7/24 erää,\njäljellä 17 erää yhteensä 551,65 €."),
                "62.34", "EUR");
    }

    @Test
    void aRefundIsWhatIsPaidBackOfTheOrder() {
        assertPayment(probes.find("Tea Co <orders@teaco.example>", "Partial refund for order 4471",
                "We've refunded one item that was out of stock.\nFirst Flush 100g x 1 = £12.95\nBreakfast Blend 250g x 2 = £17.90\n"
                        + "Subtotal: £30.85\nShipping: £3.95\nRefund: -£12.95\nTotal: £34.80"), PaymentKind.REFUND, "-12.95", "GBP");
        assertPayment(probes.find("Airline <refunds@airline.example>", "Your refund request RF-4471920 has been processed",
                "Dear Mr Byrne,\n\nYour refund request has been processed.\n\nBooking reference:  KQ7ZPL\n"
                        + "Original booking total                           EUR 189.97\n"
                        + "Refundable government taxes (2 x EUR 29.21)      EUR  58.42\n"
                        + "Less administration fee                          EUR -20.00\n"
                        + "Total refund                                     EUR  38.42\n"), PaymentKind.REFUND, "-38.42", "EUR");
        assertPayment(probes.find("Moda <bilgi@moda.example>", "İade talebiniz onaylandı - Sipariş No: 1178845520",
                "İade tutarınız kartınıza aktarılmıştır.\nSipariş Tutarı:   1.649,97 TL (3 taksit x 549,99 TL)\n"
                        + "İade Tutarı:      629,99 TL\n"), PaymentKind.REFUND, "-629.99", "TRY");
        assertPayment(probes.find("Kleding <service@kleding.example>", "Je retour is verwerkt - we betalen € 54,98 terug",
                "Totaal bestelling\t€ 89,97\nOverhemd\t€ 34,99\nChino\t€ 19,99\nWij betalen terug\t€ 54,98"),
                PaymentKind.REFUND, "-54.98", "EUR");
    }

    @Test
    void whatTheCardWasChargedIsTheSum() {
        assertMoney(probes.find("Potraviny <info@potraviny.example>", "Potvrzení objednávky č. 1105382217",
                "Děkujeme za nákup, vaše objednávka byla doručena.\nZboží celkem\t1 486,40 Kč\nSleva z kreditu\t-150,00 Kč\n"
                        + "Celkem uhrazeno kartou Mastercard **** 7719\t1 372,40 Kč"), "1372.40", "CZK");
        assertMoney(probes.find("Tours <noreply@tours.example>", "Booking confirmed: Museum ticket - GHT284551",
                "Your booking is confirmed!\nAdult  HK$ 260.00 x 2            HK$ 520.00\nTotal                            HK$ 661.50\n"
                        + "Paid with Mastercard ending 2290\nAmount charged: US$ 84.93"), "84.93", "USD");
        assertMoney(probes.find("Airline <bookings@airline.example>", "Your booking confirmation - QX4T7M",
                "Your booking is confirmed.\nFare                                        AUD 1,298.00\n"
                        + "Total paid                                  AUD 1,630.36\nYour card was charged in Australian dollars (AUD). "
                        + "The amount on your statement is converted by your card issuer - indicatively USD 1,062.18 at today's rate."),
                "1630.36", "AUD");
    }

    @Test
    void anotherPlansPriceIsNotTheRenewals() {
        assertMoney(probes.find("Streaming <noreply@streaming.example>", "Dein Ultimate Abo wird am 27.03.2026 verlängert",
                "Dein Jahresabo wird automatisch um 12 Monate verlängert.\nBetrag:             CHF 229.–\n"
                        + "Im Monatsabo würde Ultimate CHF 23.90 pro Monat kosten."), "229", "CHF");
        assertMoney(probes.find("Budget App <billing@budget.example>", "Your annual subscription renews on March 9",
                "Your YNAB subscription renews automatically on March 9.\nRenewal amount:    $109.00\n"
                        + "Need to update your card, or prefer the monthly plan ($14.99/month)? You can make changes any time."),
                "109.00", "USD");
    }

    @Test
    void whatIsStillOwedAfterADepositOrAtTheStatementsCutIsTheSum() {
        assertMoney(probes.find("Estudio Lumen <facturas@lumen.example>", "Factura F-2026/031",
                "Adjunto la factura.\nBase imponible                                        2.540,00 €\n"
                        + "IVA 21 %                                                533,40 €\nRetención IRPF 15 %                                    -381,00 €\n"
                        + "Total factura                                         2.692,40 €\nAnticipo recibido el 12/02/2026                        -500,00 €\n"
                        + "TOTAL PENDIENTE DE PAGO                               2.192,40 €\n"), "2192.40", "EUR");
        assertMoney(probes.find("Banco <estados@banco.example>", "Tu estado de cuenta de febrero está disponible",
                "Saldo anterior\t$12,480.55\nPagos y abonos\t-$12,480.55\nCompras y cargos del periodo\t$9,310.20\n"
                        + "Pago para no generar intereses (saldo al corte)\t$9,310.20\nPago mínimo\t$1,024.15\n"
                        + "Fecha límite de pago: 23/03/2026"), "9310.20", "USD");
    }

    @Test
    void aTaxInBracketsIsPartOfTheTotalNotTheSum() {
        assertMoney(probes.find("Assicura <rinnovi@assicura.example>", "La tua polizza auto scade il 18/03/2026: rinnova ora",
                "Ecco il tuo preventivo di rinnovo per i prossimi 12 mesi:\nRC Auto\t348,70 €\nSconto fedeltà\t−22,00 €\n"
                        + "Totale da pagare imposte (71,36 €) e contributo SSN inclusi\t416,20 €\nPer rinnovare paga entro il 18/03/2026."),
                "416.20", "EUR");
        assertMoney(probes.find("Yayın <fatura@yayin.example>", "Mart 2026 faturanız hazır",
                "Faturanız oluşturuldu.\nFatura Tutarı (KDV ve ÖİV dahil)\t589,90 TL\nSon ödeme tarihi: 28.03.2026"), "589.90", "TRY");
    }

    @Test
    void aGiftIsWhatWasGivenNowNotTheYearsSum() {
        assertMoney(probes.find("Médecins <dons@medecins.example>", "Merci pour votre don",
                "Merci ! Nous avons bien reçu votre don de 150,00 € le 01/03/2026, réglé par carte bancaire (**** 0519).\n"
                        + "Pour rappel, le cumul de vos dons en 2026 s'élève à 270,00 €"), "150.00", "EUR");
    }

    @Test
    void aBareDollarInTaiwanesePhoneBillIsATaiwanDollar() {
        assertMoney(probes.find("遠傳電信 <ebill@telecom.example>", "本期帳單", "Mon, 02 Mar 2026 10:00:00 +0800",
                "本期帳單\n上期應繳金額\t$1,085\n本期費用\t$2,140\n本期應繳總金額\t$2,225\n繳費期限 2026/03/20\n"), "2225", "TWD");
    }

    @Test
    void aPriceFromADayToComeAndWhatIsLeftAfterThisInstalmentAreNotTheSum() {
        assertMoney(probes.find("Musik <no-reply@musik.example>", "Vi kunde inte debitera ditt kort",
                "Vi kunde inte dra betalningen för Premium Family.\nBelopp: 239,00 kr\nVi försöker igen om 5 dagar.\n"
                        + "Bra att veta: från och med april 2026 kostar Premium Family 269 kr/mån."), "239.00", "SEK");
        assertMoney(probes.find("Raty <rechnung@raty.example>", "Ihre Rate 3 von 12 ist fällig",
                "Fälliger Betrag: 99,92 €\nKaufbetrag:             1.199,00 €\nDiese Rate:             Rate 3 von 12 – 99,92 €\n"
                        + "Bereits bezahlt:        199,84 €\nOffener Gesamtbetrag nach dieser Rate: 899,24 €\nFällig am 15.03.2026"),
                "99.92", "EUR");
    }

    @Test
    void anInvoicesSumIsWhatIsLeftToPayAfterDepositsAndWithholding() {
        assertMoney(probes.find("Webdesign Klee <rechnung@klee.example>", "Rechnung 2026-014",
                "Summe netto                                                    6.080,00 €\n"
                        + "Gesamtbetrag brutto                                            7.235,20 €\n"
                        + "Abschlagsrechnung (bezahlt am 22.01.2026)                    -2.380,00 €\n"
                        + "Verbleibender Zahlbetrag                                       4.855,20 €\nZahlbar bis 21.03.2026."), "4855.20", "EUR");
        assertMoney(probes.find("Studio Testi <fatture@testi.example>", "Fattura n. 14/2026",
                "Imponibile                                                  EUR 2.444,00\nIVA 22%                                                     EUR   537,68\n"
                        + "TOTALE FATTURA                                              EUR 2.981,68\n"
                        + "Ritenuta d'acconto 20% su EUR 2.444,00                      EUR  -488,80\n"
                        + "NETTO A PAGARE                                              EUR 2.492,88\n"), "2492.88", "EUR");
        assertMoney(probes.find("Holidays <accounts@holidays.example>", "Invoice for your Kerala package",
                "Package cost                          Rs. 1,64,000.00\nTotal package cost                    Rs. 1,72,200.00\n"
                        + "Advance received                      Rs. 51,660.00\nBalance payable                       Rs. 1,20,540.00\n"
                        + "Please pay the balance by 20 March 2026."), "120540.00", "INR");
        assertPayment(probes.find("Software <buchhaltung@software.example>", "Gutschrift GS-26-0019 zu Rechnung RE-26-0311",
                "Bezug: Rechnung RE-26-0311 vom 18.02.2026 über 1.428,00 EUR brutto\nSumme netto  -290,00 EUR\nUSt. 19 %     -55,10 EUR\n"
                        + "Gutschriftsbetrag   -345,10 EUR\nDen Gutschriftsbetrag überweisen wir Ihnen auf Ihr Konto."),
                PaymentKind.REFUND, "-345.10", "EUR");
    }

    @Test
    void statementsAndRefundsInThaiGreekHungarianAndJapaneseNameTheirOwnSum() {
        assertMoney(probes.find("บัตรเครดิต <statement@card.example>", "ใบแจ้งยอดบัญชีบัตรเครดิต",
                "วงเงินบัตรเครดิต             120,000.00 บาท\nยอดเงินที่ต้องชำระทั้งหมด     36,584.75 บาท\n"
                        + "ยอดชำระขั้นต่ำ                 3,658.48 บาท\nกำหนดชำระ 25/03/2026"), "36584.75", "THB");
        assertMoney(probes.find("Ρεύμα <e-bill@reuma.gr>", "Ο νέος σας λογαριασμός ρεύματος είναι διαθέσιμος",
                "σας ενημερώνουμε ότι εκδόθηκε ο λογαριασμός ρεύματος για την παροχή σας.\nΣύνολο Ηλεκτρικής Ενέργειας\t96,98 €\nΔημοτικά Τέλη\t28,40 €\nΤρέχων λογαριασμός\t134,87 €\n"
                        + "Πίστωση από προηγούμενο λογαριασμό\t-12,40 €\nΠΟΣΟ ΠΛΗΡΩΜΗΣ\t122,47 €\nΛήξη προθεσμίας: 20/03/2026"),
                "122.47", "EUR");
        assertPayment(probes.find("Áruház <ugyfelszolgalat@aruhaz.example>", "Visszatérítés a rendelésedhez",
                "A visszaküldött terméket átvettük.\nTejhabosító, 1 db\t14 990 Ft\nVisszatérített összeg\t14 990 Ft\n"
                        + "Eredeti rendelés\nKávéfőző\t89 990 Ft\nFizetett végösszeg\t106 479 Ft"), PaymentKind.REFUND, "-14990", "HUF");
        assertMoney(probes.find("電力 <info@denryoku.example>", "【電気料金のお知らせ】2026年2月分",
                "■ご請求金額　　　　　　：　10,182円（税込）\n（うち消費税等相当額　925円）\n"
                        + "※前年同月のご請求金額は 14,862円でした。"), "10182", "JPY");
    }

    @Test
    void aSettlementInTheReadersFavourIsARefundAndAnInvoicesTotalBeatsADevicesPrice() {
        assertPayment(probes.find("Gaz <facture@gaz.example>", "Votre facture de régularisation gaz : 78,70 € en votre faveur",
                "Total TTC de votre consommation                             1 252,30 €\n"
                        + "Mensualités prélevées (11 x 121,00 €)                     - 1 331,00 €\n"
                        + "SOLDE EN VOTRE FAVEUR                                         -78,70 €\n"
                        + "Nous vous remboursons 78,70 € par virement sur votre compte bancaire."), PaymentKind.REFUND, "-78.70", "EUR");
        assertMoney(probes.find("Telco <facturas@telco.example>", "No hemos podido cobrar tu factura de marzo",
                "El recibo de tu factura ha sido devuelto por tu banco.\nFibra 1 Gb                                               20,00 €\n"
                        + "Cuota terminal (8/24)                                    15,42 €\n"
                        + "TOTAL FACTURA (IVA incluido)                             45,42 €\n"
                        + "Precio total del terminal: 370,08 € (24 cuotas de 15,42 €).\n"
                        + "Puedes pagar ahora 45,42 € con tarjeta desde tu área de cliente."), "45.42", "EUR");
        assertPayment(probes.find("Grandes Almacenes <pedidos@almacenes.example>", "Hemos procesado tu devolución",
                "Detalle del reembolso\nZapatillas - talla 38          54,95 €\nImporte del artículo devuelto                     54,95 €\n"
                        + "Coste de recogida a domicilio                     -3,95 €\nIMPORTE REEMBOLSADO                               51,00 €\n"
                        + "El abono se realizará en la tarjeta terminada en 7719 utilizada en la compra. Según tu entidad, puede tardar entre 3 y 10 días.\n"
                        + "Importe total del pedido original: 214,85 € (el abrigo no se ha devuelto)."), PaymentKind.REFUND, "-51.00", "EUR");
    }

    @Test
    void theCardsShareAfterAGiftCardAndARefundsTotalBeforeTheOriginalBooking() {
        assertMoney(probes.find("Fnac <commandes@fnac.example>", "Confirmation de votre commande n° 2026030211",
                "Merci pour votre commande !\nSous-total articles\t323,72 €\nLivraison express\t5,99 €\nTotal TTC\t329,71 €\n"
                        + "Règlement\nCarte cadeau n° **** **** 8820\t-100,00 €\nCarte bancaire Visa **** 4417\t229,71 €"), "229.71", "EUR");
        assertPayment(probes.find("Airline <refunds@airline.example>", "Your refund has been issued",
                "Your refund\nOriginal booking total paid:                 EUR 312.46\n"
                        + "Refundable government taxes (2 passengers):  EUR  58.94\n"
                        + "Administration fee (EUR 20.00 per passenger): EUR -40.00\nTotal refund:                                EUR  18.94\n"),
                PaymentKind.REFUND, "-18.94", "EUR");
    }

    @Test
    void aCreditLineOnABillLeavesItABillAndAnAmountToReturnIsARefund() {
        assertPayment(probes.find("Telco <rechnung@telco.example>", "Ihre Rechnung für Februar 2026",
                "Ihre Rechnung ist da.\nInternet + TV (01.02.–28.02.2026)       CHF    95.90\nGutschrift Treuebonus                    CHF   -15.00\n"
                        + "Total Rechnungsbetrag (inkl. MWST 8.1% CHF 16.12)          CHF 215.15\nZahlbar bis 31.03.2026."),
                PaymentKind.BILL, "215.15", "CHF");
        assertPayment(probes.find("Trenes <anulaciones@trenes.example>", "Anulación de tu billete",
                "Hemos anulado tu billete.\nImporte total de la compra: 148,60 EUR (2 billetes)\nPrecio del billete anulado   74,30 EUR\n"
                        + "Gastos de anulación (15 %)   -11,15 EUR\nIMPORTE A DEVOLVER   63,15 EUR"), PaymentKind.REFUND, "-63.15", "EUR");
    }

    @Test
    void aProductsNameOrABasketIsNoTotalAndWhatWasChargedIs() {
        assertMoney(probes.find("Game Store <help@games.example>", "Your receipt from the game store",
                "Thanks for your purchase!\nForza Horizon 5 - Premium Edition\t€69.99\nRewards applied\t-€18.70\nTOTAL\t€51.29"),
                "51.29", "EUR");
        assertMoney(probes.find("Ruoka <kuitti@ruoka.example>", "Kuitti tilauksestasi",
                "Kiitos tilauksestasi!\nTuotteet yhteensä\t31,70 €\nAlennuskoodi\t-3,11 €\nYhteensä veloitettu\t28,59 €"), "28.59", "EUR");
        assertMoney(probes.find("Yemek <siparis@yemek.example>", "Siparişiniz alındı",
                "Siparişiniz için teşekkürler!\nSepet tutarı                       1.358,70 TL\nKupon                              -110,02 TL\n"
                        + "Ödenen tutar                       1.248,68 TL"), "1248.68", "TRY");
        assertMoney(probes.find("Charity <donations@charity.example>", "Thank you for your gift",
                "Thank you for your generous gift!\nGift amount\t$250.00\nDate\t02/28/2026\nYour total giving in 2026\t$850.00"),
                "250.00", "USD");
        assertMoney(probes.find("Insurer <renewals@insurer.example>", "Your car insurance renewal",
                "Your policy renews on 20 March 2026.\nAnnual premium:\t£684.00\nWe'll collect it by Direct Debit."), "684.00", "GBP");
    }

    @Test
    void aCardsLimitIsNeverItsStatementsTotal() {
        assertMoney(probes.find("Banco <fatura@banco.example>", "Sua fatura do cartão chegou",
                "Sua fatura está fechada.\nPagamento recebido em 10/02          -R$ 2.915,40\nTotal da fatura                       R$ 3.482,17\n"
                        + "Pagamento mínimo                      R$   522,33\nVencimento                            10/03/2026\n"
                        + "Limite total                          R$ 12.000,00"), "3482.17", "BRL");
    }

    @Test
    void aHoldOnTheCardIsNotWhatWasChargedAndASwissSumToPayBeatsTheServicesTotal() {
        assertMoney(probes.find("Ruoka <kuitti@ruoka.example>", "Kuitti tilauksestasi 1234567",
                "Kiitos tilauksestasi!\nVeloitettu yhteensä\t94,82 €\n"
                        + "Kortiltasi (Mastercard **** 0264) varattiin tilauksen yhteydessä 104,30 €. Varaus on vapautettu ja kortiltasi on "
                        + "veloitettu lopullinen summa."), "94.82", "EUR");
        assertMoney(probes.find("Kabel <rechnung@kabel.example>", "Ihre Rechnung für Februar 2026",
                "Total Leistungen inkl. 8.1 % MWST               CHF 141.45\nGutschrift Vormonat                            CHF -20.00\n"
                        + "Zu bezahlender Betrag                           CHF 121.45\nZahlbar bis 31.03.2026"), "121.45", "CHF");
    }

    @Test
    void aCreditsCostABracketedPriceAndALateFeeIfUnpaidAreNotTheSum() {
        assertMoney(probes.find("Insurer <renewals@insurer.example>", "Your car insurance renewal",
                "Your policy renews on 18 March 2026.\nYour renewal premium (incl. IPT at 12%):     £412.58\n"
                        + "Pay monthly: initial payment £41.26 followed by 10 monthly payments of £38.14\n"
                        + "Total amount payable £422.66 (representative APR 9.9%)"), "412.58", "GBP");
        assertMoney(probes.find("Telco <facturas@telco.example>", "Tu factura de febrero",
                "Total servicios                                 68,80 €\nCuota terminal\n"
                        + "(plazo 5 de 24; precio total 431,76 €)        17,99 €\nTOTAL FACTURA                                   86,79 €"),
                "86.79", "EUR");
        assertMoney(probes.find("Energie <klantenservice@energie.example>", "Herinnering: uw rekening staat nog open",
                "Wij hebben uw betaling nog niet ontvangen.\nTotaal openstaand                                             € 154,00\n"
                        + "Betaal uiterlijk 16-03-2026.\nHeeft u niet op tijd betaald? Dan moeten wij incassokosten rekenen. "
                        + "U betaalt dan in totaal € 194,00."), "154.00", "EUR");
    }

    @Test
    void aPolishStatementsEndOfPeriodDebtAndACzechRefundsSum() {
        assertMoney(probes.find("Bank <wyciagi@bank.example>", "Zestawienie operacji karty kredytowej",
                "Zadłużenie z poprzedniego okresu:         2 915,40 PLN\nTransakcje w okresie:                   3 482,16 PLN\n"
                        + "Zadłużenie na koniec okresu:            3 482,16 PLN\nMinimalna kwota do spłaty:                174,11 PLN\n"
                        + "Termin spłaty: 25.03.2026"), "3482.16", "PLN");
        assertPayment(probes.find("Obchod <info@obchod.example>", "Vrácení peněz za objednávku 2026001",
                "Objednávka celkem:                   6 289,00 Kč\nVrácené zboží: Rychlovarná konvice   1 299,00 Kč\n"
                        + "Vracíme Vám: 1 299,00 Kč"), PaymentKind.REFUND, "-1299.00", "CZK");
    }
}
