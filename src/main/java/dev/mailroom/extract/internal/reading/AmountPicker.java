package dev.mailroom.extract.internal.reading;

import dev.mailroom.extract.internal.amounts.LocalCurrencies;
import dev.mailroom.extract.internal.amounts.Money;
import dev.mailroom.extract.internal.amounts.MoneyScanner;
import dev.mailroom.extract.PaymentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Picks the amount a payment document is about: the one labelled as the total, the amount due, what
 * was charged or refunded, over line items, subtotals, taxes and fees. An amount is <em>tied</em> to
 * payment wording when its label (the text before it on its line, or the line above when it stands
 * alone, as in a table cell) says so; a price in marketing ("from CHF 79", "only €5", "save $10") is
 * never tied.
 */
final class AmountPicker {

    /** A tied amount: its label says it is what is paid. */
    static final int TIED = 2;
    /** A strongly tied amount: the total, the amount due, charged, refunded. */
    static final int STRONG = 3;
    /** The amount of a card or account notice's transaction line: "… used for a transaction of INR 978.00 at …". */
    static final int TRANSACTION = 4;

    private static final int LABEL_REACH = 60;
    /** Labels of one instalment of a plan, which is what a reminder asks for, not the order's total. */
    private static final List<String> INSTALMENT = List.of("importo rata", "importo della rata", "instalment amount",
            "installment amount", "instalment", "installment", "next instalment", "next installment", "ratenbetrag",
            "montant de l'échéance", "montant de la mensualité", "mensualité", "importe de la cuota", "cuota", "valor da parcela",
            "parcela", "termijnbedrag", "kwota raty", "rata", "今回のお支払金額", "今回お支払金額", "今回のご請求金額", "今回ご請求金額", "납입 보험료", "이번 회차 납입액");
    /**
     * A label that is only one instalment of a plan, counted: "Delbetalning 3 av 3", "Betalning 2 av 3:",
     * "Rate 4 von 12", "Instalment 2 of 4". Not an item's instalment inside a bill ("Gerät, Rate 7 von 24"),
     * which names something else first.
     */
    private static final String COUNTED_INSTALMENT = "(?:del)?(?:betalning|payment|instalment|installment|rate|ratenzahlung|cuota|rata"
            + "|parcela|termijn|échéance|mensualité|avbetaling|afdrag|erä|splátka|taksit)\\s+(?:nr\\.?\\s*|no\\.?\\s*)?\\d{1,2}"
            + "\\s*(?:of|av|af|von|de|di|z|ze|van|sur|/)\\s*\\d{1,2}";
    private static final Pattern INSTALMENT_OF = Pattern.compile("^(?:your |next |din |nästa |neste |ihre |nächste |votre |su |tu |la tua |uw |twoja )?"
            + COUNTED_INSTALMENT + "(?:\\s*\\([^)]*\\))?\\s*[:|]?\\s*$");
    /** A counted instalment in brackets after its sum: "£61.66 (instalment 4 of 12) will be collected". */
    private static final Pattern INSTALMENT_AFTER = Pattern.compile("^\\s*\\(" + COUNTED_INSTALMENT + "\\)");
    /** A line drawn under the items a total sums: "----------", "==========". */
    private static final Pattern RULE = Pattern.compile("[-=_─━]{5,}");

    /** A count of items before their name: "1 x General Admission", "2× Cojín". */
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile("(?<![\\d.,])\\d{1,3}\\s?[x×]\\s");
    private static final List<String> SUBTOTAL = List.of("ara toplam", "tạm tính", "mezisoučet", "subtotal", "sub-total",
            "sub total", "zwischensumme", "sous-total", "subtotale", "sin iva", "net amount", "nettobetrag", "小計", "商品代金合計",
            "商品合計", "商品金額合計", "商品总额", "商品總額", "totaal artikelen", "total articles", "total des articles", "total artículos",
            "totale articoli", "summe artikel", "warenwert", "item total", "items total", "item(s) total", "item(s) subtotal", "items subtotal", "상품금액", "subtotaal", "delsumma",
            "mellomsum", "suma częściowa", "total productos", "total de productos", "total products", "product total",
            "products total", "merchandise total", "total produits", "total des produits", "totale prodotti", "total produtos",
            "total dos produtos", "total de artículos", "tuotteet yhteensä", "sepet tutarı", "zboží celkem", "celkem za zboží", "tovar spolu", "varer i alt", "varor totalt",
            "beregnet skat", "beräknad skatt", "beregnet skatt");
    /** A refund's own field, named alone: "Refund: -£12.95", "Reembolso:\t-12,95 €" (not "fee of refund:"). */
    private static final Set<String> REFUND_FIELDS = Set.of("refund:", "reembolso:", "rimborso:", "remboursement :", "remboursement:",
            "erstattung:", "rückerstattung:", "terugbetaling:", "återbetalning:", "zwrot:", "iade:", "refund", "reembolso", "rimborso",
            "remboursement", "erstattung", "rückerstattung", "terugbetaling", "återbetalning", "zwrot", "iade");
    /** A sum that is a term of a sum written out: "$276.00 + $24.50 sales tax = $300.50". */
    private static final Pattern TERM = Pattern.compile("^\\s*[+\\-−×x*]\\s*(?:[a-z]{3}\\s?|\\p{Sc}\\s?)?\\d");
    /** What a card, wallet or transfer paid, or what is paid back: a strong label, and the sum a receipt prefers. */
    private static final List<String> PAID_WITH = List.of("paid via", "paid using", "paid with", "betalt med", "betalt via", "betaald via",
            "betaald met", "bezahlt mit", "payé par", "payé avec", "montant total payé", "total payé", "pagado con", "pagato con", "pago con",
            "pago com", "cobrado no", "cobrado en", "maksettu", "veloitettu", "ödenen tutar", "gift amount", "決済金額", "決済額",
            "importe a devolver", "a devolver");
    /** A card statement's new balance, which is its sum to pay (where "saldo" alone is what is left). */
    private static final List<String> NEW_BALANCE = List.of("nieuw saldo", "nieuwe saldo", "neuer saldo", "nuevo saldo", "nuovo saldo", "novo saldo");
    /** What is left to pay in Czech and Slovak: "Zbývá uhradit", "Nedoplatek" (an underpayment). */
    private static final List<String> LEFT_TO_PAY_CS = List.of("zbývá uhradit", "zbývá zaplatit", "zostáva uhradiť", "nedoplatek", "nedoplatok", "k doplacení", "k doplateniu");
    private static final List<String> STRONG_LABELS = Stream.concat(Stream.of(PAID_WITH, NEW_BALANCE, LEFT_TO_PAY_CS).flatMap(List::stream), Stream.of("total due", "续费价格", "續費價格", "续费金额", "續費金額", "fälliger betrag", "zadłużenie na koniec", "vracíme vám",
            "vracíme", "zu bezahlender betrag", "zu bezahlen", "solde en votre faveur", "en votre faveur", "restant à payer", "montant restant",
            "valor a pagar", "montante a pagar", "skyldig beløp", "ที่ต้องชำระทั้งหมด", "ยอดเงินที่ต้องชำระ",
            "ποσό πληρωμ", "ποσο πληρωμ", "πληρωτέο ποσό", "visszatérített összeg", "visszatérítés összege", "gutschriftsbetrag", "balance payable",
            "netto a pagare", "a pagare", "verbleibender zahlbetrag", "restbetrag", "til betaling", "kwota do spłaty", "pendiente de pago",
            "votre don de", "tu donación de", "su donación de", "ihre spende von", "deine spende von", "la tua donazione di", "wij betalen terug", "we betalen terug", "restskat", "restskatt", "kvarskatt",
            "zadłużenie na dzień", "całe zadłużenie", "całkowite zadłużenie", "kwota zadłużenia", "arve kokku", "tasumisele kuulub", "amount owing", "balance owing", "total owing", "amount owed", "dönem borcu", "valor da fatura", "celková dlužná částka", "you added", "top up amount", "追加金額", "チャージ金額", "this year:", "this year you pay", "renewal premium", "renewal price", "renewal amount", "new premium", "your premium", "amount due", "balance due", "total to pay",
            "total paid", "amount paid", "amount charged", "grand total", "order total", "total amount", "invoice total",
            "total price", "total charged", "payment total", "total:", "rechnungsbetrag", "gesamtbetrag", "zu zahlen",
            "zahlbetrag", "endbetrag", "offener betrag", "montant total", "montant dû", "total ttc", "net à payer",
            "importo totale", "totale da pagare", "importe total", "total a pagar", "charged", "charge of", "refunded",
            "refund of", "we received", "received your payment of", "payment of", "renews", "pay at the property",
            "abgebucht", "debited", "will be debited", "erstattet", "remboursé", "rimborsato", "reembolsado", "bill of",
            "invoice of", "statement balance", "new balance", "debit order", "purchase amount", "transaction amount",
            "debit amount", "amount debited", "払込金額", "お引落金額", "引落金額", "ご利用金額", "利用金額", "ご返金額", "返金額", "refund amount", "částka k vrácení", "vrácená částka", "kwota zwrotu", "zwrócona kwota",
            "amount refunded", "refunded amount", "refund total", "gutschriftbetrag", "erstattungsbetrag", "tilbakebetales",
            "tilbakebetalt", "tilgodehavende", "återbetalas", "montant remboursé", "importe reembolsado", "importo rimborsato",
            "terug te betalen", "teruggestort", "donation of", "contribution of", "gift of",
            "total tagihan", "jumlah tagihan", "total pembayaran", "nominal transaksi", "total de plată", "végösszeg",
            "összesen", "fizetendő", "yhteensä", "maksettava", "at betale", "до сплати", "разом", "סה\"כ", "לתשלום",
            "कुल राशि", "jumlah bayaran", "交易金额", "消费金额", "支付金额", "승인금액", "결제 금액", "сумма покупки", "сумма списания",
            "valor da compra", "valor do pix", "importe del cargo", "montant prélevé", "montant débité", "qui sera débité", "sera débité", "importo addebitato", "ยอดรวม",
            "ยอดชำระ", "จำนวนเงินรวม", "الإجمالي", "المجموع", "المبلغ الإجمالي", "import total", "gesamtpreis", "preis gesamt", "σύνολο", "πληρωτέο", "genel toplam", "ödenecek tutar", "toplam tutar",
            "tổng số tiền", "tổng cộng", "tổng tiền", "thành tiền", "celkem", "k úhradě", "cena celkem", "total atual",
            "you paid", "you sent", "valor total", "valor pago", "合計", "お支払合計", "お支払い総額", "請求金額", "totaalbedrag",
            "te betalen", "totaal", "att betala", "totalt", "å betale", "i alt", "do zapłaty", "razem", "gesamtsumme",
            "endsumme", "rechnungssumme", "合计", "总计", "總計", "实付", "實付", "합계", "결제금액", "итого", "к оплате", "invoice amount",
            "payment amount", "amount payable", "total payable", "total cost", "total fare", "total charge", "amount billed",
            "bill amount", "amount to pay", "amount to be paid", "amount to be debited", "you were charged",
            "zu zahlender betrag", "montant à payer", "montant à régler", "total à payer", "importo da pagare",
            "importe a pagar", "überweisen sie", "bitte überweisen", "please transfer", "please remit", "veuillez virer",
            "veuillez régler", "zapłacono w sumie", "zapłacono", "recurring total", "payment received",
            "replenishment amount", "top-up amount", "reload amount", "aufladebetrag", "spendenbetrag", "montant du don", "donation amount",
            "importe de la donación", "お支払い金額", "お支払金額", "ご請求額", "お支払い額", "your bill is", "your bill of",
            "your bill for this month is", "bill total", "automatically charge", "debit of", "청구금액", "청구 금액", "납부금액", "납부 금액", "납부하실 금액", "nachzahlungsbetrag", "nachzahlung", "saldo residuo", "importo restante", "il reste un solde de", "reste un solde de", "total bayar", "solde restant dû", "solde dû", "reste à payer", "solde à régler", "pago para no generar intereses", "je krijgt terug", "u krijgt terug", "spolu", "suma spolu", "celkom", "your donation:", "your gift:",
            "solde en retard", "solde impayé", "montant en retard", "overdue balance", "past due balance", "past due amount",
            "amount past due", "amount overdue", "overdue amount", "saldo vencido", "importe vencido", "saldo em atraso",
            "importo scaduto", "achterstallig bedrag", "rückständiger betrag",
            "應繳金額", "应缴金额", "本期應繳", "本期应缴", "應付金額", "应付金额", "繳費金額", "缴费金额",
            "your donation on", "your donation, number", "寄付の金額", "寄付金額", "ご寄付金額", "捐款金额", "捐赠金额",
            "ihre spende:", "deine spende:", "votre don :", "votre don:", "tu donación:", "su donación:", "la tua donazione:", "devolvimos", "te devolvimos",
            "suma (brutto)", "suma brutto", "suma zamówienia", "łącznie do zapłaty", "belastet for", "belastet:", "belastet beløp",
            "trukket:", "debiterat belopp", "wij storten", "we storten", "k zaplacení", "ödenecek", "te voldoen",
            "total")).toList();
    private static final List<String> WEAK_LABELS = List.of("vat", "tax", "mwst", "ust.", "tva", "iva", "shipping",
            "delivery", "versand", "porto", "livraison", "spedizione", "envío", "discount", "rabatt", "remise", "sconto",
            "descuento", "tip", "trinkgeld", "save", "saving", "coupon", "reward", "credit limit", "worth", "value",
            "deposit", "fees", "fee:", "fee ", "原价", "原價", "kargo", "vergi", "kdv", "phí", "btw", "moms", "mva", "verzendkosten", "frakt", "wysyłka", "dostawa", "reservert", "reserviert", "reserved amount", "pre-authorization",
            "preauthorization", "pre-authorisation", "autorización previa", "pré-autorisation", "imposte", "imposta", "impuestos",
            "impôts", "taxes", "steuer", "steuern", "alv", "dph", "afgifter", "avgifter", "limite", "límite", "limit", "kreditrahmen",
            "luottoraja", "kredittgrense", "kreditgräns", "kreditramme");
    private static final List<String> MEDIUM_LABELS = List.of("amount", "umsatz:", "betrag", "summe", "gesamt", "montant", "importo",
            "importe", "price", "preis", "prix", "prezzo", "precio", "fee", "gebühr", "prämie", "transfer", "balance",
            "payment", "paid", "pay ", "cost", "kosten", "fare", "plan", "monthly", "per year", "per month", "charge", "valor",
            "金額", "料金", "代金", "sumă", "summa", "сума", "סכום", "राशि", "จำนวนเงิน", "ยอดเงิน", "المبلغ", "import", "ποσό", "toplam", "tutar", "cena", "giá", "monto", "pagamento", "zahlung", "paiement", "montante", "quantia", "nominal", "jumlah", "částka",
            "összeg", "nilai", "bedrag", "belopp", "beløb", "beløp", "kwota", "suma", "金额", "금액", "сумма", "amt:", "amt ");
    private static final List<String> MARKETING_BEFORE = List.of("from", "ab", "dès", "only", "just", "worth", "starting",
            "desde", "da", "under", "up to", "starts at", "give", "get", "earn", "win", "nur", "seulement", "solo", "for only", "as low as",
            "à partir de", "a partir de", "a partire da", "vanaf", "från", "kun", "bare", "endast", "vain", "tylko", "pouze",
            "sadece", "apenas", "slechts", "alleen", "nur noch", "ab nur", "tot", "bis zu", "jusqu'à", "jusqu’à", "hasta", "fino a",
            "upp till", "opp til", "op til", "regular price", "regularly", "normally", "normalpreis", "uvp", "prix normal",
            "precio normal", "prezzo normale", "normale prijs", "ordinarie pris", "normalpris",
            // an estimate, not a charge: "around £9.99 for paperbacks", "ungefär 24 870 kr"
            "around", "approximately", "indicatively", "indicative", "approx.", "roughly", "environ", "etwa", "ungefähr", "ungefär", "omkring", "circa",
            "aproximadamente", "ongeveer", "około", "cirka", "ca.", "anslået", "geschätzt", "uppskattat");

    /** After an amount, these make it a rate for a unit: "£0.25 per day", "8,49 c/kWh", "€0.10 per page". */
    private static final List<String> UNIT_RATE = List.of("per day", "a day", "/day", "per hour", "an hour", "/hr", "/hour",
            "per item", "per page", "per minute", "/min", "per kwh", "/kwh", "per night", "/night", "pro tag", "pro stunde",
            "par jour", "par heure", "al giorno", "all'ora", "por día", "por hora", "per dag", "om dagen", "dziennie");

    /** After an amount, these say it is charged again and again: "USD 119.00 per year", "$9.99/month". */
    private static final List<String> RECURRING_AFTER = List.of("per year", "per month", "a year", "a month", "/month",
            "/year", "/mo", "/yr", "pro jahr", "pro monat", "par an", "par mois", "all'anno", "al mes", "al año", "every month",
            "every year", "each month", "each year", "monthly", "yearly", "annually");

    /**
     * What a card or account notice says of the one amount on its line: "Rs.120.00 spent on card xx12",
     * "INR 899.00 debited from A/c", "su tarjeta fue utilizada en … por 1.99 USD". The amount on such a
     * line is what was paid, wherever the verb stands.
     */
    private static final List<String> TRANSACTION_LINE = List.of("debited", "spent on", "was spent", "was used at",
            "transaction of", "used for a transaction", "was charged", "were charged", "compra aprovada", "compra realizada", "compra aprobada", "reserved for purchase", "paid from", "withdrawn from", "charged on your", "charged to your", "fue utilizada", "has been charged to", "was charged to", "transaction to", "transaction at",
            "transaction with ", "transaction was made", "transacción con", "transacción por", "transação com", "transazione con", "purchase was made", "afgeschreven", "compra de", "compra por", "compra en",
            "покупка", "оплата", "списание", "승인", "결제");
    /** Cards and wallets named on their own above the sum they paid. */
    private static final List<String> WALLETS = List.of("apple card", "apple pay", "google pay", "paypal", "visa",
            "mastercard", "american express", "amex", "discover", "maestro", "credit card", "debit card");

    /** A notice in the first person needs no card named: "You spent 69.56 HKD at iHerb." */
    private static final List<String> SELF_SPENT = List.of("you spent", "you've spent", "you have spent", "you just spent", "you sent");

    /** What such a notice names the money was taken from. */
    private static final List<String> CARD_OR_ACCOUNT = List.of("card", "a/c", "acct", "account", "tarjeta", "cuenta", "karte",
            "konto", "carte", "compte", "cartão", "cartao", "conta", "karta", "kaart", "kort", "carta", "conto", "rekening",
            "betaalpas", "карта", "карте", "карты", "картой", "счёт", "счет", "счета", "카드", "체크카드");

    /**
     * After an amount, these say it is what was paid, charged, refunded or is owed: "$33.98 Paid",
     * "Your $50.00 refund is on the way", "39,99 € werden abgebucht", "$12.00 is due on 3 May".
     */
    private static final List<String> PAID_AFTER = List.of("paid", "refund", "refunded", "was charged", "has been charged",
            "will be charged", "charged to", "is due", "due on", "due by", "was debited", "will be debited", "debited",
            "abgebucht", "wird abgebucht", "werden abgebucht", "erstattet", "payé", "prélevé", "remboursé", "(debit)", "(dr)");

    /** A label that ends in these names the sum itself: "Rechnung vom 27.10. über 1.290,00 €", "in the amount of $5". */
    private static final List<String> SUM_OF = List.of(" über", " in höhe von", " im wert von", " d'un montant de",
            " pour un montant de", " in the amount of", " for the amount of", " por un importe de", " per un importo di", " beträgt", " beträgt also", " amounts to", " comes to", " s'élève à", " asciende a",
            " ammonta a", " bedraagt", " no valor de", " por el valor de", " por valor de", " por un valor de", " på", " à hauteur de");

    /** "… for" after a document names the document's sum: "your order #1042 for $45.00". */
    private static final List<String> FOR = List.of("for", "für", "pour", "por", "per", "voor", "para", "på");
    private static final List<String> DOCUMENTS = List.of("order", "bestellung", "commande", "pedido", "ordine", "bestelling",
            "invoice", "rechnung", "facture", "factura", "fattura", "factuur", "booking", "buchung", "réservation", "reserva",
            "prenotazione", "reservation", "subscription", "abonnement", "payment", "zahlung", "paiement", "pago", "pagamento");

    private static final Pattern MASKED_CARD = Pattern.compile(
            "(\\*{2,}|•{2,}|·{2,}|x{3,}|●{2,})\\s?\\d{2,4}\\b|[*•●]\\d{4}\\b|ending (in|with) \\d{2,4}\\b");

    /** A masked account number, or a card or account named by its last digits: "A/c 220XXXXXX881904", "terminada en 5560". */
    private static final Pattern MASKED_ACCOUNT = Pattern.compile(
            "\\d{2,}x{3,}\\d{2,}|\\b(?:a/c|acct|account|card|konto|karte|tarjeta|cuenta|cartão|conta|carte|compte|carta|conto)\\b\\W{0,3}x{4,}\\b|\\b(?:a/c|acct|account|card|konto|karte|tarjeta|cuenta|cartão|conta|carte|compte|carta|conto)\\b[^\\n]{0,20}?"
            + "(?:x{2,}|\\*{2,}|•{2,})\\d{2,4}\\b|(?:ending|terminada en|terminado en|final|endet auf|endend auf|se terminant par"
            + "|terminant par|che termina con|terminante in|eindigend op|eindigend met|com final|kończącej się na)\\s*(?:in|with|em)?\\s*[*x•]*\\d{4}\\b");

    private AmountPicker() {}

    /** Whether the lower-case {@code text} names a card or account by masked number or its last digits. */
    static boolean namesMaskedAccount(String text) {
        return MASKED_CARD.matcher(text).find() || MASKED_ACCOUNT.matcher(text).find();
    }

    /** Whether the amount at {@code start} of {@code lowerLine} is labelled as a balance or limit: "Avl Bal: Rs.45,000.00". */
    static boolean balanceLabel(String lowerLine, int start) {
        return balance(labelOf(lowerLine, 0, Math.min(start, lowerLine.length())));
    }

    /** The word run right after an amount, up to 20 characters. */
    private static String after(String line, int end) {
        int p = skip(line, end);
        return line.substring(p, Math.min(line.length(), p + 20));
    }

    /**
     * Whether the label is a paying card: "MasterCard •••• 6047", "Visa ending in 4242", "card ****1234"
     * before the amount it was charged.
     */
    static boolean paidByCard(String label) {
        boolean masked = MASKED_CARD.matcher(label).find();
        return masked && (label.contains("card") || label.contains("visa") || label.contains("mastercard")
                || label.contains("amex") || label.contains("american express") || label.contains("discover")
                || label.contains("maestro") || label.contains("apple pay") || label.contains("google pay"));
    }

    /**
     * An amount with how strongly it is tied to payment wording, where it stands and which line, and
     * whether it is the value of a short field ("Amount: $49.00", a cell under "Amount").
     */
    record Candidate(Money money, int score, int line, boolean field) {}

    /** Whether the amount is the value of a short labelled field: "- Amount: $49.00", "Betrag:\t39,99 €". */
    static boolean isField(List<String> lower, int lineIndex, Money m) {
        String label = lower.get(lineIndex).substring(0, m.start()).replaceAll("[\\s\\-−+]+$", "").strip();
        if (label.endsWith("(") && lower.get(lineIndex).startsWith("):", m.start() + 3)) {
            label = label.substring(0, label.length() - 1).strip() + ":"; // "Amount (THB): 1,000.00"
        }
        if (label.isEmpty() && lineIndex > 0) {
            label = lower.get(lineIndex - 1).strip();
            return label.length() <= 25 && labelScore(label) >= TIED;
        }
        return label.length() <= 25 && label.endsWith(":") && labelScore(label) >= TIED;
    }

    /** The best-tied amount of the lines, or null when none is tied at all. */
    static Candidate pick(List<String> lines, List<String> lower) {
        return pick(lines, lower, null);
    }

    /**
     * The heading of the section line {@code i} is in: the nearest line above, within six, that has letters
     * but no field's colon, no digits and at most 40 characters; null when a blank line or none comes first.
     */
    static String heading(List<String> lower, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            String l = lower.get(k).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() > 80 && (l.contains(". ") || l.endsWith("."))) {
                return null; // a paragraph of running text ends the section above it
            }
            if (l.contains(":") || l.contains("|") || !hasLetter(l) || l.chars().anyMatch(Character::isDigit)) {
                continue; // a field of the section, or a rule
            }
            if (l.endsWith(".") || l.endsWith("!")) {
                return null; // a sentence ("Your refund request has been processed."), not a section's heading
            }
            return l.length() <= 40 ? l : null;
        }
        return null;
    }

    /**
     * The best-tied amount of the lines, or null when none is tied at all. Of two amounts tied as
     * strongly, the one whose label suits {@code kind} wins: a bill's "Amount due" over its "Total paid",
     * a refund's "Refund amount" over the order's total; then the sum under a ruled line over a label above
     * the rule; else the larger. A row of net, tax and gross figures is read as its gross.
     */
    static Candidate pick(List<String> lines, List<String> lower, PaymentKind kind) {
        List<String> preferred = kind == null ? List.of() : PREFERRED.getOrDefault(kind, List.of());
        Candidate best = null;
        boolean bestPreferred = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!MoneyScanner.mentionsMoney(line)) {
                continue;
            }
            List<Money> found = MoneyScanner.scan(line);
            boolean grossLast = netTaxGross(found);
            int floor = 0;
            int lineScore = 0;
            for (Money m : found) {
                int score = score(lines, lower, i, floor, m);
                String label = labelOf(lower.get(i), floor, m.start());
                floor = m.end();
                if (grossLast) {
                    // a row of net, tax and gross columns: "Amount due | £7,322.40 | £1,402.00 | £8,724.40" is the gross
                    lineScore = Math.max(lineScore, score);
                    if (m != found.getLast()) {
                        continue;
                    }
                    score = lineScore;
                    label = labelOf(lower.get(i), 0, found.getFirst().start());
                }
                if (score < TIED) {
                    continue;
                }
                if (!hasLetter(label) && i > 0) {
                    label = lower.get(i - 1);
                }
                boolean isPreferred = !preferred.isEmpty() && Phrases.first(label, preferred) != null
                        && Phrases.first(label, MINIMUM) == null;
                if (!isPreferred && (kind == null || kind == PaymentKind.RECEIPT || kind == PaymentKind.PAYMENT_CONFIRMATION) && !balance(label)
                        && paidByCard(label) && Phrases.first(label, HOLD) == null) {
                    isPreferred = true; // what the card paid, after a gift card or points: "Carte bancaire Visa **** 4417 229,71 €"
                }
                if (!isPreferred && kind == PaymentKind.REFUND && Phrases.first(label, ORIGINAL) == null) {
                    // "REFUND DETAILS" over "Amount: £24.98", where "ORIGINAL PAYMENT" heads the order's "Amount: £32.97"
                    String heading = heading(lower, i);
                    isPreferred = heading != null && Phrases.first(heading, preferred) != null;
                }
                boolean wins;
                if (best == null) {
                    wins = true;
                } else if (score == best.score() && isPreferred != bestPreferred && m.amount().signum() != 0
                        && best.money().amount().signum() != 0) {
                    wins = isPreferred;
                } else if (score == best.score() && score >= STRONG && isPreferred == bestPreferred && best.line() < i
                        && i > 0 && RULE.matcher(lower.get(i - 1).strip()).matches() && m.amount().signum() > 0) {
                    // the sum under a ruled line adds up the lines above it: "Kvarskatt 17 684 kr", "Överskott -3 860 kr",
                    // "-----", "Att betala 14 236 kr"
                    wins = true;
                } else {
                    wins = better(score, m, best);
                }
                if (wins) {
                    best = new Candidate(m, score, i, isField(lower, i, m));
                    bestPreferred = isPreferred;
                }
            }
        }
        return best;
    }

    /** Whether a line's three sums are a net, its tax and their gross, in one currency: the gross is the sum. */
    private static boolean netTaxGross(List<Money> found) {
        if (found.size() != 3) {
            return false;
        }
        Money net = found.get(0);
        Money tax = found.get(1);
        Money gross = found.get(2);
        return net.currency().equals(tax.currency()) && tax.currency().equals(gross.currency())
                && tax.amount().signum() != 0 && net.amount().add(tax.amount()).subtract(gross.amount()).abs().compareTo(CENT) <= 0;
    }

    private static final java.math.BigDecimal CENT = new java.math.BigDecimal("0.01");

    /** Words that quote a credit's cost, beside which a total is the credit's, not the payment's. */
    private static final List<String> CREDIT_COST = List.of("representative apr", "apr)", "effektiver jahreszins", "effektiv rente",
            "effektiv ränta", "taeg", "t.a.e.", "tae)", "rrso");
    private static final Pattern BRACKET_THEN_SUM = Pattern.compile("^[^()]*\\)\\s*[^\\s]*\\s*\\d");

    /** Words of a hold on a card, released when the final sum is charged: "Kortiltasi varattiin 104,30 €". */
    private static final List<String> HOLD = List.of("varattiin", "varaus", "reserviert", "reservert", "reserverat", "reserveret",
            "reserved", "pre-authori", "preauthori", "authorization hold", "authorisation hold", "vorautorisierung", "préautorisation",
            "on hold", "held on");

    /** Words of the original payment a refund's mail restates: never the refund's sum. */
    private static final List<String> ORIGINAL = List.of("original", "ursprünglich", "originale", "d'origine", "inicial", "oorspronkelijk",
            "ursprunglig", "alkuperäinen", "pierwotn", "původní");

    /** Labels that name the amount a kind of payment is about, when several are labelled as strongly. */
    private static final List<String> PAID = Stream.concat(PAID_WITH.stream(), Stream.of("amount paid", "total paid", "you paid", "paid amount", "payment amount",
            "payment received", "your payment of", "replenishment amount", "top-up amount", "reload amount",
            "donation amount", "spendenbetrag", "montant payé", "importe pagado", "total pagado", "monto pagado",
            "valor pago", "bezahlter betrag", "betaald bedrag", "charged today", "amount charged", "total charged", "celkem uhrazeno", "uhrazeno", "zaplaceno", "zapłacono", "you were charged", "deposit charged", "deposit paid",
            "お支払い金額", "お支払金額", "ご請求額", "total bayar")).toList();
    /** What a bill or an invoice names the sum still to pay: "Amount due", "NETTO A PAGARE", "Verbleibender Zahlbetrag". */
    private static final List<String> TO_PAY = Stream.concat(LEFT_TO_PAY_CS.stream(), Stream.of(
            "zu bezahlender betrag", "zu bezahlen", "en votre faveur", "in your favour", "in your favor", "zu ihren gunsten",
            "a su favor", "a tuo favore", "in uw voordeel", "verbleibend", "zahlbetrag", "balance payable", "netto a pagare",
            "a pagare", "remaining to pay", "restbetrag", "pendiente de pago", "outstanding", "still owed", "noch offen",
            "restant dû", "utestående", "amount due", "total due", "balance due", "due", "to pay", "payable", "zu zahlen",
            "fällig", "à payer", "da pagare", "dovuto", "a pagar", "te betalen", "att betala", "請求金額", "solde restant",
            "solde dû", "reste à payer", "solde à régler", "pago para no generar intereses", "je krijgt terug", "u krijgt terug",
            "spolu", "suma spolu", "celkom", "your donation:", "your gift:", "ihre spende:", "deine spende:", "votre don :",
            "votre don:", "tu donación:", "su donación:", "la tua donazione:", "devolvimos", "te devolvimos", "suma (brutto)",
            "suma brutto", "suma zamówienia", "łącznie do zapłaty", "belastet for", "belastet:", "belastet beløp", "trukket:",
            "debiterat belopp", "wij storten", "we storten", "do zapłaty", "k úhradě", "k zaplacení", "at betale", "å betale",
            "maksettava", "ödenecek", "fizetendő", "te voldoen", "nachzahlung", "saldo residuo", "importo restante",
            "reste un solde")).toList();
    /** What a bill, or a failed payment of one, names the sum it asks for. */
    private static final List<String> BILL_PREFERRED = Stream.concat(Stream.concat(TO_PAY.stream(), NEW_BALANCE.stream()), Stream.of(
            "statement balance", "new balance",
            "zadłużenie na koniec", "total factura", "totale fattura", "ที่ต้องชำระทั้งหมด",
            "ποσό πληρωμ", "ποσο πληρωμ", "til betaling", "kwota do spłaty", "utestående belopp", "restskat", "restskatt",
            "kvarskatt", "zadłużenie na dzień", "całe zadłużenie", "całkowite zadłużenie")).toList();
    private static final java.util.Map<PaymentKind, List<String>> PREFERRED = java.util.Map.of(
            PaymentKind.BILL, BILL_PREFERRED,
            PaymentKind.FAILED_PAYMENT, BILL_PREFERRED,
            PaymentKind.INVOICE, Stream.concat(TO_PAY.stream(), Stream.of("in sospeso")).toList(),
            PaymentKind.REFUND, List.of("refund", "erstatt", "rembours", "rimbors", "reembols", "credit", "krijgt terug", "terugbetal",
                    "gutschrift", "faveur", "vrací", "iade", "zwrot", "vrácen", "k vrácení", "återbetal", "tilbakebetal", "tilbagebetal", "refusion",
                    "palautu", "hyvity", "estorno", "devolu", "devolver", "visszatérít", "返金", "退款", "환불", "betalen terug"),
            // A deposit or a part payment: what was paid, not the order's whole total.
            PaymentKind.RECEIPT, PAID,
            PaymentKind.PAYMENT_CONFIRMATION, PAID);

    /**
     * The one amount a subject states ("Your Tillbury receipt: $12.99"), tied as a plain amount;
     * null when the subject states none, several, or a marketing price ("from $9", "$10 off").
     */
    static Candidate ofSubject(List<String> lines, List<String> lower) {
        if (lines.isEmpty() || !MoneyScanner.mentionsMoney(lines.getFirst())) {
            return null;
        }
        List<Money> found = MoneyScanner.scan(lines.getFirst());
        if (found.size() != 1 || found.getFirst().amount().signum() == 0) {
            return null;
        }
        Money m = found.getFirst();
        String line = lower.getFirst();
        String label = labelOf(line, 0, m.start());
        if (marketingBefore(label) || line.startsWith("off", skip(line, m.end())) || line.startsWith("%", m.end())) {
            return null;
        }
        return new Candidate(m, TIED, 0, false);
    }

    /**
     * The one sum a message's body states, however often ("Quantity: 1 $59.50" on an order
     * confirmation that lists one item and no total), tied as a plain amount; null when the body
     * states none, different sums, or a marketing price.
     */
    static Candidate onlyAmount(List<String> lines, List<String> lower) {
        List<Candidate> loose = looseAmounts(lines, lower, false);
        if (loose == null || loose.isEmpty()) {
            return null;
        }
        Candidate only = loose.getFirst();
        for (Candidate c : loose) {
            if (only.money().amount().compareTo(c.money().amount()) != 0 || !only.money().currency().equals(c.money().currency())) {
                return null;
            }
        }
        return only.money().amount().signum() == 0 ? null : only; // a debit may be signed: "-13.4€"
    }

    /**
     * The largest of the amounts of the lines when they are all in one currency and none is an offer
     * ("20% off", "from $9"), a threshold or a balance: in an order or a bill whose total has a label the
     * rules do not know, the total is the largest sum. Null otherwise.
     */
    static Candidate largestAmount(List<String> lines, List<String> lower) {
        List<Candidate> loose = looseAmounts(lines, lower, true);
        if (loose == null || loose.isEmpty()) {
            return null;
        }
        Candidate largest = loose.getFirst();
        for (Candidate c : loose) {
            if (!largest.money().currency().equals(c.money().currency())) {
                return null;
            }
            if (c.money().amount().abs().compareTo(largest.money().amount().abs()) > 0) {
                largest = c;
            }
        }
        return largest.money().amount().signum() == 0 ? null : largest;
    }

    /**
     * The amounts of the body's lines (after the subject) as plain candidates, in order, leaving out
     * thresholds ("more than $1.00", "$50 or more") and what is left ("Available balance: $90.00"), and
     * with {@code heldToo} also balances and insured sums; null when one of them is an offer ("20% off",
     * "from $9").
     */
    private static List<Candidate> looseAmounts(List<String> lines, List<String> lower, boolean heldToo) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!MoneyScanner.mentionsMoney(lines.get(i))) {
                continue;
            }
            int floor = 0;
            for (Money m : MoneyScanner.scan(lines.get(i))) {
                String line = lower.get(i);
                String label = labelOf(line, floor, m.start());
                floor = m.end();
                if (marketingBefore(label) || line.startsWith("off", skip(line, m.end())) || line.startsWith("%", m.end())) {
                    return null;
                }
                if (threshold(label) || left(label) || thresholdAfter(line, m.end()) || (heldToo && (balance(label) || covered(label)))
                        || saved(label) || rateAfter(line, m.end())) {
                    continue;
                }
                found.add(new Candidate(m, TIED, i, false));
            }
        }
        return found;
    }

    /** A total written without its currency, ending its line: "Total: 12.00", "Amount due\t1.234,50". */
    private static final Pattern BARE_TOTAL = Pattern.compile("(?:^|[\\s*|])(netto a pagare|totale a pagare|da pagare|a pagare"
            + "|montant restant à payer|restant à payer|totalt skyldig beløp(?: per [\\d.]+)?|skyldig beløp|valor a pagar|totale fattura"
            + "|grand total|order total|invoice total|total due"
            + "|total amount|total paid|total to pay|amount due|balance due|amount paid|rechnungsbetrag|gesamtbetrag|montant total"
            + "|total ttc|importe total|valor pago|valor total|total a pagar|importe a pagar|montant à payer|zu zahlen|te betalen"
            + "|att betala|do zapłaty|k úhradě|te betalen bedrag|totaalbedrag|bedrag|montant dû|montant|à payer|betrag|summe"
            + "|importe|importo totale|importo|totale|valor|total amount due|amount|kwota|suma|belopp|beløb|beløp|summa|yhteensä"
            + "|celkem|összesen|toplam|jumlah|total pris|totalpris|totalt|i alt|arve kokku|kokku|total)"
            + "(?:\\s+(?:inkl|incl|including|inklusive)\\.?\\s*(?:mwst|vat|moms|mva|btw|iva|tva|gst|tax|ust)\\.?)?"
            + "(?:\\s*\\(?(?:in\\s+)?([a-z]{3})\\)?)?\\s*[:=]?\\s*"
            + "(\\d{1,3}(?:[,.’' ]?\\d{3})*[.,]\\d{2})(?:\\s*(?:dr|cr))?\\s*$");
    private static final Pattern BARE_TOTAL_IN_TEXT = Pattern.compile(BARE_TOTAL.pattern(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);

    /** Whether a line of {@code text} ends in a total written without its currency: "Amount due: 250.00". */
    static boolean hasBareTotal(String text) {
        return text != null && BARE_TOTAL_IN_TEXT.matcher(text).find();
    }

    private static final List<String> CODES = List.of("usd", "eur", "gbp", "chf", "cad", "aud", "nzd", "sek", "nok", "dkk",
            "pln", "czk", "inr", "jpy", "brl", "mxn", "zar", "sgd", "hkd");

    /**
     * A total written as a bare number, in the one currency the message names elsewhere ("All prices in
     * EUR", "Currency: USD", or amounts written with it): tied strongly, as its label is a total's.
     * Null when the message names no currency or several.
     */
    static Candidate bareTotal(List<String> lines, List<String> lower, String senderDomain) {
        String currency = null;
        for (int i = 0; i < lines.size(); i++) {
            for (Money m : MoneyScanner.mentionsMoney(lines.get(i)) ? MoneyScanner.scan(lines.get(i)) : List.<Money>of()) {
                String c = m.currency();
                if ("SEK".equals(c) && senderDomain != null && LocalCurrencies.localCrown(senderDomain) != null) {
                    c = LocalCurrencies.localCrown(senderDomain); // "Mva kr: 21.32" from a .no sender is in Norwegian crowns
                }
                if (currency != null && !currency.equals(c)) {
                    return null;
                }
                currency = c;
            }
        }
        if (currency == null) {
            for (String low : lower) {
                for (String code : CODES) {
                    if (Phrases.has(low, code) && (low.indexOf(code) + 3 == low.length()
                            || !Character.isLetter(low.charAt(low.indexOf(code) + 3)))) {
                        String c = code.toUpperCase(java.util.Locale.ROOT);
                        if (currency != null && !currency.equals(c)) {
                            return null;
                        }
                        currency = c;
                    }
                }
            }
        }
        Candidate first = null;
        for (int i = 0; i < lower.size(); i++) {
            java.util.regex.Matcher m = BARE_TOTAL.matcher(lower.get(i));
            if (!m.find() || Phrases.first(lower.get(i).substring(0, m.start(3)), SUBTOTAL) != null) {
                continue;
            }
            String digits = m.group(3);
            char decimal = digits.charAt(digits.length() - 3);
            // The label's own code ("Total (USD): 29.00", "Total in EUR: 12,00"), the one the message names,
            // else the sum's money by the sender and the text (see LocalCurrencies#ofBareSums).
            String code = m.group(2) == null ? null : m.group(2).toUpperCase(java.util.Locale.ROOT);
            String in = code != null && MoneyScanner.isCode(code) ? code : currency != null ? currency
                    : LocalCurrencies.ofBareSums(senderDomain, String.join("\n", lower), decimal == '.');
            if (in == null) {
                return first;
            }
            String plain = digits.substring(0, digits.length() - 3).replaceAll("[^0-9]", "") + "."
                    + digits.substring(digits.length() - 2);
            java.math.BigDecimal value = new java.math.BigDecimal(plain);
            if (value.signum() == 0 || (decimal != '.' && decimal != ',')) {
                continue;
            }
            Candidate c = new Candidate(new Money(value, in, m.start(3), m.end(3)), STRONG, i, true);
            if (Phrases.first(m.group(1), BARE_TO_PAY) != null) {
                return c; // what is left to pay beats a total above it: "TOTALE FATTURA 2.537,60" over "NETTO A PAGARE 2.121,60"
            }
            first = first == null ? c : first;
        }
        return first;
    }

    /** Labels of a bare total that name what is to pay, not what the document adds up to. */
    private static final List<String> BARE_TO_PAY = List.of("a pagare", "à payer", "skyldig", "a pagar", "zu zahlen", "te betalen",
            "att betala", "do zapłaty", "k úhradě", "amount due", "total due", "balance due", "total to pay");

    private static boolean better(int score, Money m, Candidate best) {
        if (best == null) {
            return true;
        }
        // Nothing is paid with a zero: "Total: $0.00" on a receipt whose "Paid: $131.00" says what was.
        boolean zero = m.amount().signum() == 0;
        boolean bestZero = best.money().amount().signum() == 0;
        if (zero != bestZero) {
            return bestZero;
        }
        if (score > best.score()) {
            return true;
        }
        return score == best.score() && m.amount().abs().compareTo(best.money().amount().abs()) > 0;
    }

    /**
     * The label before an amount at {@code start}: up to {@link #LABEL_REACH} characters back, not before
     * {@code floor}, where a run of spaces counts as one and reads as one, as plain-text tables pad a
     * label from its column of figures ("BALANCE DUE" and fifty spaces before "$3,527.50").
     */
    static String labelOf(String line, int floor, int start) {
        int width = 0;
        int i = start;
        while (i > floor && width < LABEL_REACH) {
            i--;
            if (line.charAt(i) == ' ') {
                while (i > floor && line.charAt(i - 1) == ' ') {
                    i--;
                }
            }
            width++;
        }
        String label = line.substring(i, start);
        return label.contains("  ") ? PADDING.matcher(label).replaceAll(" ") : label;
    }

    private static final Pattern PADDING = Pattern.compile(" {2,}");
    /** Words that say a bracketed tax is part of the sum after it: "imposte (71,36 €) e contributo SSN inclusi 416,20 €". */
    private static final List<String> INCLUDED = List.of("included", "incl", "inclusi", "incluse", "inclus", "incluso", "incluido",
            "incluidos", "inkl", "inbegriffen", "inbegrepen", "inklusive", "inkluderet", "inkludert", "ingår", "sisältyy");

    static int score(List<String> lines, List<String> lower, int lineIndex, int floor, Money m) {
        int score = scoreAlone(lines, lower, lineIndex, floor, m);
        String line = lower.get(lineIndex);
        if (score > TIED && line.length() > 60 && (line.charAt(m.start()) == '(' || labelOf(line, floor, m.start()).stripTrailing().endsWith("("))
                && !paidAfter(line, m.end())) {
            // a sum in brackets inside a sentence is an aside about something else: "prefer the monthly plan ($14.99/month)?",
            // "Med Premium Family (239 kr/mån) får upp till sex konton"
            return TIED;
        }
        return score;
    }

    /** Whether a word of {@link #PAID_AFTER} follows the sum ending at {@code end}: "$33.98 Paid", "(€12.00 refunded)". */
    private static boolean paidAfter(String line, int end) {
        String after = withoutAuxiliaries(line.substring(skip(line, end), Math.min(line.length(), end + 48)));
        for (String word : PAID_AFTER) {
            if (after.startsWith(word) && (after.length() == word.length() || !Character.isLetter(after.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    private static int scoreAlone(List<String> lines, List<String> lower, int lineIndex, int floor, Money m) {
        String line = lower.get(lineIndex);
        String label = labelOf(line, floor, m.start());
        int open = label.lastIndexOf('(');
        if (open >= 0 && label.indexOf(')', open) < 0 && (Phrases.first(label.substring(open), WEAK_LABELS) != null
                || label.substring(open + 1).isBlank() && Phrases.first(label.substring(Math.max(0, open - 20), open), WEAK_LABELS) != null)) {
            return 0; // the tax a total includes: "Gesamtbetrag (inkl. 20 % USt. 12,62 €) | 75,70 €"
        }
        if (open >= 0 && label.indexOf(')', open) < 0 && QUANTITY.matcher(label.substring(0, open)).find()) {
            return 1; // an item's price in brackets: "Tickets refunded: 1 x General Admission (£22.00 + £2.50 fee)"
        }
        int close = label.indexOf(')');
        if (close >= 0 && label.lastIndexOf('(', close) < 0
                && (!hasLetter(label.substring(close)) || Phrases.first(label.substring(close), INCLUDED) != null)) {
            int paren = line.lastIndexOf('(', floor);
            if (paren >= 0) {
                label = labelOf(line, 0, paren); // the total's label, before the tax it includes
            }
        }
        if (marketingBefore(label) || line.startsWith("off", skip(line, m.end())) || line.startsWith("%", m.end())) {
            return -1;
        }
        if (Phrases.first(label.substring(Math.max(0, label.length() - 40)), MINIMUM) != null) {
            return TIED; // a statement's least payment, below its balance: "Asgari ödeme tutarı", "Pagamento mínimo"
        }
        if (left(label) || threshold(label) || covered(label) || saved(label) || thresholdAfter(line, m.end())
                || endsWithWord(label, SHARE_CAPITAL) || Phrases.first(label.substring(Math.max(0, label.length() - 30)), OTHER_PERIOD) != null) {
            return 0; // what is left, or an alert's threshold ("larger than $0.00"), is never what was paid
        }
        if (rateAfter(line, m.end())) {
            return 0; // a rate, never a total: "Late fee: £0.25 per day per item", "8,49 c/kWh", "€0.10 per page"
        }
        if (Phrases.first(line, CREDIT_COST) != null) {
            return 1; // what a credit costs in all: "Total amount payable £422.66 (representative APR 9.9%)", "effektiv rente … totalt 16 939 kr"
        }
        int unclosed = label.lastIndexOf('(');
        if (unclosed >= 0 && label.indexOf(')', unclosed) < 0 && BRACKET_THEN_SUM.matcher(line.substring(m.end())).find()) {
            return 1; // a figure in brackets before the line's own sum: "(plazo 5 de 24; precio total 431,76 €)   17,99 €"
        }
        if (TERM.matcher(line.substring(m.end())).find()) {
            return 1; // a term of a sum written out, whose result follows: "$276.00 + $24.50 sales tax = $300.50"
        }
        if (label.stripTrailing().endsWith("=") && lineIndex > 0) {
            // the result of a sum written out takes the label of its line: "Renewal amount: $276.00 + $24.50 tax = $300.50"
            int first = MoneyScanner.scan(lines.get(lineIndex)).getFirst().start();
            return Math.max(TIED, labelScore(labelOf(line, 0, first)));
        }
        if (Phrases.first(line, PRICE_TO_COME) != null && Phrases.first(line, FROM_DAY) != null && !WILL_BE_TAKEN.matcher(line).find()) {
            return 1; // a price from a day to come, beside the payment: "från och med februari kostar Premium Family 269 kr/mån"
        }
        if (Phrases.first(label.substring(Math.max(0, label.length() - 40)), HYPOTHETICAL) != null
                || Phrases.first(label, COMPARISON) != null) {
            return 1; // a price the reader would pay on another plan: "Im Monatsabo würde es CHF 23.90 pro Monat kosten"
        }
        if (Phrases.first(line.substring(m.end(), Math.min(line.length(), m.end() + 16)), RECURRING_AFTER) != null) {
            return STRONG;
        }
        if (paidAfter(line, m.end())) {
            return STRONG;
        }
        if (!balance(label) && paidByCard(label) && Phrases.first(label, HOLD) == null) {
            return STRONG;
        }
        if (!hasLetter(line.substring(0, m.start())) && !hasLetter(line.substring(m.end())) && lineIndex > 0
                && RULE.matcher(lower.get(lineIndex - 1).strip()).matches()) {
            return STRONG; // the sum under a ruled line, as a hand-written total is: "-------" over "169,00 €"
        }
        if (!hasLetter(label) && lineIndex > 0 && Phrases.first(lower.get(lineIndex - 1).strip(), WALLETS) != null
                && lower.get(lineIndex - 1).strip().length() <= 20) {
            return STRONG; // "Apple Card" over "$26.48": what the paying card was charged
        }
        if (endsWithWord(label.strip().replaceAll("[:|]+$", "").strip(), INSTALMENT) || INSTALMENT_OF.matcher(label.strip()).matches()
                || INSTALMENT_AFTER.matcher(line.substring(m.end())).find()) {
            return TRANSACTION; // a plan's instalment outranks the order total it is part of: "Importo rata: € 26,63"
        }
        if (floor == 0 && isTransactionLine(line) && !balance(label)) {
            // What a card notice says was spent outranks the statement's "Amount due" below it; the
            // body's line, which names the merchant, outranks the subject that repeats it.
            return lineIndex == 0 ? STRONG : TRANSACTION;
        }
        if (!hasLetter(label) && lineIndex > 0) {
            String above = lower.get(lineIndex - 1);
            if (above.length() <= 40 && !balance(above) && paidByCard(above)) {
                return STRONG;
            }
            if (!hasLetter(line.substring(m.end())) && labelBelow(lower, lineIndex + 1)) {
                return STRONG;
            }
            if (above.length() > 40 && above.endsWith(":")) {
                above = above.substring(above.length() - 40); // "… will be charged on August 01, 2026 for:"
            }
            return labelScore(above.length() <= 40 ? above : "");
        }
        int score = labelScore(label);
        String trimmed = label.stripTrailing();
        for (String sum : SUM_OF) {
            if (trimmed.endsWith(sum)) {
                score = Math.max(score, TIED);
            }
        }
        if (endsWithWord(trimmed, FOR) && Phrases.first(trimmed, DOCUMENTS) != null) {
            score = Math.max(score, TIED); // "Ihre Bestellung Nr. 7731 vom 27.02.2025 für 219,00 EUR", "your order #12 for $45.00"
        }
        if (score < TIED && settledLater(line, m.end())) {
            score = TIED;
        }
        boolean continued = lineIndex > 0 && floor == 0 && Character.isLowerCase(lines.get(lineIndex).charAt(0));
        if (score <= 1 && continued) {
            String above = lower.get(lineIndex - 1);
            score = Math.max(score, labelScore(above.substring(Math.max(0, above.length() - 30)) + " " + label));
        }
        return score;
    }

    /** Auxiliaries between an amount and what happens to it: "€60.00 is going to be debited". */
    private static final List<String> AUXILIARIES = List.of("is ", "are ", "has ", "have ", "had ", "was ", "were ",
            "will ", "be ", "been ", "being ", "going to ", "about to ", "fully ", "successfully ", "now ", "already ",
            "just ", "automatically ", "wurde ", "wird ", "werden ", "a été ", "sera ", "è stato ", "sarà ", "ha sido ",
            "será ", "foi ");

    /** {@code after} (lower case) without the auxiliaries it starts with. */
    private static String withoutAuxiliaries(String after) {
        String a = after;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String aux : AUXILIARIES) {
                if (a.startsWith(aux)) {
                    a = a.substring(aux.length());
                    cut = true;
                }
            }
        }
        return a;
    }

    /**
     * Under an amount that stands alone, a line that says what it is: "Due April 15, 2026", "Totale
     * dovuto il 15/04/2026", "Remboursé le 03/02/2026", "Card ending in 6505 was charged."
     */
    private static final List<String> BELOW = List.of("due ", "due:", "total due", "amount due", "totale dovuto", "dovuto",
            "paid ", "paid on", "payé le", "payé", "remboursé", "refunded", "bezahlt", "fällig", "zu zahlen", "à payer",
            "a pagar", "pagado", "vence", "scadenza", "charged", "total", "totale", "gesamt", "montant total");
    private static final List<String> BELOW_ANYWHERE = List.of("was charged", "has been charged", "will be charged",
            "charged to", "was debited", "was paid");

    private static boolean labelBelow(List<String> lower, int below) {
        if (below >= lower.size()) {
            return false;
        }
        String l = lower.get(below).replace('\t', ' ').replace('|', ' ').strip();
        if (l.length() > 60 || MoneyScanner.mentionsMoney(l) && !MoneyScanner.scan(l).isEmpty()) {
            return false;
        }
        for (String word : BELOW) {
            if (l.startsWith(word)) {
                return true;
            }
        }
        return Phrases.first(l, BELOW_ANYWHERE) != null;
    }

    /** What the rest of a sentence says befell the amount: "for $29 on Gumroad has been fully refunded". */
    private static final List<String> SETTLED_LATER = List.of("has been refunded", "has been fully refunded",
            "was refunded", "will be refunded", "have been refunded", "has been processed", "was processed", "has been charged", "was charged", "will be charged",
            "has been debited", "was debited", "will be debited", "has been paid", "was paid");

    private static boolean settledLater(String line, int end) {
        String rest = line.substring(end, Math.min(line.length(), end + 80));
        if (MoneyScanner.mentionsMoney(rest) && !MoneyScanner.scan(rest).isEmpty()) {
            return false;
        }
        int stop = rest.indexOf(". ");
        return Phrases.first(stop < 0 ? rest : rest.substring(0, stop), SETTLED_LATER) != null;
    }

    /** A sum owed only if paid late: "Amount due after 08-Sep-2025", "Betrag nach Fälligkeit". */
    private static final Pattern LATE_AMOUNT = Pattern.compile("\\b(?:due after|payable after|if paid after|after (?:the )?due date"
            + "|late payment amount|nach fälligkeit|après (?:la date d')?échéance|después del vencimiento|dopo la scadenza"
            + "|após o vencimento|na de vervaldatum)\\b");

    private static int labelScore(String label) {
        int score = labelScoreAsWritten(label);
        if (score < TIED && label.indexOf('(') >= 0 && label.indexOf(')') > label.indexOf('(')
                && Phrases.first(label, SUBTOTAL) == null) {
            // a bracket's tax is an aside to the label: "Fatura Tutarı (KDV ve ÖİV dahil)", not a tax's own line
            score = Math.max(score, labelScoreAsWritten(BRACKETED.matcher(label).replaceAll(" ")));
        }
        return score;
    }

    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

    private static int labelScoreAsWritten(String label) {
        String field = label.replaceAll("[\\s:|]+$", "");
        if (field.endsWith("premium") || field.endsWith("prämie") || field.endsWith("premie")) {
            return STRONG; // an insurance's premium names its sum: "Annual premium: £684.00", not "Premium Edition €69.99"
        }
        if (REFUND_FIELDS.contains(label.replaceAll("[\\s\\-−+]+$", "").strip())) {
            return STRONG;
        }
        if (Phrases.first(label, SUBTOTAL) != null || LATE_AMOUNT.matcher(label).find()) {
            return 0;
        }
        String strong = Phrases.first(label, STRONG_LABELS);
        if (strong != null && !(strong.equals("total") && Phrases.first(label, WEAK_LABELS) != null && !label.contains("incl")
                && !label.contains("inkl") && !label.contains("inkluderet"))) {
            return STRONG;
        }
        if (Phrases.first(label, WEAK_LABELS) != null) {
            return 0;
        }
        return Phrases.first(label, MEDIUM_LABELS) != null ? TIED : 1;
    }

    /**
     * A masked card or account number, the sum and where it was spent, with no verb at all:
     * "Account #: XXXX3184 $2.04 at CORNER STORE".
     */
    private static final Pattern MASKED_SUM_AT = Pattern.compile(
            "(?:x{3,}|\\*{2,}|•{2,})\\d{2,4}\\s*[:,-]?\\s*(?:[a-z]{3} ?|rs\\.? ?|[$€£₹])\\d[\\d.,]*\\s+at\\s+\\S");

    /** Whether {@code lowerLine} reports a card or account transaction ("… spent on card xx12 at …"). */
    static boolean isTransactionLine(String lowerLine) {
        return (Phrases.first(lowerLine, TRANSACTION_LINE) != null || isRefundCredit(lowerLine)
                || MASKED_SUM_AT.matcher(lowerLine).find())
                && Phrases.first(lowerLine, CARD_OR_ACCOUNT) != null
                || isTransferOut(lowerLine) || Phrases.first(lowerLine, SELF_SPENT) != null
                || Phrases.has(lowerLine, "du hast") && Phrases.has(lowerLine, "bezahlt");
    }

    /**
     * Whether {@code lowerLine} reports money sent to someone: "You made a PayNow transfer of SGD 12.34 to
     * …", "You transferred €50.00 to Anna". Money received, or moved from one's own account, is not paid.
     */
    static boolean isTransferOut(String lowerLine) {
        int verb = Phrases.find(lowerLine, "transfer of", 0);
        if (verb < 0) {
            verb = Phrases.find(lowerLine, "transferred", 0);
        }
        boolean yours = verb >= 0 && (lowerLine.startsWith("you ") || lowerLine.contains(" you "));
        if (!yours) {
            verb = Phrases.find(lowerLine, "transfer to", 0); // "A $54.47 external transfer to ROCKYMTN/PACIFIC POW"
        }
        return verb >= 0 && lowerLine.indexOf(" to ", verb) > 0 && !lowerLine.contains("received")
                && !lowerLine.contains("from your") && !lowerLine.contains("incoming") && !lowerLine.contains("deposit")
                && !lowerLine.contains("credited");
    }

    /** Whether {@code lowerLine} reports money put back on a card or account as a refund ("credited … by REFUND-SHOP"). */
    static boolean isRefundCredit(String lowerLine) {
        return Phrases.has(lowerLine, "credited") && Phrases.has(lowerLine, "refund");
    }

    /** What is left to spend, right before an amount: "Available balance: R 98067.39", "Saldo disponible". */
    private static final List<String> LEFT = List.of("available", "avail", "avl", "remaining", "saldo", "verfügbar", "guthaben",
            "disponible", "disponibile", "利用可能", "残高", "баланс", "остаток", "잔액", "누적", "total bal:", "total bal ", "ledger bal:",
            "ledger bal ", "book bal:", "book bal ", "clr bal", "cleared bal:", "wallet balance", "card balance",
            "balance after", "balance is now", "neues guthaben", "nouveau solde", "disponibelt", "disponibel", "jäljellä",
            "käytettävissä", "tillgängligt", "tilgængelig", "dostępne środki", "kullanılabilir");

    /** An alert's threshold before an amount: "more than $1.00", "exceeded your $0.00 set Alert limit". */
    private static final List<String> THRESHOLD = List.of("more than", "over", "exceeds", "exceeded", "exceeded your",
            "above", "greater than", "higher than", "larger than", "exceeding", "limit of", "alert amount of", "alert amount", "threshold of", "alert threshold", "supérieur à", "supérieure à", "au-dessus de",
            "mehr als", "höher als", "superior a", "mayor a", "mayor de", "más de", "superiore a", "meer dan", "boven",
            "mer än", "över", "powyżej", "maximal", "maximum of", "up to", "bis zu", "höchstens", "jusqu'à", "hasta",
            "at least", "co najmniej", "mindestens", "au moins", "almeno", "al menos", "pelo menos", "minst", "minimaal");

    /** A threshold written after its sum: "$50 or more", "1,000元及以上", "10만원 이상". */
    private static final List<String> THRESHOLD_AFTER = List.of("or more", "or less", "or above", "and above", "and up", "及以上", "以上", "以下",
            "이상", "이하");

    private static boolean thresholdAfter(String line, int end) {
        int p = end;
        while (p < line.length() && line.charAt(p) == ' ') {
            p++;
        }
        for (String w : THRESHOLD_AFTER) {
            if (line.startsWith(w, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean threshold(String label) {
        return endsWithWord(label, THRESHOLD);
    }

    /** What an insurance covers, not what it costs: "Coverage Amount: $100,000", "Sum insured". */
    private static final List<String> COVERED = List.of("coverage", "sum insured", "insured amount", "amount insured",
            "deckungssumme", "versicherungssumme", "somme assurée", "suma asegurada");

    /** A company's share capital in its legal footer: "EDF SA … Capital 2 084 365 041 €", "au capital de 10 000 €". */
    private static final List<String> SHARE_CAPITAL = List.of("capital", "capital social", "capital social de", "au capital de",
            "capital de", "share capital", "share capital of", "stammkapital", "stammkapital:", "grundkapital", "grundkapital:",
            "capitale sociale", "capitale sociale di", "capitale sociale:", "capital:", "capital social:", "kapitał zakładowy",
            "kapitał zakładowy:", "základní kapitál", "základní kapitál:", "aandelenkapitaal");

    private static boolean covered(String label) {
        return Phrases.first(label.substring(Math.max(0, label.length() - 25)), COVERED) != null;
    }

    /** Whether {@code label} ends by naming what the reader saved. */
    private static boolean saved(String label) {
        return Phrases.first(label.substring(Math.max(0, label.length() - 25)), SAVED) != null;
    }

    /** Whether the sum ending at {@code end} is a rate for a unit: "£0.25 per day". */
    private static boolean rateAfter(String line, int end) {
        return Phrases.first(line.substring(end, Math.min(line.length(), end + 16)), UNIT_RATE) != null;
    }

    /** The least a card statement asks for. */
    private static final List<String> MINIMUM = List.of("minimum", "asgari", "minimal", "mínimo", "minimo", "mindestbetrag",
            "mindestzahlung", "minimální", "minimálna", "最低", "최소", "minstebeløp", "minstebetaling", "minimibelopp",
            "lägsta belopp", "minimumsbeløb", "mindstebeløb", "vähimmäis", "minimalna", "asgari ödeme", "ขั้นต่ำ", "tối thiểu",
            "ελάχιστ", "minimális", "minim de plată", "plata minimă");
    /**
     * Sums for another period than the one paid now: what was paid before ("Last year you paid: £312.40"),
     * a year's gifts so far, what is left after this instalment, the instalments still to come.
     */
    private static final List<String> OTHER_PERIOD = List.of("last year", "previous year", "prior year", "last month's",
            "vorjahr", "letztes jahr", "l'an dernier", "l'année dernière", "año pasado", "anno scorso", "vorig jaar",
            "förra året", "i fjor", "sidste år", "前年同月", "前年", "昨年", "前月のご請求", "지난달", "작년", "去年同期", "上月",
            // or a year's gifts so far: "le cumul de vos dons à MSF en 2025 s'élève à 270,00 €"
            "cumul de vos dons", "cumul", "total giving", "your giving in", "total donations", "donations this year", "year to date", "so far this year", "bisher in diesem jahr", "en lo que va de año",
            // or what is left after this instalment: "Offener Gesamtbetrag nach dieser Rate: 899,24 €"
            "nach dieser rate", "after this instalment", "after this installment", "after this payment", "remaining balance",
            "restschuld", "efter denna betalning", "etter denne betalingen", "après cette échéance", "tras este pago",
            // or the instalments still to come: "jäljellä 17 erää yhteensä 551,65 €"
            "jäljellä", "remaining instalments", "remaining installments", "remaining payments", "restliche raten",
            "verbleibende raten", "échéances restantes", "cuotas restantes", "rate rimanenti", "resterende termijnen");

    /** Words that state what a price will be. */
    private static final List<String> PRICE_TO_COME = List.of("kostar", "will cost", "will be", "wyniesie", "kostet", "coûtera",
            "costará", "costerà", "kommer att kosta", "vil koste", "zal kosten", "kost voortaan", "ny pris", "new price",
            "nuevo precio", "neuer preis", "nouveau prix", "nuovo prezzo", "nowa cena", "novo preço", "nieuwe prijs", "nytt pris",
            "price will", "price is changing", "uusi hinta");
    /** Words that name the day a price starts from: "från och med februari", "od 15.08.2025", "from 1 April". */
    /** A sum that "will be" taken from the reader's account is the payment, not a price to come. */
    private static final Pattern WILL_BE_TAKEN = Pattern.compile("will be (?:collected|debited|charged|taken|deducted|billed|withdrawn|paid)\\b");
    private static final List<String> FROM_DAY = List.of("från och med", "fr.o.m.", "from ", "starting ", "as of ", "ab ", "od ",
            "fra ", "fra og med", "à partir du", "à partir de", "a partir del", "a partir de", "dal ", "vanaf", "per 1",
            "alkaen", "fom");

    /** Words of a price only supposed: what another plan or choice would cost. */
    /** A price given only to compare: "Pour comparaison : en formule mensuelle, … coûte CHF 19.– par mois". */
    private static final List<String> COMPARISON = List.of("for comparison", "by comparison", "in comparison", "pour comparaison",
            "par comparaison", "zum vergleich", "im vergleich", "ter vergelijking", "per confronto", "a titolo di confronto",
            "en comparación", "como comparación", "para comparação", "som jämförelse", "til sammenligning", "vertailun vuoksi",
            "dla porównania", "pro srovnání");
    private static final List<String> HYPOTHETICAL = List.of("would", "würde", "würden", "wäre", "serait", "seraient", "sería",
            "costaría", "sarebbe", "costerebbe", "zou", "skulle", "ville", "kosztowałby", "kosztowałaby", "stálo by", "betaalt dan",
            "betaal je dan", "zahlen sie dann", "zahlst du dann");

    /** What the reader saved, not what they paid: "Deine Ersparnis heute: 3,40 €", "You saved $4.20". */
    private static final List<String> SAVED = List.of("ersparnis", "du sparst", "gespart", "you saved", "you save",
            "your savings", "vous économisez", "économie", "ahorro", "ahorraste", "risparmio", "hai risparmiato", "besparing",
            "bespaard", "du sparade", "du sparer", "oszczędzasz", "oszczędność", "você economizou", "economia de");

    private static boolean left(String label) {
        String near = label.substring(Math.max(0, label.length() - 25));
        if (Phrases.first(near, LEFT) != null && Phrases.first(label, BALANCE_DUE) == null) {
            return true;
        }
        // a field whose name opens with it: "Available balance in Smart Checking (x8817): $2,817.36"
        String field = label.strip();
        return field.endsWith(":") && Phrases.first(field.substring(0, Math.min(field.length(), 20)), LEFT) != null
                && Phrases.first(field, BALANCE_DUE) == null;
    }

    /** A balance that is owed, not one that is left: "Saldo residuo: 1.620,00 €". */
    private static final List<String> BALANCE_DUE = Stream.concat(NEW_BALANCE.stream(), Stream.of("saldo residuo", "saldo da pagare", "saldo dovuto", "til betaling",
            "att betala", "å betale", "do zapłaty", "do spłaty", "saldo al corte", "pago para no generar intereses", "k úhradě", "zu zahlen", "à payer", "a pagar", "da pagare")).toList();

    /** "Avl Bal: Rs.45,000.00": what is left on the account, not what was paid. */
    private static boolean balance(String label) {
        return label.contains("bal") || label.contains("saldo") || label.contains("limit") || label.contains("kontostand")
                || label.contains("solde") || label.contains("stan konta");
    }

    private static boolean marketingBefore(String label) {
        return endsWithWord(label, MARKETING_BEFORE);
    }

    /** Whether {@code label} ends in one of {@code words}, as a whole word: "only", not "commonly". */
    private static boolean endsWithWord(String label, List<String> words) {
        String t = label.stripTrailing();
        for (String w : words) {
            if (t.endsWith(w) && (t.length() == w.length() || !Character.isLetter(t.charAt(t.length() - w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static int skip(String s, int p) {
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
