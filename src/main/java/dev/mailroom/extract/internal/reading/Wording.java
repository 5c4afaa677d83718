package dev.mailroom.extract.internal.reading;

import dev.mailroom.extract.PaymentKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording that makes a message a payment document, in English, German, French, Italian and
 * Spanish, and the kind each phrase points to. Refunds, failed payments and renewals are named by
 * phrases specific enough that one is decisive; bare words that also stand in footers ("refund
 * policy", "auto-renewal terms") are not listed.
 */
final class Wording {

    private static final Map<PaymentKind, List<String>> PHRASES = new EnumMap<>(PaymentKind.class);
    private static final Map<PaymentKind, Integer> WEIGHT = new EnumMap<>(PaymentKind.class);
    /** Ties between kinds are settled in this order: the more specific kind wins. */
    private static final List<PaymentKind> PRIORITY = List.of(PaymentKind.REFUND, PaymentKind.FAILED_PAYMENT,
            PaymentKind.SUBSCRIPTION_RENEWAL, PaymentKind.PAYMENT_CONFIRMATION, PaymentKind.INVOICE, PaymentKind.BILL,
            PaymentKind.RECEIPT);

    static {
        kind(PaymentKind.REFUND, 3, "refund initiated", "te hemos devuelto", "hemos devuelto", "total devuelto", "ショッピング取消", "ご利用取消", "ご利用の取消", "売上取消", "売上の取消", "initiated a refund", "initiated a full refund", "refund has been initiated",
                "refund amount", "full refund", "refund is initiated", "rückerstattung eingeleitet", "reembolso iniciado", "refund from", "got a refund", "received a refund", "refund credited", "refund landed",
                "refund just landed", "refund was credited", "refund has been credited", "credit note", "nota de crédito", "nota di credito", "creditnota", "refunded", "your refund", "refund of", "refund for", "refund has been", "issued a refund",
                "refund processed", "refund confirmation", "refund is on its way", "refund is on the way", "refund request",
                "processed a refund", "refund receipt", "payment has been refunded", "credit memo", "hoàn tiền", "rambursare", "visszatérítés", "hyvitys", "refusion", "krijgt geld terug", "bedrag terugkrijgt", "refundert", "refunderes", "повернення коштів",
                "החזר כספי", "रिफंड", "iade", "payment reversal", "transaction reversal", "reversal of your", "reversal credited", "has been reversed", "purchase reversal", "charge reversal", "credited for", "ご返金", "votre avoir", "avoir nº", "avoir n°",
                "been refunded", "gutschrift", "gutschriftsbetrag", "rechnungskorrektur", "rückerstattung", "erstattet",
                "remboursement", "remboursé", "terug op uw rekening", "terug op je rekening", "terugstorting", "je krijgt terug", "u krijgt terug", "krijgt u terug",
                "krijg je terug", "te devolvimos", "devolvimos", "le devolvemos",
                "te devolveremos", "devolvemos el dinero", "rimborso", "rimborsato", "reembolso", "reembolsado", "credit note",
                "terugbetaling", "terugbetaald", "retourengutschrift", "tilbakebetaling", "tilbakebetales", "kreditnota", "kreditnote", "tilgodehavende", "återbetalning", "återbetald", "refusjon", "tilbagebetaling", "zwrot", "estorno", "返金",
                "退款", "환불", "возврат средств", "reverso de un consumo", "reverso de consumo", "reverso de compra", "transacción: reverso",
                "palautus on hyväksytty", "palautettava summa", "vrátenie platby", "platba bola vrátená", "refundácia", "vrácení platby",
                "platba byla vrácena", "importe a devolver", "importe devuelto", "retour is verwerkt", "retour verwerkt", "retourzending is verwerkt", "vrácení peněz", "peníze vám vracíme", "částka k vrácení", "vrácená částka", "zwrot środków", "zwrot płatności", "povrat novca", "povrat sredstava", "grąžinimas",
                "επιστροφή χρημάτων", "para iadesi", "iade edildi", "rimborsare");
        kind(PaymentKind.FAILED_PAYMENT, 3, "incasso is door uw bank geweigerd", "incasso geweigerd", "payment failed", "failed payment", "declined payment", "payment has failed", "payment didn't go through",
                "payment didn’t go through", "payment did not go through", "didn't go through", "didn’t go through", "did not go through", "couldn't process your payment",
                "couldn’t process your payment", "could not process your payment", "unable to process your payment",
                "unable to charge", "tried to charge", "attempted to charge", "card has expired", "card on file has expired", "card is expired", "was declined", "payment declined", "failed donation", "donation has failed", "donation failed", "payment was unsuccessful", "payment unsuccessful",
                "zahlung fehlgeschlagen", "zahlung ist fehlgeschlagen", "konnte nicht abgebucht", "le paiement a échoué",
                "paiement refusé", "échec du paiement", "pagamento non riuscito", "pagamento rifiutato", "el pago ha fallado",
                "pago rechazado",
                "couldn't charge", "couldn’t charge", "could not charge", "betaling mislukt", "betalning misslyckades", "płatność nie powiodła się",
                "została odrzucona", "płatność odrzucona", "transakcja odrzucona", "platba byla zamítnuta", "platba zamítnuta",
                "transakce zamítnuta", "ödeme reddedildi", "ödemeniz reddedildi", "betalningen avvisades", "har avvisats", "betalning avvisad", "utlandsbetalning avvisad", "har nekats", "har nekat en", "nekades", "blev nekad", "betalingen blev afvist",
                "betalingen ble avvist", "maksu hylättiin", "transazione rifiutata", "transacción rechazada", "compra rechazada",
                "transação recusada", "compra recusada", "zahlung abgelehnt", "transaktion abgelehnt", "transaction refusée",
                "betaling geweigerd", "transactie geweigerd", "transaction declined", "transaction was declined", "pagamento falhou", "pagamento recusado",
                "支付失败", "결제 실패", "платеж не прошел", "платёж не прошёл", "trouble with your current billing",
                "trouble with your billing", "trouble processing your payment", "problem with your payment", "payment could not be processed",
                "payment was not successful", "payment did not succeed", "card was declined", "card has been declined", "unable to collect",
                "zahlung konnte nicht", "konnten wir nicht abbuchen", "impossible de traiter votre paiement", "paiement n'a pas abouti",
                "paiement n’a pas abouti", "non siamo riusciti ad addebitare", "no pudimos procesar tu pago", "no hemos podido cobrar",
                "não conseguimos processar", "pagamento não foi aprovado", "nicht belasten", "nicht belastet werden",
                "nicht abbuchen", "nicht eingezogen werden", "nicht einziehen", "rücklastschrift", "nicht eingelöst",
                "mangels deckung", "prélèvement rejeté", "rejet de prélèvement", "prélèvement n'a pas pu", "prélèvement n’a pas pu",
                "addebito non riuscito", "addebito respinto", "recibo devuelto", "domiciliación devuelta", "no hemos podido cargar",
                "no pudimos cobrar", "kon niet worden geïncasseerd", "kon niet worden afgeschreven", "incasso mislukt",
                "storno van", "não foi possível debitar", "débito não efetuado", "dragningen misslyckades", "kunde inte dras", "kunde inte dra",
                "kunde inte behandla din betalning", "kunne ikke trække", "kunne ikke trekke", "kunne ikke behandle betalingen",
                "kunne ikke trækkes", "kunne ikke trekkes", "nie udało się pobrać", "お支払いができませんでした", "決済ができませんでした",
                "引き落としができませんでした", "お引き落としができませんでした", "nicht von ihrer", "nicht von ihrem konto",
                "konnten wir den betrag", "konnte der betrag", "nous n'avons pas pu prélever", "nous n’avons pas pu prélever",
                "nous n'avons pas pu débiter", "nous n’avons pas pu débiter", "n'a pas pu être prélevé", "n’a pas pu être prélevé",
                "n'a pas pu être débité", "n’a pas pu être débité", "non è stato possibile addebitare", "no ha sido posible cobrar",
                "no se ha podido realizar el cargo", "konden wij het bedrag niet", "konden we het bedrag niet", "payment error", "unable to complete the payment",
                "unable to complete the monthly payment", "unable to complete your payment", "could not complete your payment",
                "could not complete the payment", "couldn't complete your payment", "couldn’t complete your payment",
                "transaction could not be completed", "transaction you attempted has failed", "transaction has failed",
                "transaction failed", "transacción fallida", "transação falhou",
                "couldn't collect", "couldn’t collect", "could not collect", "weren't able to collect", "weren’t able to collect",
                "were not able to collect", "missed payment", "payment was missed", "n'a pas pu être effectué", "n’a pas pu être effectué",
                "and were unsuccessful", "error al procesar el pago", "error processing your payment", "failed transaction",
                "giao dịch thất bại", "تم رفض", "couldn't take your", "couldn’t take your", "could not take your", "wasn't accepted", "wasn’t accepted", "was not accepted", "결제가 확인되지", "결제가 실패", "결제 실패", "kon niet worden uitgevoerd");
        kind(PaymentKind.SUBSCRIPTION_RENEWAL, 3, "renews on", "renews automatically", "will renew", "will automatically renew",
                "renewal date", "will automatically start on", "has been renewed", "was renewed", "has renewed", "subscription renewed", "renewed successfully",
                "renews in", "renews soon", "will renew soon", "we'll charge your", "we will charge your", "will automatically charge", "will be charged", "next billing date", "next payment date", "next charge date",
                "nächste abbuchung", "prochain prélèvement", "próximo cobro", "will be automatically renewed", "will be renewed", "automatically renewed", "renewal reminder", "subscription renewal", "renewal notice", "upcoming renewal",
                "auto-renews", "verlängert sich", "wird verlängert", "verlängerung ihres abonnements", "renouvellement",
                "sera renouvelé", "rinnovo", "si rinnoverà", "renovación", "se renovará",
                "wordt verlengd", "förnyas", "fornyes", "odnowienie subskrypcji", "renovação", "será renovada",
                "paid subscription begins", "recurring total", "자동 갱신", "갱신 예정", "갱신될 예정", "自动续费", "次回課金日", "次回更新日", "次回決済日", "自動更新");
        kind(PaymentKind.PAYMENT_CONFIRMATION, 2, "payment received", "ödeme onayı", "ödemeniz alındı", "お支払い完了",
                "決済完了", "xác nhận thanh toán", "thanh toán thành công", "dekont", "received your payment", "we received usd",
                "we received eur", "we received chf", "thank you for your payment", "thanks for your payment",
                "payment confirmation", "payment successful", "payment was successful", "zahlungsbestätigung",
                "zahlung erhalten", "zahlungseingang", "paiement reçu", "confirmation de paiement", "pagamento ricevuto",
                "conferma di pagamento", "pago recibido", "confirmación de pago", "confirmación del pago", "confirmar el pago",
                "transaction alert", "has enviado un bizum", "has enviado dinero", "enviaste dinero", "pagaste con", "pagaste $", "você pagou", "debit alert", "debit transaction", "card transaction", "card purchase", "notificación de transacción", "pagamento confirmado",
                "pagamento foi confirmado", "pagamento aprovado", "pagamento recebido", "お支払いが完了", "決済完了",
                "authorised a payment", "authorized a payment", "you sent a payment", "your transfer to", "transfer is complete",
                "transfer has been sent", "transfer was sent", "transfer was completed", "transfer completed", "you made a payment",
                "made a payment to", "payment was sent", "compra con tu tarjeta",
                "has realizado una compra", "realizó una compra", "realizaste una compra", "afgeschreven", "überweisung ausgeführt", "virement effectué", "payment sent to", "payment confirmed",
                "payment is confirmed", "vielen dank für ihre spende", "danke für ihre spende", "merci pour votre don",
                "gracias por tu donación", "gracias por su donación", "grazie per la tua donazione", "obrigado pela sua doação",
                "bedankt voor je donatie", "bedankt voor uw donatie", "automatically replenished", "has been replenished",
                "auto top-up", "been topped up", "thank you for your donation", "thanks for your donation", "your donation of",
                "thank you for donating", "thanks for donating", "your donation on", "your donation was", "寄付の金額", "ご寄付への感謝",
                "ご寄付ありがとう", "寄付をありがとう", "感谢您的捐赠", "感謝您的捐款",
                "thank you for your contribution", "thank you for your gift", "recebemos o seu pagamento", "recebemos seu pagamento",
                "pembayaran berhasil", "تم استلام", "aufladung war erfolgreich", "aufladung wurde erfolgreich", "aufladebetrag",
                "recharge effectuée", "recarga realizada", "ricarica effettuata", "opwaardering gelukt", "plata a fost efectuată", "sikeres fizetés", "maksu vastaanotettu", "betaling modtaget",
                "betaling mottatt", "оплата пройшла", "התשלום התקבל", "भुगतान सफल", "승인", "消费", "交易提醒", "支付成功", "покупка", "списание", "оплата заказа",
                "kartenzahlung", "zahlung erfolgreich", "vielen dank für ihre zahlung", "paiement effectué", "merci pour votre paiement",
                "pagamento effettuato", "grazie per il pagamento", "ricevuta di pagamento", "pago realizado", "pago exitoso",
                "gracias por tu pago", "gracias por su pago", "recibo de pago", "compra aprovada", "pagamento realizado", "pix enviado",
                "pix realizado", "u heeft betaald", "uw betaling", "ชำระเงินสำเร็จ", "โอนเงินสำเร็จ", "รายการสำเร็จ", "ชำระเงิน", "โอนเงิน", "تم الدفع",
                "تم السداد", "عملية شراء", "pagament rebut", "pagament confirmat", "your payment of", "successfully processed", "confirms that your payment", "thanh toán thành công", "ödeme alındı", "ödemeniz alındı", "transaction was completed", "transaction is completed", "transaction completed",
                "transaction was successful", "transaction successful", "pago confirmado", "pagamento confirmado", "tack för din betalning", "takk for betalingen", "tak for din betaling", "you made a purchase", "compra con tarjeta", "compra con su tarjeta", "compra aprobada", "large purchase", "purchase approved", "purchase on your card", "made a purchase", "a purchase of", "purchase was made",
                "payment made", "payment has been made", "a payment for", "払い込み", "払込", "お引き落とし", "お引落", "引き落とし",
                "ご利用代金", "card payment", "debit order", "purchase alert", "purchase notification", "transaction notification",
                "spending alert", "payment processed", "payment has been processed", "payment was processed", "transaksi berhasil", "transfer berhasil", "ご利用のお知らせ", "ご利用速報", "カードご利用",
                "zaúčtována transakce", "potvrzení platby", "platba přijata",
                "betaling ontvangen", "betalingsbevestiging", "betalning mottagen", "betalningsbekräftelse", "potwierdzenie płatności", "płatność otrzymana",
                "支付成功", "付款成功", "결제 완료", "결제가 완료", "оплата прошла", "платеж получен", "платёж получен");
        kind(PaymentKind.INVOICE, 2, "invoice", "račun br", "račun za", "e-račun", "sąskaita faktūra", "sąskaita-faktūra", "rēķins", "arve nr", "счет на оплату", "счёт на оплату",
                "счет-фактура", "fatură", "hóa đơn", "rechnung", "facture", "τιμολόγιο", "factură", "számla", "lasku", "рахунок", "חשבונית", "fattura", "factura", "fatura", "請求書",
                "factuur", "faktura", "faktúra", "faktur",
                "发票", "發票", "счет на оплату", "счёт на оплату");
        kind(PaymentKind.BILL, 2, "ใบแจ้งยอด", "ยอดที่ต้องชำระ", "ที่ต้องชำระ", "กำหนดชำระ", "청구금액", "청구 금액", "납부하실 금액", "요금 안내", "이용요금", "납부 안내", "saldo til betaling", "betales automatisk", "kortopgørelse", "kreditkortopgørelse",
                "mastercard-opgørelse", "visa-opgørelse", "your bill", "bill is ready", "new bill", "statement is ready", "amount due", "balance due",
                "payment due", "payment is due", "due date", "statement is available", "bill is available", "new statement",
                "monthly bill", "upcoming debit", "upcoming charge", "upcoming payment", "bill for", "bill from", "e-bill", "ebill",
                "din regning", "regningen", "betalingsdag", "abschlag", "abschlagszahlung", "bill reminder", "promemoria di pagamento", "promemoria pagamento", "próximo pago", "se domicilia", "se domiciliará", "utility bill", "phone bill", "tagihan", "fizetési határidő", "eräpäivä", "termin de plată", "термін оплати", "mitgliedsbeiträge", "beitragsrechnung", "payment deadline", "son ödeme tarihi", "hạn thanh toán",
                "срок оплаты", "ödeme hatırlatması", "aidat", "pago vencido", "ha vencido", "pago de renta", "betalingsachterstand",
                "rent notice", "rent reminder", "rent is due", "rent due", "amount of your rent", "avis d'échéance",
                "appel de loyer", "aviso de cobro", "aviso de pago", "pago vence", "pago pendiente", "pagamento pendente", "tienes un pago", "datum splatnosti", "dátum splatnosti", "jatuh tempo", "pengingat pembayaran", "avis de prélèvement", "lastschriftankündigung", "ankündigung sepa-lastschrift", "ankündigung der sepa-lastschrift",
                "ankündigung der lastschrift", "vorabankündigung", "vorabinformation", "pre-notification", "prenotification",
                "kündigen wir den einzug", "einzug der beiträge", "einzug des beitrags", "fatura do cartão",
                "fatura do seu cartão", "estado de cuenta de tu tarjeta", "ใบแจ้งหนี้", "فاتورة", "estado de cuenta", "fecha límite de pago",
                "cuota de mantenimiento", "adeudo", "data de venciment", "λογαριασμός", "em atraso", "em dívida", "em divida", "bitte überweise",
                "mitgliedsbeitrag", "cobrança", "boleto", "venceu", "billing statement",
                "electricity bill", "water bill", "gas bill", "is due", "total due", "please pay", "zahlbar", "fällig",
                "zahlungsfrist", "prämienrechnung", "à payer", "échéance", "montant dû", "da pagare",
                "scadenza", "importo dovuto", "vencimiento", "a pagar", "membership fee", "pay at the property",
                "please transfer", "direct debit", "pre-authorized debit", "pre-authorised debit", "debit notice", "will be debited from", "complete your payment", "completar el pago", "completar tu pago", "vencimento",
                "お支払い期限", "請求金額",
                "te betalen", "att betala", "förfaller", "forfalder", "forfaller", "förfallodag", "å betale", "do zapłaty", "overdue", "past due", "payment reminder", "zahlungserinnerung", "erinnerung an die bezahlung", "zahlungsaufforderung", "mahnung", "rappel de paiement", "recordatorio de pago", "sollecito di pagamento", "betalingsherinnering", "betalningspåminnelse",
                "账单", "賬單", "帳單", "电子账单", "청구서", "к оплате", "vyúčtování", "vyúčtovanie", "k úhradě", "na úhradu", "rykker",
                "purring", "opkrævning", "명세서", "결제예정금액", "결제 예정 금액", "자동이체 안내", "자동이체 예정", "이체 예정일", "납입 보험료", "aankondiging", "wordt afgeschreven", "zal worden afgeschreven", "wordt over", "autopay of", "autopay will", "autopay is scheduled", "auto pay scheduled", "autopay scheduled",
                "volgende betaling is over", "we schrijven de premie", "das nächste mal in", "wird demnächst", "tagen abgebucht", "demnächst abgebucht",
                "czekamy na wpłatę", "prosimy o wpłatę", "próximo cargo", "prossimo addebito", "nästa dragning",
                "next payment is in", "we'll charge you", "we will charge you", "we’ll charge you", "prélèvement aura lieu", "medlemskontingent", "kontingent for", "har du ikke betalt", "har ikke betalt",
                "inte mottagit betalning", "inte mottagit din betalning", "ikke mottatt betaling", "ikke modtaget betaling",
                "restant dû", "solde restant", "reste à payer", "montant à régler", "solde à régler", "à régler",
                "da saldare", "restbetrag", "offener betrag", "offenen betrag", "ausstehender betrag",
                "ausstehenden betrag", "openstaand bedrag", "openstaande bedrag", "nog te betalen", "お支払い予定", "お支払予定",
                "引き落とし予定", "引落予定", "outstanding balance", "amount outstanding", "balance outstanding",
                "unless we receive your payment", "unless payment is received", "to avoid cancellation", "pending cancellation",
                "for non-payment", "for nonpayment", "kwota do spłaty", "termin spłaty", "avis de paiement",
                "forfait post-stationnement", "amende", "avis de contravention", "bußgeld", "verwarnungsgeld", "parking fine",
                "penalty charge notice");
        kind(PaymentKind.RECEIPT, 2, "receipt", "ďakujeme za objednávku", "děkujeme za objednávku", "potvrdenie objednávky",
                "potvrzení objednávky", "thank you for buying", "thanks for buying", "thank you for purchasing",
                "thanks for purchasing", "kwitansi", "رسید", "makbuz", "paragon fiskalny", "účtenka", "nyugta",
                "biên lai", "your order", "order confirmation", "order confirmed", "thank you for your order",
                "thanks for your order", "thank you for your purchase", "thanks for your purchase", "amount paid", "total paid",
                "paid with", "you paid", "we've charged", "we’ve charged", "we have charged", "we charged", "has been charged",
                "was charged", "e-ticket", "booking confirmed", "booking confirmation", "reservation confirmed", "quittung",
                "beleg", "kaufbeleg", "bestellbestätigung", "ihre bestellung", "abgebucht", "reçu", "votre commande",
                "ricevuta", "il tuo ordine", "recibo", "tu pedido", "su pedido", "comprobante", "compra confirmada",
                "obrigado pela sua compra", "obrigado por comprar", "seu pedido", "ご購入", "ご注文", "領収書",
                "thanks for riding", "thank you for riding", "your ride with", "your trip with", "trip receipt", "ride receipt",
                "thanks for ordering", "thank you for ordering", "order summary", "purchase summary",
                "you've paid", "you have paid", "chitanță", "comanda dvs", "rendelés", "tilausvahvistus", "kuitti",
                "ordrebekræftelse", "замовлення", "квитанція", "קבלה", "रसीद", "resit", "ใบเสร็จ", "إيصال", "rebut", "la teva comanda", "comanda confirmada",
                "buchungsbestätigung", "ihre fahrkarte", "online-ticket", "fahrschein", "e-billet", "votre billet",
                "biglietto", "prenotazione confermata", "billete", "reserva confirmada", "απόδειξη", "παραγγελία",
                "confirmación pedido", "confirmación de compra", "siparişiniz",
                "sipariş", "đơn hàng", "jízdenka", "objednávka", "potvrzení objednávky", "gracias por comprar", "gracias por tu pedido", "gracias por su pedido",
                "pedido confirmado", "confirmación de pedido", "confirmación del pedido", "obrigado pela sua encomenda", "encomenda", "レシート", "お会計", "決済が完了", "決済完了", "お支払いが完了", "결제가 완료", "결제 완료", "kassenbon", "kassenzettel", "ihren einkauf",
                "votre achat", "su compra", "tu compra", "tuo acquisto", "l'acquisto", "je aankoop", "uw aankoop", "ditt köp",
                "ticket de caisse", "scontrino", "payment receipt", "charged your", "we just charged",
                "bestelbevestiging", "deine bestellung", "deinen einkauf", "deinem einkauf", "bezahlt mit", "ta commande", "ton achat", "you bought", "you purchased", "je bestelling", "uw bestelling", "orderbekräftelse", "din beställning", "kvitto", "kvittering", "potwierdzenie zamówienia", "twoje zamówienie", "order placed", "purchase confirmation",
                "收据", "收據", "订单", "訂單", "영수증", "주문", "총 결제금액", "총 결제 금액", "결제 정보", "결제정보", "кассовый чек", "ваш заказ", "спасибо за покупку");
    }

    private static final List<String> MARKETING = List.of("% off", "shop now", "sale", "discount", "save ", "deal",
            "special offer", "limited time", "promo", "coupon", "free shipping", "newsletter", "book now", "buy now",
            "subscribe", "rabatt", "angebot", "jetzt kaufen", "soldes", "offerta", "oferta", "korting", "aanbieding",
            "erbjudande", "tilbud", "promocja", "rabat", "kampanya", "ticari ileti", "ticari elektronik ileti", "en alquiler",
            "zu vermieten", "à louer", "te huur", "ver anuncio", "view listing", "new listing", "nuevo anuncio", "yeni ilan",
            "ilanları gör", "neue inserate", "nouvelles annonces", "nuevos anuncios", "nuovi annunci", "nye annoncer", "nye annonser",
            "nya annonser", "nowe ogłoszenia", "nieuwe woningen");

    /** Whether a subject pitches an offer ("60% off Super ends tonight", "Sale: …"): what no receipt's subject says. */
    static boolean pitchSubject(String subject) {
        return PERCENT_OFF.matcher(subject).find() || Phrases.first(subject, MARKETING) != null;
    }

    /** A share off in a subject: "60% off", "-30 %", "bis zu 50%". */
    private static final java.util.regex.Pattern PERCENT_OFF = java.util.regex.Pattern.compile("\\d\\s?%");

    /**
     * What unsolicited offers say and a merchant's receipt or bill never does: two of them and a
     * message is a pitch that talks about money, not a payment document.
     */
    private static final List<String> SOLICITATION = List.of("make money", "earn $", "earn up to", "extra income",
            "financial freedom", "work from home", "home based business", "home-based business", "as seen on",
            "money back guarantee", "100% guaranteed", "risk free", "risk-free", "no obligation", "act now",
            "to be removed", "remove me", "removed from", "this is not spam", "not spam", "bulk email", "mass email",
            "adv:", "opportunity", "millionaire", "get paid", "cash bonus", "order now", "click here", "reports",
            "multi-level", "mlm", "downline", "wealth", "investment", "lottery", "beneficiary", "next of kin", "out of debt", "free consultation", "credit history",
            "no longer receive", "debt relief", "consolidate", "western union", "united states dollars", "remittance",
            "inheritance", "compensation fund", "atm card", "consignment", "diplomat");

    /**
     * Whether the subject says an order was cancelled or is on its way, so that the message restates an
     * order rather than reports a payment; {@code kind} is what the wording says otherwise, or null.
     */
    static boolean aboutOrderNotPayment(String subject, String body, PaymentKind kind) {
        return kind != PaymentKind.REFUND && kind != PaymentKind.FAILED_PAYMENT && Phrases.first(subject, CANCELLED) != null
                        && Phrases.first(subject, CANCEL_THREATENED) == null && Phrases.first(body, CANCELLATION_PAID) == null
                || (kind == null || kind == PaymentKind.RECEIPT) && (Phrases.first(subject, SHIPPED) != null
                        || Phrases.first(body, SHIPPED_STATUS) != null) && Phrases.first(body, CHARGED) == null
                || Phrases.first(subject, SOLD) != null;
    }

    /** A cancellation still to come unless the reader pays: "Policy 4892 will be cancelled unless payment is received". */
    static final List<String> CANCEL_THREATENED = List.of("pending cancellation", "will be cancelled", "will be canceled",
            "unless", "non-payment", "nonpayment", "non payment", "to avoid", "wird storniert", "droht", "sera annulé",
            "sera annulée", "sera résilié", "verrà annullat", "será cancelad", "wordt geannuleerd");

    /** An order's status line that says it was sent: "New status: Shipped". */
    private static final List<String> SHIPPED_STATUS = List.of("new status: shipped", "status: shipped",
            "new status: dispatched", "status: dispatched", "new status: delivered", "status: delivered",
            "neuer status: versandt", "status: versandt", "status: versendet", "nouveau statut : expédiée",
            "statut : expédiée", "nuevo estado: enviado", "estado: enviado");

    /** A subject that tells a seller or organiser of a sale: the money comes to the reader. */
    private static final List<String> SOLD = List.of("new order received", "you have a new order", "you've got a new order",
            "new order for your", "you made a sale", "you've made a sale", "作品が購入されました", "商品が購入されました", "注文が入りました", "売れました", "har sålts", "har solgts",
            "er blevet solgt", "er solgt", "ble solgt", "on myyty", "wurden verkauft", "ont été vendus", "zostały sprzedane", "you have a new sale", "new sale", "payout", "your earnings", "weekly earnings", "tus ingresos", "resumen de ingresos", "deine einnahmen",
            "vos revenus", "i tuoi guadagni", "uitbetaling", "auszahlung", "ya tienes tu dinero",
            "neue bestellung eingegangen", "nouvelle commande reçue", "nuevo pedido recibido", "a été vendu", "wurde verkauft",
            "è stato venduto", "ha sido vendido", "se ha vendido", "foi vendido", "is verkocht", "has sold", "item sold",
            "artikel verkauft", "sold!", "has vendido", "hai venduto", "du hast verkauft", "vous avez vendu", "je hebt verkocht",
            "você vendeu", "sprzedałeś", "sprzedałaś", "du har sålt");

    /** What a notice says when the reader owes nothing after all. */
    static final List<String> EXEMPT = List.of("exempt from", "are exempt", "befreit", "exonéré", "exonérée",
            "esente dal", "esentato", "exento de", "exenta de", "no need to pay", "you don't need to pay",
            "you do not need to pay", "you don’t need to pay", "no payment needed", "no action is needed on your part to pay",
            "hoeft nu niets te betalen", "u hoeft niets te betalen", "je hoeft niets te betalen", "nothing to pay now",
            "you don't have to pay anything now", "不会产生任何扣款", "不會產生任何扣款", "不会扣款", "不會扣款", "vous n'avez rien à payer", "sie müssen nichts bezahlen", "no tienes que pagar nada");

    /**
     * What a cancelled order's mail says when money did move after all: a fee for cancelling was
     * charged ("Cancellation Fee ₹49"), or the price was paid back ("Total reembolsado 52,40 €").
     */
    static final List<String> CANCELLATION_PAID = List.of("cancellation fee", "final bill", "final invoice", "schlussrechnung", "endabrechnung", "slutfaktura", "sluttfaktura",
            "facture de clôture", "factura final", "fattura finale", "eindafrekening", "cancelation fee", "frais d'annulation",
            "cargo por cancelación", "gastos de cancelación", "stornogebühr", "stornokosten", "annuleringskosten",
            "costo di cancellazione", "total reembolsado", "importe reembolsado", "te devolvemos el dinero", "te hemos devuelto el dinero",
            "amount refunded", "refunded amount", "refund total", "total refunded", "montant remboursé", "erstattungsbetrag",
            "importo rimborsato", "valor reembolsado", "terugbetaald bedrag");

    /** A subject that says an order or subscription was called off. */
    private static final List<String> CANCELLED = List.of("cancelled", "canceled", "cancellation", "cancelado", "cancelada",
            "peruttu", "peruutettu", "zrušena", "zrušeno", "anulowano", "avbokad", "avbestilt", "annulleret", "iptal edildi",
            "ακυρώθηκε",
            "annulé", "annulée", "annulation", "storniert", "stornierung", "annullato", "annullata", "geannuleerd",
            "キャンセル", "취소", "anulowane", "cancelaste", "cancelamos", "cancelou", "anulaste", "anulamos", "hai annullato",
            "vous avez annulé", "已取消", "被取消", "已被取消", "자동취소", "주문취소", "취소되었습니다", "gekündigt", "sagts upp", "avslutats", "avsluttet", "opsagt",
            "disattivato", "disattivata", "beëindigd", "opgezegd");

    /** A subject that says goods are on their way: a shipping notice restates the order, it is no new payment. */
    private static final List<String> SHIPPED = List.of("ready for pickup", "ready for collection", "ready to collect",
            "abholbereit", "zur abholung bereit", "prête à être retirée", "prêt à être retiré", "listo para recoger", "zugestellt", "geliefert", "livré", "livrée", "entregado", "consegnato",
            "bezorgd", "levererad", "leveret", "dostarczono", "dostarczona", "dostarczone", "doručena", "toimitettu", "お届け済み", "お届けしました", "配達済み", "doručeno", "teslim edildi", "配達完了", "배송 완료", "已签收", "已簽收",
            "shipped", "has shipped", "on its way", "on the way",
            "out for delivery", "delivered", "dispatched", "en camino", "ha sido enviado", "fue enviado", "versandt",
            "verschickt", "unterwegs", "expédiée", "expédié", "spedito", "in consegna", "a caminho", "enviado", "発送",
            "배송", "en route", "votre colis", "versendet", "verzonden", "verstuurd", "onderweg", "wysłane", "wysłana", "w drodze",
            "skickats", "skickad", "på väg", "sendt", "på vei", "lähetetty", "odesláno", "spedita", "expedido", "auf dem weg",
            "已发货", "已發貨", "已出貨", "派送中", "je na cestě", "byla předána dopravci", "byla odeslána", "配送中", "pronta para levantamento", "pronto para levantamento", "disponível para levantamento",
            "pronta para retirada", "pronto para retirada", "klar til afhentning", "klar til afhenting", "klar for henting",
            "redo att hämtas", "klaar om op te halen", "klaar voor afhalen", "listo para retirar", "pronto per il ritiro",
            "pronta per il ritiro", "gotowe do odbioru", "gotowa do odbioru", "připravena k vyzvednutí", "noudettavissa");

    /** A shipping notice that says the order was charged now (as Amazon does when it ships) is a receipt. */
    private static final List<String> CHARGED = List.of("charged", "total paid", "amount paid", "you paid", "paid with", "paid via",
            "paid using", "addebitat", "abgebucht", "belastet", "débité",
            "prélevé", "cobrado", "cargado", "debitado", "afgeschreven");

    /** A booking paid on arrival is a bill, whatever else its confirmation says. */
    private static final List<String> PAY_ON_ARRIVAL = List.of("pay at the property", "pay at the hotel",
            "payable at check-in", "payment at check-in");

    /** An invoice marked paid is a receipt: "Terms: PAID", "Invoice 1891: Paid". */
    /**
     * Words that ask the reader to pay a sum: a refund's mail, a statement or an alert has none of them. Not
     * "payment due", which an alert also writes: "your payment due date will be shown on your next statement".
     */
    static final List<String> ASKS_TO_PAY = List.of("please pay", "pay now", "amount due", "balance due", "total due",
            "payment is due", "minimum payment", "minimum due",
            "bitte überweisen", "bitte zahlen", "zahlbar bis", "zu zahlender betrag", "merci de régler", "à régler avant", "montant à payer",
            "net à payer", "si prega di pagare", "importo da pagare", "gelieve te betalen", "te betalen bedrag", "por favor pague",
            "importe a pagar", "total a pagar", "att betala", "å betale", "at betale", "do zapłaty", "k úhradě", "k zaplacení");
    private static final List<String> PAID_STATUS = List.of("terms: paid", "status: paid", "invoice paid", "paid in full");

    /**
     * What a receipt says to make clear nothing is owed: "No payment is due with this receipt". Taken
     * out before the wording is read, so that "payment is due" inside it does not make a bill.
     */
    private static final List<String> NOTHING_DUE = List.of("no payment is due", "no payment due", "no payment is required",
            "no payment required", "no further payment", "nothing to pay", "nothing is due", "keine zahlung erforderlich",
            "aucun paiement n'est dû", "aucun paiement requis");

    /**
     * A subject that names the document with the merchant's name in between: "Your Steam purchase",
     * "Thank you for your Amazon.com order", "Your Verizon bill is ready", "Order #1234 confirmed".
     * It has to open the subject, so "Complete your purchase" (a reminder to buy) is not one.
     */
    private static final Pattern SUBJECT_NAMES = Pattern.compile(
            "^(?:[\\[(][^\\])]{1,30}[\\])]\\s*)?(?:re:\\s*|fwd?:\\s*)*(?:thanks?(?: you)? for |here(?:'s|’s| is) )?your "
                    + "(?:[^\\s:!,]+ ){1,3}(purchase|order|receipt|invoice|bill|statement|trip|ride|payment)\\b"
                    // "Your car insurance payment schedule", "Your payment reminder": a payment still to come
                    + "(?! (?:schedule|plan|reminder|request|details|method|information|due|is due|overdue|failed|declined))"
                    + "|^order (?:#|no\\.? ?|number )?\\S*\\d\\S* (?:is )?(?:confirmed|received|placed)\\b");

    /**
     * A payment named with its failure, in either order and a few words apart: "Kartenzahlung fehlgeschlagen",
     * "Votre prélèvement automatique a été refusé", "Automatic payment for Conversation Club failed",
     * "Incasso contributie niet gelukt", "Płatność za zamówienie #77120 nie powiodła się".
     */
    private static final String PAYMENT_NOUN = "(?:payment|charge|renewal|transaction|direct debit|autopay|card"
            + "|zahlung|abbuchung|lastschrift|paiement|prélèvement|pago|cargo|cobro|pagamento|addebito|betaling|incasso"
            + "|afschrijving|betalning|dragning|płatność|platba|ödeme|giao dịch|transação|transacción|transazione|결제)";
    private static final String FAILURE = "(?:failed|declined|unsuccessful|fehlgeschlagen|abgelehnt|nicht erfolgreich"
            + "|échoué|échec|refusée?|rejetée?|fallid[oa]|rechazad[oa]|fallit[oa]|rifiutat[oa]|non riuscit[oa]|mislukt"
            + "|geweigerd|niet gelukt|misslyckades|afvist|avvist|nie powiodła się|odrzucon[ay]|zamítnut[aá]|reddedildi"
            + "|thất bại|recusad[oa]|falhou|실패)";
    static final Pattern FAILED_PAIR = Pattern.compile(
            "(?<![\\p{L}])" + PAYMENT_NOUN + "(?:[^.!?\\n]{0,60}?)(?<![\\p{L}])" + FAILURE + "(?![\\p{L}])"
                    + "|(?<![\\p{L}])" + FAILURE + "(?: to process)?(?: your| the| an?)?(?: automatic| card| online)? " + PAYMENT_NOUN
                    + "(?![\\p{L}])|(?<=[\\p{L}])(?:zahlung|betaling|incasso|결제) " + FAILURE + "(?![\\p{L}])");
    /** A failure that may come, not one that came: "If your payment fails", "falls die Zahlung fehlschlägt". */
    private static final Pattern CONDITIONAL = Pattern.compile("(?<![\\p{L}])(?:if|in case|should|wenn|falls|sollte|si|indien|jeśli|gdyby)(?![\\p{L}])");
    /** A failure that happened, in the body: "The automatic payment for your subscription … has failed." */
    private static final Pattern FAILED_PAST = Pattern.compile(
            "(?<![\\p{L}])" + PAYMENT_NOUN + "[^.!?\\n]{0,80}?(?<![\\p{L}])(?:has failed|have failed|failed\\.|was declined|were declined"
                    + "|ist fehlgeschlagen|wurde abgelehnt|wurden abgelehnt|a échoué|a été refusée?|a été rejetée?|ha fallado|ha sido rechazad[oa]"
                    + "|è fallit[oa]|è stat[oa] rifiutat[oa]|is mislukt|is niet gelukt|is geweigerd|kon niet worden uitgevoerd"
                    + "|misslyckades|blev afvist|ble avvist|nie powiodła się|została odrzucona|została przerwana|falhou|foi recusad[oa])");

    /** Whether {@code phrase} stands in {@code body} in a sentence that does not say "if": "If your card has expired, …" is no failure. */
    private static boolean unconditional(String body, String phrase) {
        return inPlainSentence(body, phrase, null);
    }

    /** A sentence of terms about refunds, not a refund: "O reembolso somente será aceito se …", "Refunds will only be issued …". */
    private static final Pattern REFUND_POLICY = Pattern.compile("(?<![\\p{L}])(?:only be|somente|sólo será|solo será|seulement si"
            + "|nur dann|nur bei|policy|política de|non-refundable|not refundable|nicht erstattungsfähig|no reembolsable"
            + "|não reembolsável|non remboursable|non rimborsabile|terms and conditions|condiciones|condições"
            + "|환불 불가|환불 규정|취소 규정|返金不可|キャンセルポリシー|不可退款|退款政策|退订政策)(?![\\p{L}])");

    /** Whether {@code phrase} stands in {@code body} in a sentence that neither says "if" before it nor states refund terms. */
    private static boolean outsidePolicy(String body, String phrase) {
        return inPlainSentence(body, phrase, REFUND_POLICY);
    }

    /**
     * Whether {@code phrase} stands in {@code body} in a sentence with no {@link #CONDITIONAL} word before it and,
     * when {@code anywhere} is given, none of its words in the whole sentence.
     */
    private static boolean inPlainSentence(String body, String phrase, Pattern anywhere) {
        int at = Phrases.find(body, phrase, 0);
        while (at >= 0) {
            int start = Math.max(Math.max(body.lastIndexOf('.', at), body.lastIndexOf('\n', at)), 0);
            boolean plain = !CONDITIONAL.matcher(body.substring(start, at)).find();
            if (plain && anywhere != null) {
                int end = body.length();
                for (char c : new char[] {'.', '\n'}) {
                    int e = body.indexOf(c, at + phrase.length());
                    if (e >= 0 && e < end) {
                        end = e;
                    }
                }
                plain = !anywhere.matcher(body.substring(start, end)).find();
            }
            if (plain) {
                return true;
            }
            at = Phrases.find(body, phrase, at + 1);
        }
        return false;
    }

    /** What every failure {@link #FAILED_PAST} knows contains. */
    private static final List<String> FAILURE_STEMS = List.of("fail", "declined", "fehlgeschlagen", "abgelehnt", "échoué",
            "refusé", "rejeté", "fallado", "rechazad", "fallit", "rifiutat", "mislukt", "gelukt", "geweigerd", "uitgevoerd",
            "misslyckades", "afvist", "avvist", "powiodła", "odrzucona", "przerwana", "falhou", "recusad");

    /** Whether a sentence of the body says a payment failed, and does not say "if". */
    private static boolean failedInBody(String body) {
        if (FAILURE_STEMS.stream().noneMatch(body::contains)) {
            return false; // the cheap test first: most mail names no failure at all
        }
        Matcher m = FAILED_PAST.matcher(body);
        while (m.find()) {
            int start = Math.max(Math.max(body.lastIndexOf('.', m.start()), body.lastIndexOf('\n', m.start())), 0);
            if (!CONDITIONAL.matcher(body.substring(start, m.end())).find()) {
                return true;
            }
        }
        return false;
    }

    private Wording() {}

    /** The kind a subject like "Your Steam purchase" names, or null. */
    static PaymentKind subjectNames(String subject) {
        Matcher m = SUBJECT_NAMES.matcher(subject.strip());
        if (!m.find()) {
            return null;
        }
        String word = m.group(1);
        if (word == null) {
            return PaymentKind.RECEIPT;
        }
        return switch (word) {
            case "invoice" -> PaymentKind.INVOICE;
            case "payment" -> PaymentKind.PAYMENT_CONFIRMATION;
            case "bill", "statement" -> PaymentKind.BILL;
            default -> PaymentKind.RECEIPT;
        };
    }

    /**
     * Where an order's invoice goes, which names the invoice without being one: "Rechnungsadresse",
     * "Indirizzo di fatturazione", "Billing address". Blanked out before the wording is read.
     */
    private static final List<String> BILLING_ADDRESS = List.of("rechnungsadresse", "rechnungsanschrift",
            "indirizzo di fatturazione", "dati di fatturazione", "dati fatturazione", "adresse de facturation",
            "dirección de facturación", "direccion de facturacion", "datos de facturación", "endereço de faturação",
            "endereço de faturamento", "billing address", "invoice address", "factuuradres", "fakturaadresse",
            "fakturaadress", "faktureringsadress", "faktureringsadresse", "adres do faktury", "dane do faktury",
            "fakturační adresa", "請求先住所");

    private static final List<String> BLANKED = java.util.stream.Stream.concat(NOTHING_DUE.stream(), BILLING_ADDRESS.stream()).toList();

    /** {@code text} with every "no payment is due", billing address and the like blanked out, keeping its length. */
    static String withoutMisleadingPhrases(String text) {
        String t = text;
        for (String phrase : BLANKED) {
            int at = t.indexOf(phrase);
            while (at >= 0) {
                t = t.substring(0, at) + " ".repeat(phrase.length()) + t.substring(at + phrase.length());
                at = t.indexOf(phrase, at + phrase.length());
            }
        }
        return t;
    }

    private static void kind(PaymentKind kind, int weight, String... phrases) {
        PHRASES.put(kind, List.of(phrases));
        WEIGHT.put(kind, weight);
    }

    /** What the wording says: the total weight of payment phrases, the kind they point to, and marketing cues. */
    record Verdict(int weight, int subjectWeight, PaymentKind kind, int marketing) {}

    /** What says the sum on a line is money paid back to the reader: "we will refund €12.00", "storten € 77,85 terug op uw rekening". */
    private static final List<String> PAID_BACK = List.of("terug op uw rekening", "terug op je rekening", "je krijgt terug",
            "u krijgt terug", "krijgt u terug", "we will refund",
            "we'll refund", "we’ll refund", "will be refunded", "has been refunded", "refund of", "erstatten wir", "wird erstattet",
            "wird ihnen erstattet", "zurückerstattet", "vous sera remboursé", "vous sera remboursée", "nous vous remboursons",
            "le será reembolsado", "te reembolsaremos", "ti verrà rimborsato", "vi rimborseremo", "wordt teruggestort",
            "storten wij", "wij storten", "we storten", "importe a devolver", "a devolver", "en votre faveur", "in your favour", "in your favor", "zu ihren gunsten",
            "a su favor", "a tuo favore", "in uw voordeel");

    /** Whether {@code lowerLine} says its sum is paid back to the reader. */
    static boolean paysBack(String lowerLine) {
        return Phrases.first(lowerLine, PAID_BACK) != null;
    }

    /**
     * What a household's running services are billed for: energy, water, phone and internet, rent, loans,
     * insurance, tolls, taxes and fees. Their "Rechnung", "facture" or "faktura" is a bill; anyone else's is
     * an invoice.
     */
    private static final Pattern SERVICE = Pattern.compile("(?<![\\p{L}])(?:strom|strøm|ström|electricity|electric|electricidad"
            + "|eletricidade|elettricità|energia elettrica|électricité|elektriciteit|elektřin\\p{L}*|energie|energia|energy|energi|elhandel"
            + "|gas|gaz|luz|hydro|water|wasser|agua|acqua|acque|vatten|vann|woda|kwh|telecom|telekom|télécom|telecomunicaciones|mobilfunk"
            + "|telco|telecommunications|télécommunications|wireless|cellular|câble|cable"
            + "|mobil|mobile|móvil|movil|telemóvel|telefon\\p{L}*|téléphon\\p{L}*|telefone|telefono|teléfono|internet|broadband"
            + "|glasvezel|kabel|toll|maut|pedaggi|pedaggio|autostrad\\p{L}*|péage|peaje|pedágio|portagem|bompenger|rent|miete|loyer"
            + "|alquiler|aluguel|affitto|huur|hyra|husleie|czynsz|tuition|schulgeld|prämie\\p{L}*|insurance|versicherung\\p{L}*|krankenkasse|krankenversicherung|mutuelle|zorgverzekeraar"
            + "|assurance|seguro|assicurazione|verzekering|försäkring|forsikring|e-lasku|e-faktura|efaktura|e-rechnung|kivra"
            + "|bolletta|bolån|loan|lån|laina|mortgage|hypothek|darlehen|kredit|nebenkosten|abwasser|müll|waste|council tax"
            + "|property tax|abonament\\p{L}*|abonnement|abono"
            + "|credit card|kreditkarte|carte de crédit|tarjeta de crédito|cartão de crédito)(?![\\p{L}])");
    /** What a running service's bill says in its body: what was used, and how it was metered. */
    private static final Pattern METERED = Pattern.compile("(?<![\\p{L}])(?:kwh|m³|zählerstand|verbrauch|consumo|consumption"
            + "|meter reading|lectura del contador|relevé|mobilfunk|datenvolumen|roaming|forbruk|förbrukning|zużycie|kulutus)(?![\\p{L}])");
    /** A reminder of something owed, which a vendor sends about its invoice and a utility about its bill. */
    static final List<String> INVOICE_NAMED = List.of("invoice", "rechnung", "facture", "factura", "fattura",
            "fatura", "factuur", "faktura", "lasku", "számla", "díjbekérő", "výzva k úhradě", "výzva k platbě", "請求書");

    /**
     * A bill or an invoice by who sends it: a running service's invoice is a bill ("Ihre Telekom
     * Mobilfunk-Rechnung", "Tu factura de luz"), and a bill that names an invoice from anyone else is an
     * invoice ("Zahlungserinnerung zur Rechnung RE-2025-10482"). Other kinds are returned as they are.
     */
    static PaymentKind billOrInvoice(PaymentKind kind, String subject, String senderName, String domain, String body) {
        if (kind != PaymentKind.INVOICE && kind != PaymentKind.BILL) {
            return kind;
        }
        String sender = (senderName == null ? "" : senderName.toLowerCase(java.util.Locale.ROOT)) + " "
                + (domain == null ? "" : domain.replace('.', ' ').replace('-', ' '));
        String opening = body.length() > 1500 ? body.substring(0, 1500) : body;
        boolean service = SERVICE.matcher(subject).find() || SERVICE.matcher(sender).find() || METERED.matcher(opening).find();
        if (kind == PaymentKind.INVOICE && service) {
            return PaymentKind.BILL;
        }
        if (kind == PaymentKind.BILL && !service && Phrases.first(subject, INVOICE_NAMED) != null) {
            return PaymentKind.INVOICE;
        }
        return kind;
    }

    static Verdict read(String subject, String body) {
        subject = withoutMisleadingPhrases(subject);
        body = withoutMisleadingPhrases(body);
        Map<PaymentKind, Integer> scores = new EnumMap<>(PaymentKind.class);
        int total = 0;
        int inSubject = 0;
        boolean refundInSubject = false;
        for (PaymentKind kind : PRIORITY) {
            int w = WEIGHT.get(kind);
            for (String phrase : PHRASES.get(kind)) {
                int s = 0;
                if (Phrases.has(subject, phrase)) {
                    s += 2 * w;
                    inSubject += w;
                    refundInSubject |= kind == PaymentKind.REFUND;
                }
                if (kind == PaymentKind.FAILED_PAYMENT ? unconditional(body, phrase)
                        : kind == PaymentKind.REFUND ? outsidePolicy(body, phrase) : Phrases.has(body, phrase)) {
                    s += w;
                }
                if (s > 0) {
                    scores.merge(kind, s, Integer::sum);
                    total += s;
                }
            }
        }
        boolean failedInSubject = FAILED_PAIR.matcher(subject).find() && !CONDITIONAL.matcher(subject).find();
        boolean failedInBody = failedInBody(body);
        if (failedInSubject || failedInBody) {
            int w = WEIGHT.get(PaymentKind.FAILED_PAYMENT);
            scores.merge(PaymentKind.FAILED_PAYMENT, failedInSubject ? 2 * w : w, Integer::sum);
            total += failedInSubject ? 2 * w : w;
            inSubject += failedInSubject ? w : 0;
        }
        PaymentKind named = subjectNames(subject);
        if (named != null && inSubject == 0) {
            int w = WEIGHT.get(named);
            scores.merge(named, 2 * w, Integer::sum);
            total += 2 * w;
            inSubject += w;
        }
        if (Phrases.first(body, PAY_ON_ARRIVAL) != null) {
            scores.merge(PaymentKind.BILL, 10, Integer::sum);
        }
        if (scores.containsKey(PaymentKind.PAYMENT_CONFIRMATION) && scores.containsKey(PaymentKind.RECEIPT)
                && !scores.containsKey(PaymentKind.INVOICE) && !scores.containsKey(PaymentKind.BILL)) {
            scores.put(PaymentKind.PAYMENT_CONFIRMATION, 0);
        }
        PaymentKind best = null;
        int bestScore = 0;
        for (PaymentKind kind : PRIORITY) {
            int s = scores.getOrDefault(kind, 0);
            if (s > bestScore) {
                best = kind;
                bestScore = s;
            }
        }
        if (best == PaymentKind.REFUND && !refundInSubject && Phrases.first(body, ASKS_TO_PAY) != null) {
            // A bill that lists a credit note among its lines ("Credit note CN-88412 … -£504.00", "Amount due
            // £8,724.40", "Please pay by BACS") asks for money; a refund does not.
            int bill = scores.getOrDefault(PaymentKind.BILL, 0);
            int invoice = scores.getOrDefault(PaymentKind.INVOICE, 0);
            if (bill > 0 || invoice > 0) {
                best = invoice > bill ? PaymentKind.INVOICE : PaymentKind.BILL;
            }
        }
        if ((failedInSubject || failedInBody) && best != PaymentKind.REFUND) {
            // "Zahlung für Rechnung RE-2025-081144 fehlgeschlagen": the invoice it names is what failed to be paid.
            best = PaymentKind.FAILED_PAYMENT;
        }
        if ((best == PaymentKind.INVOICE || best == PaymentKind.BILL)
                && (Phrases.first(body, PAID_STATUS) != null || Phrases.first(subject, PAID_STATUS) != null
                        || subject.stripTrailing().endsWith(": paid"))) {
            best = PaymentKind.RECEIPT;
        }
        int solicitation = 0;
        for (String cue : SOLICITATION) {
            if (Phrases.has(body, cue) || Phrases.has(subject, cue)) {
                solicitation++;
            }
        }
        if (solicitation >= 2) {
            return new Verdict(0, 0, null, solicitation);
        }
        if (best != PaymentKind.REFUND && Phrases.first(body, EXEMPT) != null) {
            return new Verdict(0, 0, null, 0); // "Du bist vom Mitgliedsbeitrag befreit"
        }
        if (aboutOrderNotPayment(subject, body, best)) {
            // "Tu pedido ha sido cancelado", "Your order is on its way": about an order, not a payment.
            return new Verdict(0, 0, null, 0);
        }
        int marketing = 0;
        for (String cue : MARKETING) {
            if (Phrases.has(body, cue) || Phrases.has(subject, cue)) {
                marketing++;
            }
        }
        return new Verdict(total, inSubject, best, marketing);
    }
}
