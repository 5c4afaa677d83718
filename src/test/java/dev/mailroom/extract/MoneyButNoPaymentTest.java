package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.testing.TestMail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mail about money that is no payment of the reader's, with the shipped gate deciding near misses. */
class MoneyButNoPaymentTest {

    private final PaymentExtractor extractor = new PaymentExtractor(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    private List<ExtractedPayment> find(String subject, String body) {
        byte[] raw = TestMail.message().from("Service <info@service.com>").subject(subject).date("Mon, 02 Mar 2026 10:00:00 +0000")
                .body(body).bytes();
        return extractor.find(IngestService.parseMessage(raw, null), IngestService.headerSection(raw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Invoice #1042 was sent to your client | Your invoice #1042 for $500.00 was sent to Acme Corp. We'll let you know when it's paid.",
        "You got paid! | Acme Corp paid invoice #1042: $500.00 has been deposited to your account.",
        "¡Ya tienes el dinero de tu venta! | ¡Venta completada! Importe de la venta 320,00 €. Hemos enviado el pago a tu cuenta bancaria.",
        "Quarterly settlement of funds | All unused funds will be transferred back to your primary bank account. Current withdrawable balance ₹18,420.55",
        "Payment successful - pay_QnX2b8 | A payment was successful. Amount: INR 1,499.00. Customer Details: Email karan@example.in. View it on the Merchant Dashboard.",
        "Transaction Alerts | You have received SGD 45.00 on 02 Mar 19:20 SGT from TAN WEI MING to your Wallet.",
        "[Bodega] Nuevo vale de descuento | Aquí tienes tu código del cupón: V2187C4M, por la cantidad de: 10,00 €.",
        "Te regalamos $100 en tu primer viaje | Cargá el código en Promociones. Código válido por $100 hasta el 16/03/2026.",
        "버스대절 입찰 알림 | 등록하신 여정에 새 입찰이 도착했습니다. 입찰 금액 : 1,150,000원",
        "Go paperless: paper bill fee | There will be a charge of $1.605 per monthly paper bill from your next billing cycle.",
        "Ενημέρωση για τροποποιήσεις στο πρόγραμμά σας | Στα ανωτέρω προγράμματα αυξάνεται το ονομαστικό μηνιαίο πάγιο κατά 1,50€.",
        "Je bestelling: Sport Totaal is toegevoegd | Extra Sport Totaal. Prijs € 15,00 per maand. Je hoeft nu niets te betalen.",
        "Kontokreditt | Du har mottatt 250,00 kr kreditt! Kreditt vil automatisk bli trukket fra din neste bestilling.",
        "Tilaus #2281 on peruttu | Tilaus sisälsi seuraavat tuotteet: 1 kpl Viikonloppulippu 52,00 €. Yhteensä: 52,00 € (sis. ALV)",
        "TRANSFER DANA MASUK BI-FAST | Rekening Bapak/Ibu telah menerima Transfer Dana Masuk dengan rincian: Nominal : Rp 6.750.000,00",
        "Anda menerima pembayaran dari Daniel Lim | Jumlah yang diterima: $85,00 USD. Biaya: $4,04 USD. Total: $80,96 USD. Dana telah ditambahkan ke saldo PayPal Anda.",
        "Your budget summary | This month you spent $1,284.20 on groceries, dining and transport. That's 12% less than last month.",
        "Tu carrito te espera | ¡No olvides tu compra! Zapatillas 59,99 €. Termina tu pedido hoy.",
        "Refund requested | We've received your refund request for order #5521 ($24.99). We'll email you once it's processed.",
        "Payment method expiring | Your card ending in 4242 expires soon. Update it to avoid interruption of your $9.99/month plan.",
        "Upcoming changes to our pricing | When your term expires, you will automatically renew at the new rate (Premium: $134/month, previously $99).",
        "Your order is incomplete | We noticed that you couldn't complete your purchase. Denim jacket $89.00. Your products are safe in our cart.",
        "Preis gesenkt: Ein Artikel auf Ihrem Merkzettel ist jetzt günstiger | Hochbeet Lärche: vorher 189,00 €, jetzt 159,00 €.",
        "Ihr Kontoauszug ist da | Ihr Kontoauszug für Februar steht im Online-Banking bereit. Kontostand: 2.345,67 €.",
        "Gehaltseingang | Auf Ihrem Konto ist eine Gutschrift über 3.250,00 € eingegangen.",
        "Votre colis est en route | Votre commande n°12345 a été expédiée. Montant de la commande : 49,90 €.",
        "Nos offres de la semaine | Jusqu'à -30 % sur les chaussures. À partir de 39,99 €.",
        "Je pakket is onderweg | Je bestelling 12345 is verzonden. Bestelbedrag: € 49,90.",
        "Twoja paczka jest w drodze | Zamówienie 12345 zostało wysłane. Wartość zamówienia: 149,00 zł.",
        "Ditt paket är på väg | Din order 12345 har skickats. Ordervärde: 499 kr.",
        "Your account statement is available | Your February statement is ready. Current balance: $2,345.67. Log in to view.",
        "Your return label | Here's your return label for order #12345. Once we receive the item, we'll refund $49.90.",
        "Your quote Q-1187 from Ridgeline Decks | Here is your quote for the deck rebuild. Total price: $3,605.00",
        "Ihr Angebot Nr. A-2025-117 – Badsanierung | Gesamtbetrag: 8.450,00 EUR. Das Angebot gilt 30 Tage.",
        "We've received your order LL-3318857 | An order is confirmed once items are shipped. This is when we take payment. Order total: £100.95",
        "【大丸松坂屋カード】使いすぎ防止サービス ご指定金額到達のお知らせ | ご指定金額：50,000円 利用累計金額：52,340円",
        "Anpassung Ihrer Vergütung ab 1. Juli | Ab dem 1. Juli beträgt der monatliche Preis Ihres Tarifs 17,90 € statt bisher 12,90 €.",
        "Boletín RCG: ¿Qué es la factura de la luz? | Un hogar medio puede pagar 80 € al mes. Total a pagar: 80,00 €",
        "Your subscription is expiring | Your subscription to Headspace will expire on March 15, 2026. To continue, renew it for $12.99/month.",
        "Try Premium free for 14 days | Start a free trial. $299/year. Cancel any time before the trial ends and you won't be billed.",
        "Ihr Wunschpreis wurde erreicht! | Der Preis ist gesunken. Bräter oval 29 cm: Ihr Wunschpreis 90,00 €, aktueller Preis 89,00 €",
        "Price drop alert: an item on your wish list | Good news! The price dropped. Was $129.00, now $99.00. Total: $99.00",
        "Changes to your Netflix plan price | We are updating our prices. Starting with your billing date on or after April 12, 2026, your Standard plan will cost $17.99/month.",
        "Your order to buy AAPL has been executed | Your market order to buy 2 shares of AAPL was executed at an average price of $187.32.",
        "关于信用卡交易、还款提醒服务调整的公告 | 当您信用卡发生单笔1,000元及以上交易时，我行将发送交易信息短信。",
        "꽃담상회 - 쿠폰발행알림 메일 | 이서준 님께 발행된 쿠폰입니다. 쿠폰명 : 봄맞이 5,000원 할인쿠폰. 30,000원 이상 구매 시 사용하실 수 있습니다.",
        "Aankondiging inflatiecorrectie abonnementsprijs per 1 maart | Jouw abonnement: nu € 24,95 per maand, vanaf 1 maart 2026 € 27,45 per maand. De prijswijziging gaat 30 dagen na deze aankondiging in.",
        "Оксано, ви забули товари у кошику | Ви додали товари до кошика, але не завершили замовлення. Гейзерна кавоварка 1 290 грн",
        "Your salary has arrived | Payday! £2,450.00 from ACME LTD has landed in your account.",
        "Du har fått en betalning | Du har fått 250 kr från Erik Svensson.",
        "[Rumianek] Nowy kupon rabatowy | Dzięki złożeniu zamówienia otrzymałeś od nas rabat na następne zamówienie. Na kwotę: 15,00 zł",
        "Hai dimenticato qualcosa? | Ciao Davide, hai lasciato alcuni articoli nel tuo carrello: Giacca M65 89,00 €. Completa il tuo acquisto",
        "【ソフトバンク】通話通信料 一定額到達のお知らせ | 通話通信料合計金額が、設定金額を超えました。通知金額(全回線計):50,000円",
        "Payment made by Harbor Cafe | A payment of $1,250.00 was made by client Harbor Cafe for Invoice 0042.",
        "Payment of $89.00 from jane@example.com | You received a payment of $89.00 from jane@example.com. Fee: $2.88",
        "Notification of payment received | You received a payment of €86.00 EUR from J. Zigelbaum. Amount received: €86.00 EUR",
        "Mieteingang verbucht: Wohnung 3 OG links | Für die Wohnung ist die Miete für März eingegangen. Betrag: 890,00 €",
        "[Teeladen Sommer] Bestellung #1043 aufgegeben von Lea Krause | Lea Krause hat eine Bestellung aufgegeben. Gesamt: 39,80 €. Zahlungsstatus: Bezahlt",
        "You've got money | John Smith sent you $120.00 USD. Note: thanks for the bike",
        "Nieuwe betaling ontvangen: € 59,95 | Er is een nieuwe betaling ontvangen via iDEAL. Bedrag: € 59,95. Klant: P. de Groot",
        "Deine Gehaltsabrechnung für März 2026 | Deine Gehaltsabrechnung steht bereit. Nettoverdienst: 2.845,31 €. Auszahlung am 31.03.2026",
        "Your paystub is ready | Your paystub for the pay period Mar 1 - Mar 15, 2026 is ready. Net pay: $2,184.55",
        "You bought 0.0123 BTC | You bought 0.0123 BTC for €850.00 using your EUR wallet. Fee: €12.75",
        "Sie haben einen Geschenkgutschein erhalten | Anna hat Ihnen einen Geschenkgutschein über 50,00 € geschickt. Sie haben einen Geschenkgutschein erhalten.",
        "Dividend payment received | A dividend of $48.12 was paid into your Vanguard account ending 3321 on March 9, 2026.",
        "Your statement is ready | Your March statement for your account ending 4471 is now ready to view in the app. Your balance on 9 March was £1,245.80.",
        "Votre forfait évolue | À partir du 1er mars, ce service sera facturé 0,99 €/mois à compter de cette date.",
    })
    void itShouldFindNone(String subject, String body) {
        assertThat(find(subject, body)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Your refund request was approved | Your refund request of $50.00 has been approved and refunded to your card.",
        "Your payment failed | Your card ending in 4242 was declined, and it expires soon: we could not charge $9.99 for your plan.",
        "Your subscription renews soon | Your Spotify Premium subscription will expire in 3 days. It renews on March 5, 2026 for $11.99.",
        "Vielen Dank für Ihre Spende | Herzlichen Dank für Ihre Spende, die am 12.12.2025 bei uns eingegangen ist. Spendenbetrag: 250,00 EUR",
        "Your Budget Rent a Car receipt | Thank you for renting with us. Total charged: $184.20 to your card ending 4242.",
        "Your TollTag account has been replenished | We automatically replenished it. Replenishment amount: $40.00. New balance: $47.85",
        "Ihre Retourengutschrift zu Bestellung 3022019933 | Ihre Rücksendung ist eingegangen. Gutschriftbetrag: 59,95 €",
        "Kreditnota 7720155841 | Vi har udstedt en kreditnota til dig. Tilgodehavende: 212,50 kr.",
        "Tilbakebetaling av for mye innbetalt beløp | Tilbakebetales: kr 1 410,00",
        "Your membership renews soon | Your membership expires on March 15, 2026 and will renew automatically for $49.00.",
        "Your payment for Buttondown didn't go through | We noticed your recent payment of $9.00 for Buttondown didn't go through. Card on file: Visa ending in 6042.",
        "Your ICMIZER trial ends in 3 days | Your free trial ends on March 5, 2026. Then we will automatically charge $19.99 to your card.",
        "Your order has shipped - estimated delivery March 5 | Thanks for your order #5521. Order total: $49.90, charged to your card.",
        "Alerta: transacción inusual con su Tarjeta de Crédito | Se realizó una transacción con su Tarjeta de Crédito Visa terminada en 4821 por $1.250.000 en FALABELLA BOGOTA ANDINO el 09/11/2024.",
        "You got a refund from Amazon.ca | Solid news: a refund just landed back on your card. Merchant: Amazon.ca  Amount: +$18.47",
        "Refund credited to your card | We've received a refund from RYANAIR and credited it to your card ending 2250. Amount: €59.00",
        "INR 149.00 debited from A/c no. XX4821 via UPI AutoPay | INR 149.00 has been debited from your A/c no. XX4821 towards UPI AutoPay mandate for SPOTIFY INDIA. Do not share your UPI PIN, OTP or password with anyone.",
        "Update on your UPI transaction - reversal credited | Rs.1250.00 has been credited to your account **7093. This is the reversal of your UPI transaction to BESCOM, which could not be completed.",
        "Factuur 2026-031 loonadministratie | Verwerking loonstroken maart: 12 loonstroken x € 9,50. Totaal te betalen: € 137,94",
        "Your statement is ready | Your credit card statement is ready. Statement balance: $1,245.80. Minimum payment due: $35.00 by March 25, 2026.",
        "Your order #5512 | Thank you, you placed an order on March 1, 2026. Order total: $54.31. Payment made by Visa ending 4242.",
        "Confirmación de su pedido 8812 | Usted ha realizado un pedido en nuestra tienda. Total: 49,90 €. Pagado con tarjeta.",
        "We have received your payment | Thank you. We have received your payment of £45.00 towards account 9912-4411.",
        "Payment receipt for invoice 0042 from Harbor Design | Thank you for your payment of $1,250.00 for Invoice 0042.",
        "Acme sent you an invoice | Acme sent you an invoice for $50.00 due on March 15, 2026.",
        "Ihre Gutscheine für die digitale rote Schleife | Die Rechnung für Ihren Einkauf über 571,20 € finden Sie im Anhang. Sie werden im Warenkorb nach dem Gutscheincode gefragt.",
    })
    void itShouldStillFindThePayment(String subject, String body) {
        assertThat(find(subject, body)).hasSize(1);
    }
}
