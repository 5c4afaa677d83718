package dev.mailroom.extract;

import static dev.mailroom.extract.PaymentProbes.assertMoney;
import static dev.mailroom.extract.PaymentProbes.assertPayment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Mail with sums in it that pays nothing (a month's spending told back, a pension forecast, a cash
 * withdrawal, a low balance, a parcel on its way, an item sold, money come in, a job offer, a price
 * going down, a campaign, a listing alert, friends splitting a cabin) and the sums that are not a
 * payment's (a company's share capital in its footer, a refund's original order).
 */
class SummariesAlertsAndFootersTest {

    private final PaymentProbes probes = new PaymentProbes();

    @Test
    void aMonthsSpendingAndAPensionForecastPayNothing() {
        assertThat(probes.find("Lunar <hello@mail.lunar.example>", "Mars i tall: slik brukte du pengene dine",
                "Hei Sindre, her er mars i tall\nDu brukte 11 482,35 kr i mars.\nDagligvarer  4 312,50 kr\n"
                        + "Totalt forbruk  11 482,35 kr\nInn på konto\nLønn 25. mars: 38 450,00 kr")).isEmpty();
        assertThat(probes.find("Emma <hello@mail.emma.example>", "Your November wrap-up",
                "Here's how November went.\n\nYou spent £1,842.17 - that's 6% less than October.\nIncome: £2,950.00\n"
                        + "Top merchants\n  Domino's        £64.97\n")).isEmpty();
        assertThat(probes.find("minPension <info@minpension.example>", "Din pensionsprognos har uppdaterats",
                "Om du tar ut din pension från 67 år kan du få ungefär\n\n  24 870 kr per månad före skatt\n\n"
                        + "  Allmän pension      15 420 kr/mån\n  Totalt              24 870 kr/mån\n")).isEmpty();
    }

    @Test
    void cashTakenOutAndALowBalancePayNoOne() {
        assertThat(probes.find("SpareBank <varsel@sparebank.example>", "Varsel: Kontantuttak i minibank",
                "Det er registrert et kontantuttak med bankkortet ditt som slutter på 7710.\n\n"
                        + "Beløp:           kr 2 000,00\nSted:            Minibank Stavanger Sentrum\n")).isEmpty();
        assertThat(probes.find("Rejsekort <noreply@rejsekort.example>", "Lav saldo på dit rejsekort",
                "Saldoen på dit rejsekort (kortnummer slutter på 2209) er nu 38,50 kr.\n\n"
                        + "Med en tank-op-aftale overføres der automatisk et aftalt beløb (300 kr.) fra dit betalingskort.")).isEmpty();
        assertThat(probes.find("Bank Online <alerts@notify.bank.example>", "Your available balance is below $100.00",
                "Your available balance is below the amount you set.\n\nAccount:            Everyday Checking XXXXXX3390\n"
                        + "Available balance:  $84.12\nAlert threshold:    $100.00\n")).isEmpty();
    }

    @Test
    void aParcelOnItsWayOrWaitingAtTheShopRestatesAnOrderAlreadyPaid() {
        assertThat(probes.find("Modehaus <info@service-mail.modehaus.example>", "Deine Bestellung ist auf dem Weg zu dir",
                "Dein Paket ist unterwegs!\nBestellnummer 10105632981744\nSweatshirt, Gr. M   1   59,95 €\nJeans   1   89,95 €\n"
                        + "Gesamtsumme (inkl. MwSt.)   149,90 €\nZahlungsart: PayPal")).isEmpty();
        assertThat(probes.find("小米商城 <service@mail.mi.example>", "您在小米商城的订单已发货（订单号：5250316881204377）",
                "您好！您在小米商城购买的商品已发货，请注意查收。\n商品总额：￥4,499.00\n优惠券：-￥300.00\n实付金额：￥4,199.00\n支付方式：微信支付"))
                .isEmpty();
        assertThat(probes.find("Loja <encomendas@info.loja.example>", "A sua encomenda n.º 1105382217 está pronta para levantamento",
                "A sua encomenda já se encontra disponível na loja.\nAspirador sem fio   1 un.   349,99 €\n"
                        + "Total da encomenda   349,99 €\nPago com MB WAY em 12/05/2025")).isEmpty();
    }

    @Test
    void moneyComingInIsNoPaymentOfTheReaders() {
        assertThat(probes.find("Mercado <noreply@mercado.example>", "¡Has vendido Bicicleta de carretera talla 53!",
                "Raquel M. ha comprado tu artículo y ya ha realizado el pago.\nPrecio del artículo   145,00 €\n"
                        + "Recibirás   145,00 €")).isEmpty();
        assertThat(probes.find("Bank <powiadomienia@bank.example>", "Bank: wpływ środków na rachunek ...7315",
                "informujemy, że na Twój rachunek eKonto wpłynęły środki.\n\n  Kwota:              +2 450,00 PLN\n"
                        + "  Nadawca:            JAN NOWAK\n  Tytuł:              zwrot za wakacje Hel\n")).isEmpty();
        assertThat(probes.find("Banken <besked@banken.example>", "Din løn er gået ind",
                "Der er indsat 28.450,00 kr. på din konto.\n\nKonto:   Konto Flex ****5127\nTekst:   LØN MAJ 2025\n"
                        + "Beløb:   28.450,00 kr.\n")).isEmpty();
        assertThat(probes.find("Talent <talent@company.example>", "Your offer: Senior Data Engineer",
                "We are delighted to offer you the position.\n- Annual gross salary: €78,000, paid in 12 monthly instalments of €6,500\n"
                        + "- Sign-on bonus: €5,000 gross, paid with your first salary\n")).isEmpty();
    }

    @Test
    void pricesAnnouncedListedOrPitchedAreNotAsked() {
        assertThat(probes.find("Operaattori <asiakaspalvelu@viestit.operaattori.example>", "Tärkeää tietoa liittymäsi hinnasta",
                "Tämän vuoksi liittymäsi kuukausimaksu muuttuu.\n\nNykyinen hinta:       24,90 €/kk\nUusi hinta 1.7.2025:  26,90 €/kk\n"
                        + "Muutos näkyy ensimmäisen kerran heinäkuun laskullasi.")).isEmpty();
        assertThat(probes.find("Duolingo <hello@duolingo.example>", "60% off Super ends tonight",
                "Your 60% discount disappears at midnight.\nJust $4.99/month, billed annually at $59.99\nRegular price $149.99/year\n"
                        + "START MY FREE 2 WEEKS\nOffer ends at 11:59 PM. After your 2-week free trial, you'll be charged $59.99 per year "
                        + "unless you cancel at least 24 hours before the trial ends. Subscription renews automatically. Taxes may apply.\n"
                        + "Duolingo, Inc., 5900 Penn Avenue, Pittsburgh, PA 15206\nUnsubscribe · Privacy")).isEmpty();
        assertThat(probes.find("ilanlar <bilgilendirme@ilanlar.example>", "Favori aramanıza uygun 3 yeni ilan var",
                "\"Kadıköy Satılık Daire 3+1\" favori aramanıza uygun 3 yeni ilan eklendi.\n\n1) Moda 3+1, 145 m²\n   12.750.000 TL\n"
                        + "Tüm ilanları gör\nKredi hesaplama: aylık taksitler 312.400 TL'den başlıyor.")).isEmpty();
        assertThat(probes.find("Hannah Reid <hannah.reid91@gmail.com>", "Re: Lakes weekend - costs",
                "Booked it! Here's where we are on costs:\n- Cabin: £640 total -> £128 each if it's the 5 of us\n"
                        + "No rush on paying me back - let's just settle up after the trip.")).isEmpty();
    }

    @Test
    void aShareCapitalInTheFooterIsNeverTheSum() {
        assertThat(probes.find("Énergie & Moi <noreply@communication.energie.example>", "Bonne nouvelle : baisse du Tarif Bleu",
                "Au 1er février, le Tarif Bleu évolue à la baisse.\nPrix du kWh TTC   0,2016 €\n\n"
                        + "Vous n'avez aucune démarche à effectuer.\n\nÉnergie SA - Paris - Capital 2 084 365 041 € - R.C.S. Paris")).isEmpty();
        assertMoney(probes.find("Énergie <facture@energie.example>", "Votre facture d'électricité",
                "Votre facture est disponible.\nMontant total TTC : 84,20 €\nÀ payer avant le 16/03/2026\n\n"
                        + "Énergie SA au capital de 2 084 365 041 € - R.C.S. Paris"), "84.20", "EUR");
    }

    @Test
    void aRefundIsTheSumPaidBackNotTheOriginalOrders() {
        assertPayment(probes.find("Obchod <objednavky@obchod.example>", "Vrácení peněz k objednávce č. 2501183346",
                "potvrzujeme, že jsme převzali zboží. Peníze vám vracíme.\nZastřihovač vousů   1 ks   2 499 Kč\n"
                        + "Částka k vrácení   2 499 Kč\nCelková cena původní objednávky: 3 298 Kč"), PaymentKind.REFUND, "-2499", "CZK");
    }

    @Test
    void aGermanBanksTurnoverAlertIsWhatWasPaid() {
        assertMoney(probes.find("Sparkasse - Kontowecker <kontowecker@sparkasse.example>", "Kontowecker: Umsatz auf Ihrem Girokonto ***4417",
                "Ihr Kontowecker \"Umsatzwecker ab 500,00 EUR\" hat geklingelt.\n\nKonto:            Girokonto DE** **** **** **** **44 17\n"
                        + "Buchungstag:      27.02.2026\nUmsatz:           -1.249,00 EUR\nAuftraggeber/Empfänger: ELEKTROMARKT // Trier\n"
                        + "Verwendungszweck: Debitk.2 girocard\n\nKontostand nach Buchung:         2.318,44 EUR\n"
                        + "Verfügbarer Betrag:              5.318,44 EUR\n"), "1249.00", "EUR");
    }

    @Test
    void moreParcelsOnTheirWayAndAGermanLowBalanceAlert() {
        assertThat(probes.find("Elektro <objednavky@elektro.example>", "Vaše objednávka 1174402981 je na cestě",
                "Vaše objednávka byla předána dopravci PPL a je na cestě.\n  1 ks  Pračka .................. 11 990 Kč\n"
                        + "Celková cena objednávky: 12 980 Kč (vč. DPH 21 %)")).isEmpty();
        assertThat(probes.find("蝦皮購物 <service@shop.example>", "您的訂單 240915ABQX7K3M 已出貨",
                "您的訂單已出貨，預計 2-3 天內送達指定門市。\n無線藍牙耳機 ×1\tNT$899\n訂單金額（已付款）\tNT$1,289")).isEmpty();
        assertThat(probes.find("Bank <info@bank.example>", "Kontowecker: Ihr Kontostand liegt unter 500,00 EUR",
                "Der Kontostand Ihres Girokontos ist unter den von Ihnen festgelegten Betrag von 500,00 EUR gefallen.\n"
                        + "  Aktueller Kontostand:    312,48 EUR\n  Verfügbarer Betrag:      2.312,48 EUR\n")).isEmpty();
    }
}
