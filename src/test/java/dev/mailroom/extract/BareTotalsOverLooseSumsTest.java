package dev.mailroom.extract;

import static dev.mailroom.extract.PaymentProbes.assertDue;
import static dev.mailroom.extract.PaymentProbes.assertMoney;
import static dev.mailroom.extract.PaymentProbes.assertPayment;

import org.junit.jupiter.api.Test;

/**
 * Fourteenth-round cases: a total written as a bare number in a table whose column names the currency
 * is the sum, over a figure that stands only loosely in the text (a fee for paying on paper, a device's
 * full price in brackets).
 */
class BareTotalsOverLooseSumsTest {

    private final PaymentProbes probes = new PaymentProbes();

    @Test
    void aBareTotalWithItsTaxNamedBeatsAFeeInTheFooter() {
        assertMoney(probes.find("Talnet <rechnung@talnet.example>", "Ihre Talnet Rechnung Mai 2026",
                "Ihre Rechnung für Mai 2026 ist bereit.\nRechnungsnummer\t2026-05-118830\nLeistung\tCHF\n"
                        + "Abo Mobile M, 01.05.–31.05.2026\t49.–\n"
                        + "Gerät, Rate 3 von 24 (Gesamtpreis CHF 720.00)\t30.00\n"
                        + "Roaming Daten\t212.40\nGutschrift Kulanz\t–10.–\n"
                        + "Total inkl. MWST\t1'281.40\ndavon MWST 8.1 %\t96.02\n"
                        + "Zahlbar bis 31.05.2026.\n"
                        + "Bei Zahlung mit rotem Einzahlungsschein erheben wir eine Gebühr von CHF 5.–."), "1281.40", "CHF");
    }

    @Test
    void aCzechUnderpaymentIsWhatIsToPayNotTheYearsCost() {
        assertMoney(probes.find("Plynárna <vyuctovani@plynarna.example>", "Vyúčtování plynu 2025 - faktura 2260011873",
                "zasíláme Vám vyúčtování dodávky zemního plynu za rok 2025.\nČíslo faktury: 2260011873\n"
                        + "Náklady za dodávku a distribuci celkem:    21 310,00 Kč\n"
                        + "Uhrazené zálohy:                          -19 200,00 Kč\n"
                        + "Nedoplatek:                                 2 110,00 Kč\nSplatnost: 16. 2. 2026\n"
                        + "Nová výše zálohy od března 2026: 1 900 Kč měsíčně."), "2110.00", "CZK");
    }

    @Test
    void aCountedInstalmentIsWhatAReminderAsksForNotThePurchase() {
        assertMoney(probes.find("Delpay <noreply@delpay.example>", "Påminnelse: din nästa betalning förfaller snart",
                "Det här är en påminnelse om din kommande betalning för ditt köp hos Lampbutiken.\n"
                        + "Betalning 2 av 3:      1 249,75 kr\nFörfaller:             om 7 dagar\n"
                        + "Totalt köpbelopp:      3 749,25 kr\nRedan betalt:          1 249,75 kr (betalning 1 av 3)\n"), "1249.75", "SEK");
        assertMoney(probes.find("Ratenkauf <service@ratenkauf.example>", "Ihre nächste Rate",
                "Ihre Ratenzahlung für die Bestellung 55120:\nGesamtbetrag: 1.200,00 EUR\nRate 4 von 12: 100,00 EUR\n"
                        + "Wir buchen die Rate am 01.04.2026 von Ihrem Konto ab."), "100.00", "EUR");
        // A device's instalment is one line of a phone bill, below the bill's total.
        assertMoney(probes.find("Talnet <rechnung@talnet.example>", "Ihre Rechnung April 2026",
                "Ihre Rechnung ist bereit.\nAbo Mobile M: 49,00 EUR\nGerät, Rate 7 von 24: 41,60 EUR\n"
                        + "Rechnungsbetrag: 90,60 EUR\nZahlbar bis 30.04.2026."), "90.60", "EUR");
    }

    @Test
    void aCardStatementsNewBalanceIsItsSumInDutchAndGerman() {
        assertMoney(probes.find("Kaartbank <noreply@kaartbank.example>", "Uw creditcardoverzicht van april staat klaar",
                "Uw CreditCard-overzicht van april 2026 staat voor u klaar.\n"
                        + "Vorig saldo                         € 1.042,17\nBetaald per automatische incasso    € 1.042,17 -\n"
                        + "Nieuwe bestedingen                  € 1.179,93\nKosten buitenland                   €     6,50\n"
                        + "Nieuw saldo                         € 1.186,43\nBestedingslimiet                    € 5.000,00\n"
                        + "Het nieuwe saldo wordt op of rond 22-04-2026 automatisch afgeschreven."), "1186.43", "EUR");
        assertMoney(probes.find("Kartenbank <service@kartenbank.example>", "Ihre Kreditkartenabrechnung März",
                "Alter Saldo: 310,00 EUR\nUmsätze: 512,40 EUR\nAuslandseinsatzentgelt: 4,10 EUR\n"
                        + "Neuer Saldo: 516,50 EUR\nDer Betrag wird am 15.04.2026 von Ihrem Konto eingezogen."), "516.50", "EUR");
    }

    @Test
    void aRowOfNetTaxAndGrossIsReadAsItsGrossAndACreditNoteLineLeavesABillABill() {
        var found = probes.find("Lettings Client Accounts <clientaccounts@lettings.example>",
                "Rent demand RD-55120 – Unit 7 – quarter commencing 25 March 2026",
                "Please find below your rent demand for the quarter commencing 25 March 2026.\nDue date\t25 March 2026\n"
                        + "Description\tNet\tVAT\tGross\nRent 25/03/2026 – 23/06/2026\t£5,000.00\t£1,000.00\t£6,000.00\n"
                        + "Service charge on account\t£900.00\t£180.00\t£1,080.00\n"
                        + "Credit note CN-1207 – service charge balancing\t-£300.00\t-£60.00\t-£360.00\n"
                        + "Amount due\t£5,600.00\t£1,120.00\t£6,720.00\n"
                        + "Please pay by BACS quoting RD-55120.");
        assertPayment(found, PaymentKind.BILL, "6720.00", "GBP");
    }

    @Test
    void aCountedInstalmentInBracketsAfterItsSumIsWhatWillBeCollected() {
        assertMoney(probes.find("Carshield <no-reply@carshield.example>", "Your next car insurance payment",
                "Your next monthly Direct Debit of £48.10 (instalment 5 of 12) will be\n"
                        + "collected on or around 12 March 2026 from your bank account ending 7730.\n"
                        + "Your credit agreement at a glance\n"
                        + "  Annual premium (incl. Insurance Premium Tax)      £540.00\n"
                        + "  Interest charged                                   £37.20\n"
                        + "  Total amount payable                              £577.20\n"), "48.10", "GBP");
    }

    @Test
    void theSumUnderARuledLineBeatsATaxAboveIt() {
        assertMoney(probes.find("Skattverket <noreply@skattverket.example>", "Ditt slutskattebesked är klart – kvarskatt att betala",
                "Här är en sammanfattning.\n  Slutlig skatt                              98 400 kr\n"
                        + "  Avdragen preliminär skatt                 -85 100 kr\n  Kvarskatt                                   13 300 kr\n"
                        + "  Överskott på ditt skattekonto               -2 150 kr\n"
                        + "  -----------------------------------------------------\n"
                        + "  Att betala                                  11 150 kr\nBetala senast den 12 november 2026."), "11150", "SEK");
    }

    @Test
    void whatIsLeftToPayInCzechAndWhatAReceiptSaysWasPaid() {
        assertMoney(probes.find("Portal <fakturace@portal.example>", "Faktura – daňový doklad č. 2610000412",
                "zasíláme Vám fakturu.\nCelkem s DPH\t15 004,00 Kč\nOdpočet zálohy\t−10 000,00 Kč\n"
                        + "Zbývá uhradit\t5 004,00 Kč\nDatum splatnosti\t20.02.2026"), "5004.00", "CZK");
        assertMoney(probes.find("Oakline Plumbing <quickbooks@notification.example>", "Payment receipt for Invoice 1047",
                "Thanks for your payment.\n  Invoice total                          $4,813.24\n"
                        + "  Deposit received 02/03/2026           -$1,500.00\nPayment method:     Visa xxxx-7723\n"
                        + "Payment amount:     $3,313.24\nBalance due:        $0.00"), "3313.24", "USD");
    }

    @Test
    void aPriceGivenForComparisonIsNotTheRenewal() {
        assertMoney(probes.find("Zapta <billing@zapta.example>", "Votre abonnement sera renouvelé le 03.10.2026",
                "Votre abonnement (facturation annuelle) sera renouvelé automatiquement le 03.10.2026.\n"
                        + "Abonnement, 12 mois (TVA 8,1 % incl.)\tCHF 179.–\nBon cadeau déduit\t– CHF 15.–\n"
                        + "Montant qui sera débité le 03.10.2026\tCHF 164.–\n"
                        + "Pour comparaison : en formule mensuelle, l'abonnement coûte CHF 19.– par mois (CHF 228.– par an)."),
                "164", "CHF");
    }

    @Test
    void dueDaysInItalianTermsFrenchDebitsAndChineseRequestsToPay() {
        // "a 30 gg data fattura": thirty days after the invoice's date (the message is sent on 2 March 2026)
        assertDue(probes.find("Studio Lini <amministrazione@studiolini.example>", "Fattura n. 12/2026 – Studio Lini",
                "in allegato la fattura n. 12/2026 del 02/03/2026.\nTotale documento: 1.220,00 €\n"
                        + "Modalità di pagamento: bonifico bancario a 30 gg data fattura"), "1220.00", "EUR", "2026-04-01");
        // the bill's own debit, not the next monthly instalment's
        assertDue(probes.find("Énergie <facture@energie.example>", "Votre facture de régularisation est disponible",
                "Votre facture de régularisation n° 10129384756 du 02/03/2026 est disponible.\n"
                        + "Montant de la facture : 91,21 €\n"
                        + "Ce montant sera prélevé sur votre compte bancaire le 20/03/2026.\n"
                        + "Votre prochaine mensualité de 62,00 € sera prélevée le 05/04/2026."), "91.21", "EUR", "2026-03-20");
        assertDue(probes.find("Suyun <billing@suyun.example>", "【速运】月结账单通知（2026年2月）", "Mon, 02 Mar 2026 10:00:00 +0800",
                "尊敬的月结客户：\n您好！您的月结账单（2026年2月）已生成，请及时核对并付款。\n账单编号：ZD202602-0755123456\n"
                        + "费用明细：\n  运费合计                 ￥3,812.00\n  月结折扣                -￥325.50\n"
                        + "  --------------------------------\n  本期应付金额             ￥3,486.50\n请于2026年3月10日前完成付款。"), "3486.50", "CNY", "2026-03-10");
    }

    @Test
    void aKoreanBookingWhoseTermsSayNonRefundableIsAReceipt() {
        var found = probes.find("Yeogi <noreply@yeogi.example>", "[여기] 예약이 확정되었습니다 (예약번호 YG2603021347)",
                "Mon, 02 Mar 2026 13:15:09 +0900",
                "예약이 확정되었습니다\n김서연 님, 이용해 주셔서 감사합니다.\n예약번호\tYG2603021347\n결제 정보\n"
                        + "객실 금액 (₩189,000 × 2박)\t378,000원\n쿠폰 할인\t-20,000원\n총 결제금액\t358,000원\n"
                        + "결제수단\t신한카드 (1234-****-****-7702)\n"
                        + "취소 규정: 체크인 3일 전까지 무료 취소, 이후 취소 시 환불 불가.");
        assertPayment(found, PaymentKind.RECEIPT, "358000", "KRW");
    }

    @Test
    void aKoreanInsuranceInstalmentIsTheSumOnItsTransferDay() {
        assertDue(probes.find("Hanul Insurance <notice@hanul.example>", "[하늘손해보험] 자동차보험 분납보험료 자동이체 안내",
                "Mon, 02 Mar 2026 10:00:00 +0900",
                "고객님께서 가입하신 자동차보험의 분납보험료 자동이체 예정 내역을 안내해 드립니다.\n"
                        + "총 보험료\t1,284,600원\n분납 회차\t3회차 / 6회\n기납입 보험료 (1~2회차)\t428,200원\n"
                        + "이번 회차 납입 보험료\t214,100원\n이체 예정일\t2026년 3월 25일\n출금 계좌\t국민은행 ***-**-**3390"),
                "214100", "KRW", "2026-03-25");
    }

    @Test
    void aChineseRenewalIsItsRenewalPriceNotTheOriginalOnItsDay() {
        assertDue(probes.find("Tingshu <service@tingshu.example>", "【听书】VIP会员将于2026年3月12日自动续费",
                "Mon, 02 Mar 2026 10:00:00 +0800",
                "尊敬的用户：\n您好！您开通的【VIP会员·连续包年】将于2026年3月12日到期。\n"
                        + "为保证您的会员权益不中断，系统将于到期当日通过支付宝自动续费：\n"
                        + "  续费价格：￥178.00 / 年（连续包年专享价）\n  原价：￥238.00 / 年\n  若改为连续包月：￥25.00 / 月\n"
                        + "如不需要续费，请在到期前24小时关闭。"), "178.00", "CNY", "2026-03-12");
    }
}
