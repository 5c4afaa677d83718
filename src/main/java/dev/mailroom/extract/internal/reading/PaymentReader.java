package dev.mailroom.extract.internal.reading;

import dev.mailroom.extract.BillingPeriod;
import dev.mailroom.extract.ExtractedPayment;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.extract.internal.amounts.LocalCurrencies;
import dev.mailroom.extract.internal.amounts.Money;
import dev.mailroom.extract.internal.amounts.MoneyScanner;
import dev.mailroom.extract.internal.dates.DateScanner;
import dev.mailroom.extract.internal.dates.DayOrder;
import dev.mailroom.extract.internal.payees.PayeeNames;
import dev.mailroom.ingest.Attachment;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.shared.EmailAddress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the payment of one message. A message is a payment document only when it has payment
 * wording <em>and</em> an amount tied to it by its label (see {@link AmountPicker}); the kind comes
 * from the wording, the due date from a labelled date (see {@link DueDates}). Stateless and
 * thread-safe. See ADR 0011.
 */
public final class PaymentReader {

    private static final Set<String> NO_DECIMALS = Set.of("JPY", "KRW", "HUF", "CLP", "ISK");
    private static final List<String> PAYEE_LABELS = List.of("payee:", "sold by", "zahlungsempfänger:",
            "empfänger:", "händler:", "bénéficiaire:", "commerçant:", "beneficiario:", "comercio:", "esercente:");
    /**
     * Fields of a card or account notice whose value is the merchant's descriptor: "Where: at SUPERS #240",
     * "Purchase location: TRUE VALUE #0023", "Lugar de Transacción: CAFE SAN ALBERTO".
     */
    private static final List<String> MERCHANT_FIELDS = List.of("where:", "purchase location", "merchant name", "merchant:", "merchant detail",
            "lugar de transacción", "lugar de la transacción", "establecimiento", "transaction description", "to:",
            "beneficiary name", "payee name", "recipient name", "odbiorca:", "příjemce:", "handlare:", "forhandler:", "kauppias:", "brugssted:",
            "comercio", "destino", "para:", "recebedor", "favorecido", "destinatario:", "払込先", "加盟店名", "利用先", "ご利用先", "加盟店");
    private static final int HEADER_PEEK = 16_384;

    private PaymentReader() {}

    /** The {@link Gate} probability a near miss must exceed to count as a payment: more likely than not. */
    static final double GATE_THRESHOLD = 0.5;

    /** As {@link #read(ParsedMessage, byte[], LocalDate, Gate)} with the rules alone. */
    public static List<ExtractedPayment> read(ParsedMessage parsed, byte[] header, LocalDate reference) {
        return read(parsed, header, reference, Gate.CLOSED);
    }

    /**
     * The payments of {@code parsed}: empty, or one payment.
     *
     * @param header the raw header section (or whole message), or null
     * @param reference the message's own day, against which relative dates are resolved
     * @param gate what decides the near misses: mail with a sum the rules can pick but too little
     *     wording, or too loose a label, for the rules alone
     */
    public static List<ExtractedPayment> read(ParsedMessage parsed, byte[] header, LocalDate reference, Gate gate) {
        if (!anyMoney(parsed) && !bareTotal(parsed)) {
            return List.of(); // no amount anywhere, not even a bare one ("Amount due: 250.00", "Valor pago: 420,00")
        }
        if (fromNewsletter(parsed)) {
            return List.of(); // a newsletter's prices and credits are its offers' and articles'
        }
        MessageLines lines = MessageLines.of(parsed);
        if (aboutNoPayment(lines)) {
            return List.of(); // a cart left behind, a card about to expire, a refund only asked for, a spending summary
        }
        if (quote(lines.lowerSubject())) {
            return List.of(); // "Your quote Q-1187", "Ihr Angebot Nr. A-2025-117": a price offered, nothing owed yet
        }
        Wording.Verdict wording = Wording.read(lines.lowerSubject(), lines.lowerText());
        if (wording.marketing() >= 2 && wording.subjectWeight() == 0 && Wording.pitchSubject(lines.lowerSubject())) {
            return List.of(); // "60% off Super ends tonight … you'll be charged $59.99 per year": a campaign, whatever it says of charges
        }
        if (personal(parsed) && Phrases.first(lines.lowerText(), SHARE) != null
                && Phrases.first(lines.lowerText() + "\n" + lines.lowerSubject(), DOCUMENT_WORDS) == null) {
            // A friend's "your share is $310", "30 € chacun": costs split among people, no document. A landlord's
            // or a teacher's "rent of $1,850.00 is due" from the same kind of mailbox stays a bill.
            return List.of();
        }
        // A card or account notice ("INR 899.00 debited from A/c XX12 … Info: NETFLIX") says what it is
        // in the line that states the amount, not in receipt or bill wording.
        boolean cardNotice = (wording.weight() == 0 || wording.kind() == null) && wording.marketing() < 2
                && lines.lower.stream().anyMatch(AmountPicker::isTransactionLine);
        if (cardNotice && oneTimeCode(lines.lowerText() + "\n" + lines.lowerSubject())) {
            return List.of(); // "OTP for transaction of INR 500.00 at AMAZON is 493021": asked to approve, not yet paid
        }
        if ((wording.weight() == 0 || wording.kind() == null) && !cardNotice) {
            Wording.Verdict totalled = unworded(lines, wording);
            if (totalled == null) {
                AmountPicker.Candidate alert = maskedAlert(lines, wording);
                if (alert == null) {
                    return unwordedNearMiss(parsed, header, reference, lines, wording, gate);
                }
                return List.of(payment(parsed, header, reference, lines, new Wording.Verdict(1, 0, PaymentKind.PAYMENT_CONFIRMATION, 0),
                        alert, capitalRun(lines.lines.get(alert.line()), alert.money())));
            }
            wording = totalled;
        }
        Picked picked = pick(parsed, lines, wording.kind());
        lines = picked.lines();
        AmountPicker.Candidate amount = picked.amount();
        if ((amount == null || amount.score() < AmountPicker.STRONG) && wording.marketing() == 0) {
            // "Total: 12.00" with the currency named only elsewhere in the message, over a sum that only
            // stands loosely in the text ("Total inkl. MWST | 1'173.85" in a table headed "CHF", over a
            // fee of "CHF 5.–" in the footer).
            MessageLines text = MessageLines.of(parsed);
            AmountPicker.Candidate bare = AmountPicker.bareTotal(text.lines, text.lower, senderDomain(parsed));
            MessageLines in = text;
            if (bare == null && parsed.html() != null) {
                // "Total | 45.00" in a table, which the plain text puts on two lines.
                in = MessageLines.ofHtml(parsed);
                bare = AmountPicker.bareTotal(in.lines, in.lower, senderDomain(parsed));
            }
            if (bare != null) {
                amount = bare;
                lines = in;
            }
        }
        if (amount == null && wording.marketing() == 0 && (wording.subjectWeight() > 0
                || cardNotice || wording.kind() == PaymentKind.PAYMENT_CONFIRMATION)) {
            // A subject that names the document and its sum ("Your Tillbury receipt: $12.99") over a
            // body that only thanks you.
            lines = MessageLines.of(parsed);
            amount = AmountPicker.ofSubject(lines.lines, lines.lower);
            if (amount == null && (wording.kind() != null || cardNotice)) {
                // An order confirmation that lists one item at one price and no total.
                amount = AmountPicker.onlyAmount(lines.lines, lines.lower);
                if (amount != null && amount.money().amount().signum() < 0 && wording.kind() != PaymentKind.REFUND) {
                    amount = null; // one item at a negative price is a discount, not an order; a credit note's is its credit
                }
            }
        }
        if (amount == null && !cardNotice && wording.kind() != null
                && (wording.marketing() == 0 || (wording.marketing() == 1 && wording.subjectWeight() > 0))) {
            // Payment wording and one sum under no label the rules know ("tienes un pago pendiente de
            // $18,560.00"): a near miss the gate decides.
            MessageLines text = MessageLines.of(parsed);
            AmountPicker.Candidate only = AmountPicker.onlyAmount(text.lines, text.lower);
            if (only == null) {
                only = AmountPicker.largestAmount(text.lines, text.lower); // an order whose total's label the rules do not know
            }
            if (only != null && (only.money().amount().signum() > 0 || wording.kind() == PaymentKind.REFUND)
                    && !knownNoPaymentNear(text, only.line())
                    && !Wording.aboutOrderNotPayment(text.lowerSubject(), text.lowerText(), null)
                    && !quote(text.lowerSubject())
                    && !AmountPicker.balanceLabel(text.lower.get(only.line()), only.money().start())) {
                return nearMiss(parsed, header, gate, payment(parsed, header, reference, text, wording, only, null));
            }
        }
        if (cardNotice) {
            if (amount == null || !underTransactionLine(lines, amount.line())) {
                return List.of();
            }
            if (amount.score() < AmountPicker.STRONG) {
                // The sum under "… was spent from your account" is what was spent, however bare its line.
                amount = new AmountPicker.Candidate(amount.money(), AmountPicker.STRONG, amount.line(), amount.field());
            }
            wording = new Wording.Verdict(1, 0, PaymentKind.PAYMENT_CONFIRMATION, wording.marketing());
        }
        if (amount != null && AmountPicker.isTransactionLine(lines.lower.get(amount.line()))
                && AmountPicker.isRefundCredit(lines.lower.get(amount.line()))) {
            wording = new Wording.Verdict(wording.weight(), wording.subjectWeight(), PaymentKind.REFUND, wording.marketing());
        } else if (amount != null && wording.kind() != null && wording.kind() != PaymentKind.REFUND
                && wording.kind() != PaymentKind.FAILED_PAYMENT && Wording.paysBack(lines.lower.get(amount.line()))) {
            // A statement or invoice whose sum is paid back: "Wij storten € 77,85 terug op uw rekening".
            wording = new Wording.Verdict(wording.weight(), wording.subjectWeight(), PaymentKind.REFUND, wording.marketing());
        }
        if (amount == null || amount.money().amount().signum() == 0) {
            return List.of(); // nothing is paid with a zero: a cancelled order's "Total: 0 円"
        }
        if (wording.kind() != PaymentKind.REFUND && plusSigned(lines, amount)) {
            return List.of(); // "Částka: +1 234,56 CZK": a bank's sign for money in
        }
        if (wording.marketing() >= 2 && amount.score() < AmountPicker.STRONG) {
            return nearMiss(parsed, header, gate, payment(parsed, header, reference, lines, wording, amount, null));
        }
        // A payment document says what it is in its subject or labels its amount plainly ("Total",
        // "Amount due"); wording in the body next to a loose amount is how offers and spam read. A
        // short field ("Amount: $49.00") under plenty of payment wording and no marketing will do too.
        if (wording.subjectWeight() == 0 && amount.score() < AmountPicker.STRONG && !cardNotice
                && !(amount.field() && wording.weight() >= 2 && wording.marketing() == 0)
                && !(wording.weight() >= 6 && wording.marketing() == 0)) {
            return nearMiss(parsed, header, gate, payment(parsed, header, reference, lines, wording, amount, null));
        }
        return List.of(payment(parsed, header, reference, lines, wording, amount, null));
    }

    /**
     * A message with a sum but no payment wording the rules know: in a language or a phrasing they
     * have not met ("Rincian tagihan", "Laskun summa"), or not a payment at all. The sum is the one
     * the rules would pick in a receipt, and the gate decides.
     */
    private static List<ExtractedPayment> unwordedNearMiss(ParsedMessage parsed, byte[] header, LocalDate reference,
            MessageLines lines, Wording.Verdict wording, Gate gate) {
        if (quote(lines.lowerSubject())
                || Wording.aboutOrderNotPayment(lines.lowerSubject(), lines.lowerText(), null)) {
            return List.of(); // quotes, and orders not paid, stay none
        }
        if (wording.marketing() >= 2) {
            return List.of(); // a campaign's prices, with no payment wording, are its offers'
        }
        Picked picked = pick(parsed, lines, null);
        MessageLines from = picked.lines();
        AmountPicker.Candidate amount = picked.amount();
        if (amount == null) {
            amount = AmountPicker.onlyAmount(from.lines, from.lower); // one sum, under a label the rules do not know ("Kiasi: …")
        }
        if (amount == null || amount.money().amount().signum() == 0
                || AmountPicker.balanceLabel(from.lower.get(amount.line()), amount.money().start())) {
            return List.of(); // a balance is what an account holds, not what was paid
        }
        if (knownNoPaymentNear(from, amount.line()) || plusSigned(from, amount)) {
            return List.of(); // what the rules know is no payment stays none: limits, money coming in, codes
        }
        // Without kind wording a document is a receipt, unless it names its due date: then it is a bill.
        PaymentKind kind = wording.kind() != null ? wording.kind()
                : DueDates.namesDueDate(from.lower) ? PaymentKind.BILL : PaymentKind.RECEIPT;
        return nearMiss(parsed, header, gate, payment(parsed, header, reference, from,
                new Wording.Verdict(1, 0, kind, wording.marketing()), amount, null));
    }

    /**
     * Whether the sum is written with a plus, as a bank writes money in: "+1 234,56 CZK", "+€50.00"; not
     * when its label names it owed, as a card statement signs its debt ("Toplam Borç Tutarı: +616,80 TL").
     */
    private static boolean plusSigned(MessageLines lines, AmountPicker.Candidate amount) {
        String line = lines.lines.get(amount.line());
        int start = amount.money().start();
        if (Phrases.first(lines.lower.get(amount.line()).substring(0, Math.max(0, start)), OWED) != null) {
            return false;
        }
        for (int k = start; k >= 0 && k >= start - 1; k--) {
            if (k < line.length() && line.charAt(k) == '+') {
                return true;
            }
        }
        return false;
    }

    /** Labels of a sum owed, whatever sign it carries. */
    private static final List<String> OWED = List.of("borç", "borcu", "debt", "amount due", "total due", "balance due", "à payer",
            "zu zahlen", "a pagar", "da pagare", "te betalen", "dlužná", "do zapłaty");

    /** Senders' mailboxes that send newsletters: "newsletter@corriere.it", "news@…". */
    private static final Set<String> NEWSLETTER_MAILBOXES = Set.of("newsletter", "newsletters", "news", "nieuwsbrief",
            "noticias", "notizie", "infolettre", "rundbrief", "nieuws", "nachrichten", "nouvelles", "nyheter", "nyheder",
            "uutiset");

    /** Whether the message comes from a newsletter's mailbox. */
    private static boolean fromNewsletter(ParsedMessage parsed) {
        if (parsed.from().isEmpty() || parsed.from().getFirst().address() == null) {
            return false;
        }
        String address = parsed.from().getFirst().address().toLowerCase(java.util.Locale.ROOT);
        int at = address.indexOf('@');
        if (at <= 0) {
            return false;
        }
        String domain = address.substring(at + 1);
        // "offres@news.free.fr": a domain kept for newsletters
        return NEWSLETTER_MAILBOXES.contains(address.substring(0, at)) || domain.startsWith("news.") || domain.startsWith("newsletter.");
    }

    private record Picked(MessageLines lines, AmountPicker.Candidate amount) {}

    /**
     * The amount the picker ties most strongly to what is paid, and the lines it stands in. The text
     * alternative of HTML mail is often poor: the HTML's rows are read when the text gives no amount,
     * or only a loosely labelled one, and whichever is tied more strongly is kept.
     */
    private static Picked pick(ParsedMessage parsed, MessageLines lines, PaymentKind kind) {
        AmountPicker.Candidate amount = AmountPicker.pick(lines.lines, lines.lower, kind);
        boolean weak = amount == null || amount.score() < AmountPicker.STRONG;
        if (weak && parsed.html() != null && MoneyScanner.mentionsMoney(parsed.html())) {
            MessageLines html = MessageLines.ofHtml(parsed);
            AmountPicker.Candidate fromHtml = AmountPicker.pick(html.lines, html.lower, kind);
            if (fromHtml != null && (amount == null || fromHtml.score() > amount.score())) {
                return new Picked(html, fromHtml);
            }
        }
        return new Picked(lines, amount);
    }

    private static final int NEAR = 3;

    /**
     * As {@link #knownNoPayment(MessageLines)}, with money coming in and one-time codes read only in the
     * subject and the lines around the sum the gate would judge, and account security only in the subject
     * and the sum's own line: "You received this email because…" or "log in at https://…/login" says
     * nothing about the sum, while "credited to your account" beside it does. A limit, a trial or a
     * cancellation anywhere still counts.
     */
    private static boolean knownNoPaymentNear(MessageLines lines, int amountLine) {
        StringBuilder near = new StringBuilder(lines.lowerSubject());
        for (int i = Math.max(0, amountLine - NEAR); i <= Math.min(lines.lower.size() - 1, amountLine + NEAR); i++) {
            near.append('\n').append(lines.lower.get(i));
        }
        String text = near.toString();
        String own = lines.lowerSubject() + "\n" + lines.lower.get(amountLine);
        return nothingPaid(lines.lowerText() + "\n" + lines.lowerSubject()) || Phrases.first(text, MONEY_IN) != null
                || Phrases.first(own, SECURITY) != null || oneTimeCode(text);
    }

    /**
     * Whether the message says what makes its sum no payment of the reader's: a limit, a trial or a
     * cancellation, money coming in, account security, a one-time code, or an order only shipped.
     */
    private static boolean knownNoPayment(MessageLines lines) {
        String text = lines.lowerText() + "\n" + lines.lowerSubject();
        return nothingPaid(text) || Phrases.first(text, MONEY_IN) != null || Phrases.first(text, SECURITY) != null
                || oneTimeCode(text) || Wording.aboutOrderNotPayment(lines.lowerSubject(), lines.lowerText(), null);
    }

    /**
     * {@code found} when the gate finds the message more likely payment mail than not, with a
     * confidence no higher than the gate's; else none. The gate is asked only here, after the rules
     * have found a sum, so most mail never reaches it.
     */
    private static List<ExtractedPayment> nearMiss(ParsedMessage parsed, byte[] header, Gate gate, ExtractedPayment found) {
        double p = gate.probability(parsed, header);
        if (p <= GATE_THRESHOLD) {
            return List.of(); // a gate that knows nothing says 0.5, and takes nothing
        }
        double confidence = Math.min(found.confidence(), Math.round(p * 100) / 100.0);
        return List.of(new ExtractedPayment(found.kind(), found.payee(), found.amount(), found.currency(), found.dueDate(),
                found.invoiceNumber(), found.accountLast4(), found.period(), confidence));
    }

    /**
     * The merchant a card notice puts in parentheses between its transaction line and the sum:
     * "… was spent from your account." over "(SAFEWAY #1563 SEATTLE WA)" over "$456.78".
     */
    private static String descriptorAbove(MessageLines lines, int amountLine) {
        if (amountLine < 2 || !AmountPicker.isTransactionLine(lines.lower.get(amountLine - 2))) {
            return null;
        }
        String above = lines.lines.get(amountLine - 1).strip();
        if (above.length() < 4 || above.charAt(0) != '(' || above.charAt(above.length() - 1) != ')') {
            return null;
        }
        String name = PayeeNames.ofDescriptor(above.substring(1, above.length() - 1));
        return usable(name) ? name : null;
    }

    /**
     * Whether the amount's line, or one of the three above it, reports a card or account transaction:
     * "An amount larger than $0.00 was spent from your account." over the merchant and "$456.78".
     */
    private static boolean underTransactionLine(MessageLines lines, int amountLine) {
        for (int i = amountLine; i >= 0 && i >= amountLine - 3; i--) {
            if (AmountPicker.isTransactionLine(lines.lower.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** @param merchant the payee when the caller already knows it (a shape-only alert's descriptor), or null */
    private static ExtractedPayment payment(ParsedMessage parsed, byte[] header, LocalDate reference, MessageLines lines,
            Wording.Verdict wording, AmountPicker.Candidate amount, String merchant) {
        PaymentKind kind = wording.kind();
        Money money = amount.money();
        if ((kind == PaymentKind.INVOICE || kind == PaymentKind.BILL) && markedPaid(lines, amount)) {
            kind = PaymentKind.RECEIPT;
        } else if (kind == PaymentKind.RECEIPT && Phrases.first(lines.lowerText(), PAY_REQUEST) != null) {
            kind = PaymentKind.INVOICE; // an order bought on invoice: "Zahlungsart: Rechnung. Bitte überweisen Sie den Betrag …"
        }
        BigDecimal value = money.amount().setScale(NO_DECIMALS.contains(money.currency()) ? 0 : 2, RoundingMode.HALF_UP);
        // A refund is money back; anything else is money out, however a bank signs it ("Částka: -85,00 CZK").
        value = kind == PaymentKind.REFUND ? value.abs().negate() : value.abs();
        EmailAddress from = parsed.from().isEmpty() ? null : parsed.from().getFirst();
        String domain = senderDomain(parsed);
        String currency = money.currency();
        String written = lines.lines.get(amount.line()).substring(money.start(), money.end());
        String local = "USD".equals(currency) && (LocalCurrencies.isBare(written) || (written.contains("dollars") && !written.contains("US")))
                ? dollarOf(domain, lines, written, parsed.date())
                : "MXN".equals(currency) && written.contains("pesos") ? pesoOf(domain)
                : "SEK".equals(currency) && LocalCurrencies.isBareCrown(written) ? LocalCurrencies.localCrown(domain, lines.lowerText())
                : "JPY".equals(currency) && (written.contains("¥") || written.contains("￥")) ? LocalCurrencies.localYen(domain, lines.lowerText())
                : "XOF".equals(currency) && written.contains("CFA") ? LocalCurrencies.localCfa(domain, lines.lowerText())
                : "INR".equals(currency) && (written.contains("Rs") || written.contains("₨")) ? LocalCurrencies.localRupee(domain)
                : "CNY".equals(currency) && written.contains("元") ? LocalCurrencies.localYuan(domain)
                : "BOB".equals(currency) && written.contains("Bs") ? LocalCurrencies.localBolivar(domain)
                : null;
        if (local != null) {
            currency = local;
            value = money.amount().setScale(NO_DECIMALS.contains(currency) ? 0 : 2, RoundingMode.HALF_UP);
            value = kind == PaymentKind.REFUND ? value.abs().negate() : value.abs();
        }
        Boolean shown = DayOrder.shownIn(lines.lowerText());
        boolean dayFirst = shown != null ? shown : DayOrder.dayFirst(contentLanguage(header), domain, currency);
        if (kind == PaymentKind.RECEIPT && DueDates.payBy(lines.lines, lines.lower, dayFirst, reference) != null) {
            kind = PaymentKind.INVOICE; // an order still to be paid: "Please pay the amount before 20.03.2026"
        }
        kind = Wording.billOrInvoice(kind, lines.lowerSubject(), from == null ? null : from.name(), domain, lines.lowerText());
        // A due date in a table ("Invoice date | Due date" over their values) reads as a field only in
        // the HTML's rows; the plain-text part may have flattened the table into labels over dates.
        // Each reading is built and searched once: the HTML's rows, then the lines the amount came from,
        // then the plain text when those were the HTML's.
        MessageLines html = parsed.html() == null ? null : lines.fromHtml ? lines : MessageLines.ofHtml(parsed);
        LocalDate due = html == null ? null : dueDate(kind, html, dayFirst, reference);
        if (due == null && lines != html) {
            due = dueDate(kind, lines, dayFirst, reference);
        }
        if (due == null && lines.fromHtml && parsed.text() != null && !parsed.text().isBlank()) {
            due = dueDate(kind, MessageLines.of(parsed), dayFirst, reference);
        }
        String number = References.invoiceNumber(lines.lines, lines.lower);
        String last4 = References.accountLast4(lines.lower);
        BillingPeriod period = References.period(lines.lines, lines.lower, dayFirst, reference);
        String payee = merchant != null ? merchant : merchantOfCardNotice(lines, amount.line());
        if (payee == null) {
            payee = descriptorAbove(lines, amount.line());
        }
        if (payee == null) {
            payee = payeeOfPaymentSubject(lines.lines.getFirst(), lines.lower.getFirst());
        }
        if (payee == null) {
            payee = payee(lines, from, kind);
        }
        double confidence = confidence(wording, amount, payee, number != null || last4 != null, due != null && kind.isDue());
        return new ExtractedPayment(kind, payee, value, currency, due, number, last4, period, confidence);
    }

    private static LocalDate dueDate(PaymentKind kind, MessageLines lines, boolean dayFirst, LocalDate reference) {
        return kind.isDue()
                ? DueDates.find(lines.lines, lines.lower, dayFirst, reference, kind == PaymentKind.FAILED_PAYMENT, lines.fromHtml)
                : DueDates.stated(lines.lines, lines.lower, dayFirst, reference, lines.fromHtml);
    }

    /** The peso "1,299.00 pesos" means: the sender's country's, else Mexico's. */
    private static String pesoOf(String domain) {
        String byDomain = LocalCurrencies.localCurrency(domain);
        return byDomain == null ? "MXN" : byDomain;
    }

    /**
     * The dollar a bare {@code $} means: by the sender's country domain, else by the one country the
     * text names, else by what else the text writes ({@link LocalCurrencies#dollarInText}).
     */
    private static String dollarOf(String domain, MessageLines lines, String written, java.time.OffsetDateTime sent) {
        String byDomain = LocalCurrencies.localCurrency(domain);
        if (byDomain != null || (domain != null && LocalCurrencies.hasCountry(domain))) {
            return byDomain;
        }
        String named = LocalCurrencies.fromText(lines.lowerText());
        if (named == null) {
            named = LocalCurrencies.dollarInText(String.join("\n", lines.lines), written);
        }
        if (named != null || sent == null) {
            return named;
        }
        String pesos = LocalCurrencies.ofSpanishPesos(lines.lowerText(), written, sent.getOffset());
        if (pesos != null) {
            return pesos;
        }
        String taiwan = LocalCurrencies.ofTraditionalChineseInTaipeiTime(lines.lowerText(), sent.getOffset());
        return taiwan != null ? taiwan : LocalCurrencies.ofSpanishInMexicanTime(lines.lowerText(), sent.getOffset());
    }

    /** Deadlines, which name a limit in their words but are when a payment is due: "fecha límite", "date limite". */
    private static final java.util.regex.Pattern DEADLINE = java.util.regex.Pattern.compile(
            "\\b(?:fecha|date|data|dia|día) (?:de )?l[ií]mite\\b|\\btime limit\\b");

    /**
     * Whether {@code text} says its sum is a limit, a cancellation or a trial that ends in no charge: a sum
     * nobody pays.
     */
    /** A limit named as why a payment failed: "Votre limite de crédit a été dépassée", "exceeded your credit limit". */
    private static final java.util.regex.Pattern LIMIT_EXCEEDED = java.util.regex.Pattern.compile(
            "\\b(?:limit|limite|límite|limiet|limit)\\b[^.\\n]{0,30}?(?:exceeded|dépassée?|excedido|superato|überschritten|overschreden)"
                    + "|\\b(?:exceeded|over|dépassé|excedido|superato|überschritten) (?:your |the |votre |su |il |ihr )?(?:credit |crédit |de crédit )?(?:limit|limite|límite|limit)\\b");

    private static boolean nothingPaid(String text) {
        String limitOrCancel = Phrases.first(LIMIT_EXCEEDED.matcher(DEADLINE.matcher(text).replaceAll(" ")).replaceAll(" "), NOTHING_PAID);
        return limitOrCancel != null && !(CANCELLED_WORDS.contains(limitOrCancel) && (Phrases.first(text, Wording.CANCEL_THREATENED) != null
                        || Phrases.first(text, Wording.CANCELLATION_PAID) != null))
                || (Phrases.first(text, TRIAL) != null && Phrases.first(text, CHARGED_AFTER_TRIAL) == null)
                || (Phrases.first(text, Wording.EXEMPT) != null && Phrases.first(text, REFUND_WORDS) == null);
    }

    /** The words of {@link #NOTHING_PAID} that call something off, which a threat to ("… will be cancelled unless we receive your payment") does not. */
    private static final List<String> CANCELLED_WORDS = List.of("cancelled", "canceled", "キャンセル", "storniert", "annulé", "cancelado");
    /** Notices of a limit or a cancellation: the sums they state are not paid. */
    private static final List<String> NOTHING_PAID = Stream.concat(Stream.of("limit", "限度額", "ご指定金額", "使いすぎ", "ご利用可能額", "利用可能額", "ご利用枠", "limite", "límite",
            "limiet", "gräns"), CANCELLED_WORDS.stream()).toList();
    /** A free trial's mail, whose sum is paid only when it says the trial ends in a charge. */
    private static final List<String> TRIAL = List.of("free trial", "trial period", "無料期間", "無料体験", "kostenlose testphase",
            "essai gratuit", "prueba gratuita");
    /** What a trial's mail says when it ends in a charge: then it is a payment after all. */
    private static final List<String> CHARGED_AFTER_TRIAL = List.of("next payment", "recurring total", "will be charged",
            "will automatically charge", "we will charge", "we'll charge", "we’ll charge", "will be billed", "wird abgebucht",
            "sera prélevé", "se cobrará", "verrà addebitato",
            "paid subscription begins", "first payment", "first charge", "will be deducted", "payment will be taken",
            "will automatically start on", "subscription will start on", "abonnement démarrera le", "abo startet am");

    /** Labels of a document's own sum: a receipt or bill says what it totals even when it says nothing else. */
    private static final List<String> TOTALS = List.of("grand total", "order total", "total paid", "amount paid",
            "total amount", "invoice total", "total due", "amount due", "balance due", "total to pay", "total:",
            "gesamtbetrag", "rechnungsbetrag", "montant total", "total ttc", "importo totale", "importe total", "valor total",
            "totaal", "合計", "合计", "총액", "итого", "per un totale di", "totale ordine", "totale:", "totale complessivo",
            "gesamtsumme", "summe:", "total general", "total geral", "totaal:", "total charged", "amount charged", "total price", "total cost",
            "total fare", "transaction amount", "payment amount");

    /** A code to approve a card payment: the payment has not been made. */
    private static final List<String> ONE_TIME_CODE = List.of("otp", "one-time password", "one time password", "one-time passcode",
            "verification code", "einmalpasswort", "código de verificación", "code de vérification");

    /** Whether {@code lowerSubject} offers a price (a quote or an estimate, not an "estimated delivery") or a discount code. */
    private static boolean quote(String lowerSubject) {
        return Phrases.first(lowerSubject.replace("estimated", " "), QUOTE) != null || Phrases.first(lowerSubject, COUPON) != null;
    }

    /** A subject handing out a discount code: money off a later order, nothing paid ("[Rumianek] Nowy kupon rabatowy"). */
    private static final List<String> COUPON = List.of("discount code", "promo code", "coupon code", "your coupon", "kupon rabatowy",
            "kod rabatowy", "rabattcode", "code promo", "code de réduction", "codice sconto", "buono sconto", "código de descuento",
            "cupón de descuento", "kortingscode", "쿠폰", "クーポン", "优惠券", "vale de descuento", "vale descuento", "te regalamos",
            "we're giving you", "bon de réduction", "gutscheincode");

    /** A subject offering a price before anything is bought: a quote or an estimate. */
    private static final List<String> QUOTE = List.of("quote", "quotation", "estimate", "devis", "angebot", "kostenvoranschlag",
            "offerte", "offert", "preventivo", "presupuesto", "cotización", "cotizacion", "orçamento", "teklif", "wycena", "見積", "proposition commerciale", "commercial proposal", "offre commerciale", "proposta commerciale",
            "propuesta comercial", "proposta comercial",
            "견적", "입찰", "bid received", "new bid", "cenová nabídka", "árajánlat", "προσφορά");

    /**
     * A cart left behind, a price alert, or an order for shares or coins. Only words about the cart itself:
     * "complete your order" also closes invoices for a bank transfer.
     */
    private static final List<String> CART = List.of("your cart", "in your cart", "left something", "left in your cart", "our cart",
            "to my cart", "your order is incomplete", "couldn't complete your purchase", "could not complete your purchase",
            "dein warenkorb", "ihr warenkorb", "votre panier", "tu carrito", "su carrito", "il tuo carrello", "je winkelwagen",
            "seu carrinho", "no olvides tu compra", "shares of", "terk edilen", "sepetinizde", "у кошику", "в корзине", "не завершили", "order to buy", "order to sell", "market order",
            "you bought 0", "you sold 0", "btc for", "eth for", "crypto purchase", "du hast 0",
            "limit order", "nel tuo carrello", "still in your cart", "wunschpreis", "price drop", "price alert", "preisalarm", "preis ist gesunken",
            "alerte prix", "baisse de prix", "bajada de precio", "prijsdaling", "通知金額",
            "一定額到達");
    /** An invoice the reader sent, or money the reader was paid. */
    private static final List<String> ISSUER_SIDE = List.of("sent to your client", "sent to your customer", "you got paid",
            "you've been paid", "you have been paid", "has been deposited", "payout", "paid you",
            // A payment processor's notice to its merchant: "Customer Details: … view it on the Merchant Dashboard".
            "merchant dashboard", "customer details:",
            // a seller's or creator's earnings asked to be paid out to them
            "振込申請", "出金申請", "売上金の振込", "din andel är", "din andel er", "판매대금", "정산 금액", "정산금액");
    /** Subjects of mail about prices or spending, not a payment: summaries, price changes, wish lists. */
    private static final List<String> SPENDING_SUMMARY = List.of("budget summary", "budget report", "budget update",
            "monthly budget", "spending summary", "spending report",
            "monthly summary", "weekly summary", "payment method was updated", "payment method updated",
            "payment method has been updated", "card was updated", "zahlungsmethode aktualisiert", "zahlungsart geändert",
            "moyen de paiement mis à jour", "método de pago actualizado", "punktestand", "superpunkte", "bonuspunkte", "points balance", "solde de points",
            "saldo de puntos", "saldo punti", "puntensaldo", "poängsaldo", "ポイント獲得", "ポイント付与", "points earned", "punkte gutgeschrieben", "points gagnés", "포인트 적립", "积分到账", "month in review", "insights", "changes to our pricing", "pricing changes",
            "price change", "price increase", "new pricing", "pricing update", "preisanpassung", "preiserhöhung", "preisänderung",
            "changement de prix", "augmentation de prix", "hausse de prix", "cambio de precio", "aumento de precio", "wish list",
            "wishlist", "merkzettel", "wunschliste", "price drop", "price dropped", "preis gesenkt", "price alert", "newsletter",
            "boletín", "boletim", "nieuwsbrief", "nyhetsbrev", "nyhedsbrev", "uutiskirje", "メルマガ", "メールマガジン",
            "使いすぎ防止", "ご指定金額到達", "program poleceń", "programie poleceń", "modifica unilaterale", "modifica delle condizioni", "changes to your terms",
            "modification des conditions", "cambio de condiciones", "förändring av", "ändring av", "referral reward", "referral bonus", "parrainage", "neue gebühr", "new fee", "nouveaux frais", "aggiornamento dei prezzi",
            "actualización de precios", "atualização de preços",
            // a month's spending told back, a pension forecast: sums the reader has or spent, nothing to pay
            "slik brukte du", "så brukte du", "så här använde du", "sådan brugte du", "month in numbers", "monat in zahlen",
            "mois en chiffres", "mes en números", "monthly recap", "monatsrückblick", "pensionsprognos", "pension forecast",
            "pensjonsprognose", "renteninformation", "rentenauskunft", "pensioenoverzicht", "wrap-up", "wrapup", "recap", "récap",
            "resumen del mes", "riepilogo del mese", "week in money", "month in money", "pension statement", "benefit statement", "pensionsbesked", "pensjonsoversikt");
    /** What an order confirmation says when the order is bought on invoice and still to be paid. */
    private static final List<String> PAY_REQUEST = List.of("bitte überweisen sie", "überweisen sie den betrag",
            "zahlungsart: rechnung", "zahlungsart: kauf auf rechnung", "please transfer the amount", "please pay the amount",
            "payment method: invoice", "veuillez virer", "veuillez régler le montant", "gelieve het bedrag", "maak het bedrag over",
            "betala in beloppet", "betal beløpet", "indbetal beløbet", "importo da versare", "dane do przelewu", "czekamy na wpłatę",
            "prosimy o wpłatę", "údaje k platbě", "údaje pro platbu", "datos para la transferencia", "dados para transferência");

    /** An order acknowledged whose payment is taken only later: nothing is paid yet. */
    private static final List<String> CHARGED_LATER = List.of("this email doesn't confirm your order",
            "this email does not confirm your order", "this email doesn’t confirm your order", "this is when we take payment",
            "you won't be charged until", "you will not be charged until", "you won’t be charged until",
            "we'll charge your card when", "we will charge your card when", "payment will be taken when",
            "payment will be taken once", "you will be charged when your order ships", "charged when your order ships",
            "erst bei versand belastet", "we will send your first invoice", "we'll send your first invoice",
            "we’ll send your first invoice", "you will receive your first invoice", "your first invoice will be sent", "wird erst bei versand", "ne sera débité qu'à l'expédition");

    /** Words for a price, one of which a price change names. */
    private static final List<String> PRICE = List.of("price", "pricing", "preis", "prix", "tarif", "precio", "prezzo", "prezzi", "preço", "hinta", "hinnan", "kuukausimaksu",
            "prijs", "pris", "cena", "fiyat", "料金", "価格", "가격", "价格", "fee", "mitgliedsbeitrag", "beitrag", "πάγιο", "τιμή",
            "termijnbedrag", "abschlag", "mensualité", "cuota", "opłata", "cennik", "요금", "회비");
    /** Words between two sums that make them a change "from" one "to" the other, in the same languages. */
    /** Words that announce a price to come rather than ask for it. */
    private static final List<String> PRICE_ANNOUNCED = List.of("updating our prices", "price increase", "aggiorneremo i prezzi",
            "actualizaremos los precios", "atualizaremos os preços",
            "prices will increase", "price will increase", "price is changing", "prices are changing", "price change",
            "preiserhöhung", "preisanpassung", "augmentation de prix", "augmentation tarifaire", "évolution de nos tarifs",
            "aumento de precio", "aumento de precios", "aumento di prezzo", "prijsverhoging", "prisändring", "prisøkning",
            "prisstigning", "prijswijziging", "inflatiecorrectie", "preisänderung", "changement de prix", "cambio de precio",
            "variazione di prezzo", "indexering van", "indexation des prix", "from your next billing cycle",
            "from your next bill", "erhöhung des mitgliedsbeitrags", "costerà", "nuovo prezzo", "neuer preis", "nouveau prix",
            "nuevo precio", "novo preço", "nieuwe prijs", "new price", "pasará de", "vai mudar de", "passera de",
            "beträgt der monatliche preis", "料金改定", "価格改定", "値上げ", "가격 인상",
            "요금 인상", "价格调整", "價格調整", "调价", "調價", "zmiana cennika", "wzrośnie", "baisse du tarif", "évolue à la baisse", "évolue à la hausse",
            "price decrease", "preissenkung", "prijsverlaging", "uusi hinta", "hinta muuttuu", "kuukausimaksu muuttuu", "hinnanmuutos", "podwyżka", "zdražení", "beitragserhöhung", "αυξάνεται το", "αύξηση της τιμής");
    /** A subject that announces a plan's new terms: whatever price it names is to come, not asked for. */
    private static final List<String> PLAN_CHANGED = List.of("votre forfait évolue", "votre forfait s'enrichit",
            "your plan is changing", "ihr tarif ändert sich", "changes to your plan", "änderung ihres tarifs",
            "τροποποιήσεις στο πρόγραμμά σας", "modifications to your plan", "wijzigingen in je abonnement",
            "évolution de votre forfait", "évolution de votre offre", "évolution de votre abonnement");
    private static final java.util.regex.Pattern FROM_TO = java.util.regex.Pattern.compile(
            "^\\s*(?:/\\s*\\p{L}+\\s*)?(?:to|auf|à|a|naar|till|til|na|para|zu|do)\\s*$");
    /** Japanese and Korean put "from" after the old price: "990円から1,190円", "4,990원에서 7,890원으로". */
    private static final java.util.regex.Pattern KARA = java.util.regex.Pattern.compile("^\\s*(?:から|より|에서)\\s*$");
    /** Words between a new price and the old one: "17,90 € statt bisher 12,90 €", "$12 instead of $10". */
    private static final java.util.regex.Pattern INSTEAD_OF = java.util.regex.Pattern.compile(
            "^\\s*(?:/\\s*\\p{L}+\\s*)?(?:statt|anstatt|instead of|au lieu de|en lugar de|en vez de|invece di|anziché|em vez de"
                    + "|in plaats van|i stället för|i stedet for|istedenfor|zamiast)\\b(?:\\s+(?:bisher|the|current|previously|des|de|los"
                    + "|dei|dos|de huidige|tidigare|dotychczasowych))*\\s*$");
    /** Labels of a new price and of the one it replaces, on lines of their own. */
    private static final List<String> NEW_PRICE = List.of("new price", "new rate", "neuer preis", "nouveau prix", "nouveau tarif",
            "nuevo precio", "nueva cuota", "novo preço", "nuovo prezzo", "nieuwe prijs", "nytt pris", "ny pris", "nowa cena", "uusi hinta", "nová cena");
    private static final List<String> OLD_PRICE = List.of("current price", "old price", "previous price", "current rate",
            "bisheriger preis", "alter preis", "aktueller preis", "ancien prix", "prix actuel", "tarif actuel", "precio actual",
            "cuota actual", "preço atual", "prezzo attuale", "huidige prijs", "nuvarande pris", "nåværende pris", "obecna cena", "nuværende pris", "nykyinen hinta", "současná cena");
    /** A new price and the old one in brackets: "11,99 € (bisher 10,99 €)", "€ 118,00 per maand (was € 104,00)". */
    private static final java.util.regex.Pattern WAS = java.util.regex.Pattern.compile(
            "^[^\\d\\n(]{0,30}\\(\\s*(?:was|bisher|vorher|zuvor|currently|previously|now|attualmente|actuellement|actualmente"
                    + "|anteriormente|antes|voorheen|tidigare|tidligere|dotychczas|dříve)\\s*:?\\s*$");
    /** An arrow between an old price and a new one: "$129.99 -> $149.99 per year". */
    private static final java.util.regex.Pattern ARROW = java.util.regex.Pattern.compile(
            "^\\s*(?:/\\s*\\p{L}+\\s*)?(?:->|→|=>|⇒|➔|➜)\\s*$");
    private static final java.util.regex.Pattern FROM = java.util.regex.Pattern.compile(
            "(?:from|von|de|da|van|från|fra|z|od|desde)\\s*$");

    /**
     * Whether a line changes a price from one sum to another ("will change from ₹499/month to ₹599/month",
     * "von 9,99 € auf 12,99 €") in mail that names a price: a price change announced, not a payment.
     */
    private static boolean priceChange(MessageLines lines) {
        String text = lines.lowerText() + "\n" + lines.lowerSubject();
        if (Phrases.first(lines.lowerSubject(), PLAN_CHANGED) != null && Phrases.first(text, RENEWS) == null
                && Phrases.first(text, CHARGED_AFTER_TRIAL) == null) {
            return true; // "Votre forfait évolue … ce service sera facturé 0,99 €/mois à compter de cette date"
        }
        if (Phrases.first(text, PRICE) == null) {
            return false;
        }
        if (Phrases.first(text, PRICE_ANNOUNCED) != null && Phrases.first(text, RENEWS) == null
                && Phrases.first(text, CHARGED_AFTER_TRIAL) == null) {
            return true; // "We are updating our prices … your Standard plan will cost $17.99/month", and no charge named
        }
        if (Phrases.first(text, NEW_PRICE) != null && Phrases.first(text, OLD_PRICE) != null) {
            return true; // "Cuota actual: 39,90 €/mes" over "Nueva cuota: 42,90 €/mes"
        }
        for (int i = 0; i < lines.lines.size(); i++) {
            String line = lines.lines.get(i);
            if (!MoneyScanner.mentionsMoney(line)) {
                continue;
            }
            List<Money> sums = MoneyScanner.scan(line);
            String low = lines.lower.get(i);
            for (int k = 0; k + 1 < sums.size(); k++) {
                Money a = sums.get(k);
                Money b = sums.get(k + 1);
                String between = low.substring(a.end(), b.start());
                if ((FROM_TO.matcher(between).find() && FROM.matcher(low.substring(Math.max(0, a.start() - 8), a.start())).find())
                        || INSTEAD_OF.matcher(between).find() || ARROW.matcher(between).find() || WAS.matcher(between).find()
                        || KARA.matcher(between).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A card about to expire: "Your card ending in 4242 expires soon", "Ihre Karte läuft bald ab". */
    private static final java.util.regex.Pattern EXPIRING = java.util.regex.Pattern.compile(
            "\\b(?:card|karte|carte|tarjeta|cartão)\\b[^.!?\\n]{0,40}\\b(?:expires|is expiring|will expire|is about to expire|"
                    + "läuft[^.!?\\n]{0,12}ab|expire|caduca|vence em breve)\\b");
    /** A subscription or membership about to lapse, unless something renews or charges it. */
    private static final java.util.regex.Pattern LAPSING = java.util.regex.Pattern.compile(
            "\\b(?:subscription|membership|plan|abonnement|abo|suscripción|assinatura|abbonamento)\\b[^.!?\\n]{0,40}"
                    + "\\b(?:is expiring|will expire|expires on|is about to expire|has expired|läuft[^.!?\\n]{0,12}ab|expire le|vence el|scade il)");
    /** Whether a subscription itself is said to lapse: not "your plan … but your card on file has expired". */
    private static boolean lapsing(String text) {
        java.util.regex.Matcher m = LAPSING.matcher(text);
        while (m.find()) {
            if (Phrases.first(m.group(), CARD) == null) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> CARD = List.of("card", "karte", "carte", "tarjeta", "cartão");
    private static final List<String> RENEWS = List.of("will renew", "renews on", "will automatically renew", "automatically renews",
            "will be renewed", "wird verlängert", "verlängert sich", "sera renouvelé", "se renovará", "verrà rinnovato");
    private static final List<String> FAILED = List.of("failed", "declined", "unsuccessful", "could not be processed",
            "unable to process", "fehlgeschlagen", "abgelehnt", "échoué", "refusé", "rechazad", "fallid", "recusad");
    /** A refund only asked for, and the words that say it was made after all. */
    private static final List<String> REFUND_ASKED = List.of("refund request", "requested a refund", "return request",
            "return label", "once we receive");
    /** Money coming in: a salary or a transfer to the reader. */
    private static final List<String> INCOMING = List.of("gehaltseingang", "wpłynęły środki", "wpływ środków", "wpłynął przelew",
            "der er indsat", "er blevet indsat", "din løn er", "lønnen din er", "lönen har kommit", "lønn er satt inn",
            // a job offer's pay, which the reader will earn
            "gross salary", "annual salary", "base salary", "starting salary", "sign-on bonus", "signing bonus", "jahresgehalt",
            "bruttogehalt", "årslønn", "årslön", "årsløn", "vuosipalkka", "roczne wynagrodzenie", "gutschrift auf ihr", "salaire annuel", "salaire brut", "salario bruto", "retribuzione annua", "bruttosalaris", "salary credited", "salary has been credited",
            "has recibido una transferencia", "você recebeu um pix", "você recebeu uma transferência", "vous avez reçu un virement",
            "hai ricevuto un bonifico", "you received a transfer", "you've received a transfer", "you have received a transfer",
            "incoming transfer", "eingehende überweisung", "überweisung erhalten", "gutschrift auf ihrem konto",
            "has landed in your account", "salary has arrived", "har fått en betalning", "received a payment from",
            "ha recibido un pago de", "vous avez reçu un paiement", "sie haben eine zahlung erhalten", "hai ricevuto un pagamento",
            // What a seller, landlord or school is told when someone pays them.
            "was made by client", "paid by client", "has paid invoice", "has paid your invoice",
            "you received a payment", "you've received a payment", "you have received a payment", "you've got money",
            "you have got money", "sent you a payment", "new payment received", "nieuwe betaling ontvangen",
            "neue zahlung eingegangen", "nouveau paiement reçu", "mieteingang", "received from parent",
            "hat eine bestellung aufgegeben", "has placed an order", "client a passé une commande", "cliente ha realizado un pedido",
            // A bank's notice of money in: "A Credit transaction occurred on your account", "[Credit: NGN 385,000.00]".
            "credit transaction occurred", "credit transaction has occurred", "[credit:", "credit alert",
            // A customer's transfer to the reader's business, and a marketplace's sale proceeds.
            "a vostro favore un bonifico", "disposto a vostro favore", "zu ihren gunsten überwiesen", "en votre faveur un virement",
            "will be sent to your bank account", "will be paid into your bank account",
            "will be transferred to your bank account", "depósito a cuenta", "deposito a cuenta", "har tagit emot en",
            "swish-betalning mottagen", "has been made into your account", "paid into your account",
            "deposited into your account", "te transferiremos", "we'll transfer this amount",
            "we will transfer this amount", "wir überweisen dir", "nous vous verserons", "došlá platba",
            "příchozí platba", "prichádzajúca platba", "prijatá platba", "zaúčtovaná suma sepa", "gracias por vender",
            "thanks for selling", "thank you for selling", "a tu monedero", "bonifico ricevuto", "bonifico in entrata",
            "store credit", "butikkreditt", "kontokreditt",
            "dinero de tu venta", "importe de la venta", "dinheiro da sua venda", "valor da venda", "montant de la vente",
            "erlös aus dem verkauf", "unused funds", "withdrawable balance", "transferred back to your",
            "credited to your wallet", "added to your paypal balance",
            // A bank's "Your A/c XX3391 has been credited by Rs.84,250.00", a merchant's "Funds will be included in your next deposit".
            "has been credited by", "have been credited by", "sera versé sur ton", "sera versé sur votre",
            "wird dir ausgezahlt", "wird ihnen ausgezahlt", "입금되었습니다", "입금되었어요", "을 보냈어요", "를 보냈어요", "入账",
            "入賬", "har satts in", "lön insatt", "tilillesi on saapunut", "saapunut maksu",
            // A buyer who paid the reader for what the reader sold, and a client who approved the reader's work.
            "der käufer hat", "l'acheteur a payé", "l’acheteur a payé", "el comprador ha pagado", "o comprador pagou",
            "il compratore ha pagato", "de koper heeft betaald", "kupujący zapłacił", "köparen har betalat", "the buyer paid",
            "buyer has paid", "your client approved", "bezahlt vom käufer", "zahlung ihres käufers", "paid by the buyer",
            "payé par l'acheteur", "gutscheinwert", "ein gutschein für sie", "guthabenbonus", "bonusguthaben", "geldgeschenk", "money gift", "cashback has been", "cashback tracked",
            "cashback is confirmed", "cashback confirmed", "vous recevrez le règlement", "accusons réception de votre facture",
            "we have received your invoice", "we received your invoice", "ihre rechnung ist bei uns eingegangen",
            "hemos recibido su factura", "abbiamo ricevuto la sua fattura", "will be available in your account", "estará disponible en tu cuenta", "sie haben geld erhalten", "du hast geld erhalten",
            "se ha realizado un ingreso", "ingreso en tu cuenta", "ingreso en su cuenta", "abono en tu cuenta", "abono en cuenta",
            "de rendimientos", "zinsgutschrift", "interest earned", "earned interest", "intérêts crédités", "included in your next deposit", "included in your next payout",
            // Indonesian, Malay, Turkish, Vietnamese and Thai for money received.
            "anda menerima pembayaran", "dana masuk", "telah menerima transfer", "ditambahkan ke saldo", "jumlah yang diterima",
            "anda telah menerima", "gelen havale", "gelen eft", "hesabınıza para", "bạn đã nhận được", "nhận tiền",
            "ได้รับเงินโอน", "เงินเข้าบัญชี",
            // A gift card someone sent.
            "sent you a gift card", "you've received a gift card", "you have received a gift card",
            "geschenkgutschein erhalten", "vous a offert", "vous offre une carte cadeau", "reçu une carte cadeau",
            "ti ha regalato", "te ha regalado");
    /**
     * Subjects of pay and income: a payslip, a dividend. Only the subject says so; an invoice for payroll
     * services names payslips in its body.
     */
    private static final List<String> INCOME_SUBJECT = List.of("gehaltsabrechnung", "lohnabrechnung", "entgeltabrechnung",
            "payslip", "pay slip", "paystub", "pay stub", "bulletin de paie", "fiche de paie", "bulletin de salaire", "nómina",
            "busta paga", "cedolino", "loonstrook", "salarisstrook", "lönespecifikation", "lønnsslipp", "lønseddel",
            "dividend", "dividende");
    /** Money the reader received, in Nordic words: "Du har mottatt 500 kr fra Ola", not "Du har fått ny faktura". */
    private static final java.util.regex.Pattern RECEIVED_NORDIC = java.util.regex.Pattern.compile(
            "\\b(?:du har (?:mottatt|fått|modtaget)|olet saanut) (?:en betaling|en innbetaling|en overføring|penger|penge|maksun|rahaa"
                    + "|kr\\.?\\s?\\d|\\d)");
    /** A person who sent the reader money: "John Smith sent you $120.00 USD", not "sent you an invoice". */
    private static final java.util.regex.Pattern SENT_YOU_MONEY = java.util.regex.Pattern.compile(
            "\\b(?:sent you|schickte dir|hat dir|hat ihnen|vous a envoyé|te ha enviado|ti ha inviato|heeft je|heeft u) \\p{Sc}?\\s?\\d");
    /**
     * A sum the reader received from someone: "Recibiste $150.000 de JUAN PEREZ", "One-time payment received:
     * €25.00 from Mikael Berg". What "we received … from you" is the payee's word for the reader's payment.
     */
    private static final java.util.regex.Pattern RECEIVED_MONEY = java.util.regex.Pattern.compile(
            "(?:\\brecibiste|\\byou(?:'ve| have)? received|\\bvocê recebeu|\\bhas recibido|\\bhai ricevuto|\\bvous avez reçu"
                    + "|(?<!we )(?<!we've )(?<!we have )\\b(?:payment|tip|donation) received:?)"
                    + "\\s(?:\\p{Sc}\\s?|[a-z]{3}\\s?)?\\d[\\d.,]*(?:\\s?\\p{Sc}|\\s[a-z]{3}\\b)?(?:\\s(?:on|at|el|le|am|il|em)\\s[^\\n]{0,24}?)?"
                    + "\\s(?:de|from|da|van|von)\\s"
                    + "(?!your\\b|you\\b|tu\\b|su\\b|votre\\b|ihr\\b|je\\b|uw\\b|sua\\b|seu\\b)");
    /** Whether {@link #RECEIVED_MONEY} finds a sum received, after a cheap test for its words. */
    private static boolean receivedMoney(String text) {
        return (text.contains("receiv") || text.contains("recib") || text.contains("recebeu") || text.contains("ricevuto")
                || text.contains("reçu")) && RECEIVED_MONEY.matcher(text).find();
    }

    /** A refund, which is money coming in that the ledger keeps. */
    private static final List<String> REFUND_WORDS = List.of("refund", "erstattung", "remboursement", "reembolso", "reversal", "reversed",
            "reembolsado", "reembolsada", "te devolvemos el dinero", "te hemos devuelto el dinero", "rimborso", "rimborsato",
            "terugbetaling", "terugbetaald", "remboursé", "remboursée", "erstattet", "estorno", "reintegro");
    /** A bank account's statement, which shows a balance, not a sum to pay, unless it names one due. */
    private static final List<String> ACCOUNT_STATEMENT = List.of("account statement", "kontoauszug", "relevé de compte",
            "extracto de cuenta", "estratto conto", "rekeningafschrift", "kontoutdrag", "wyciąg z konta", "extrato da conta");
    /** A subject that says a statement can be read. */
    private static final List<String> STATEMENT_READY = List.of("statement is ready", "statement is available",
            "statement is now available", "kontoauszug ist", "relevé est disponible", "relevé de compte");
    /** What a bank account's statement says of its money, where a card's says what to pay. */
    private static final List<String> ACCOUNT_BALANCE = List.of("your balance on", "your balance was", "balance on your account",
            "account balance", "kontostand", "solde de votre compte");
    private static final List<String> CARD_BALANCE = List.of("statement balance", "new balance", "minimum", "credit card",
            "kreditkarte", "carte de crédit");
    private static final List<String> SUM_DUE = List.of("minimum payment", "payment due", "amount due", "due date", "to pay",
            "zu zahlen", "fällig", "à payer", "a pagar", "da pagare", "te betalen");
    private static final List<String> REFUND_DONE = List.of("refunded", "has been processed", "have processed", "was processed",
            "we've processed", "we processed", "refund was issued", "refund is on the way", "refund is on its way", "refund total",
            "has been issued", "we've issued", "we have issued", "has been approved", "was approved", "erstattet", "remboursé",
            "reembolsado");

    /**
     * Whether the message is about money but no payment of the reader's: a cart left behind, an invoice the
     * reader sent (or was paid for), a spending summary, a card about to expire, money coming in, a bank
     * account's statement, a refund only asked for.
     */
    private static boolean aboutNoPayment(MessageLines lines) {
        String text = lines.lowerText() + "\n" + lines.lowerSubject();
        if (Phrases.first(text, CART) != null || Phrases.first(text, ISSUER_SIDE) != null
                || Phrases.first(lines.lowerSubject(), SPENDING_SUMMARY) != null) {
            return true;
        }
        if (EXPIRING.matcher(text).find() && Phrases.first(text, FAILED) == null) {
            return true;
        }
        if (lapsing(text) && Phrases.first(text, FAILED) == null && Phrases.first(text, CHARGED_AFTER_TRIAL) == null
                && Phrases.first(text, RENEWS) == null) {
            return true; // "Your subscription will expire on March 15. To continue, renew it for $12.99/month": an offer
        }
        if (Phrases.first(text, CHARGED_LATER) != null) {
            return true; // "we've received your order … when items are shipped, this is when we take payment"
        }
        if (priceChange(lines) && Phrases.first(text, SUM_DUE) == null && Phrases.first(text, CHARGE_NAMED) == null) {
            return true; // "the price of your plan will change from ₹499/month to ₹599/month", with nothing due
        }
        if ((Phrases.first(text, INCOMING) != null || SENT_YOU_MONEY.matcher(text).find() || receivedMoney(text)
                || RECEIVED_NORDIC.matcher(text).find()
                || Phrases.first(lines.lowerSubject(), INCOME_SUBJECT) != null) && Phrases.first(text, REFUND_WORDS) == null) {
            return true;
        }
        // An account statement says so at its top; a card notice's footer ("… im Kontoauszug ausgewiesenen
        // Umsätze") does not make it one.
        String top = String.join("\n", lines.lower.subList(0, Math.min(lines.lower.size(), 4)));
        if (Phrases.first(top, ACCOUNT_STATEMENT) != null && Phrases.first(text, SUM_DUE) == null) {
            return true;
        }
        if (Phrases.first(lines.lowerSubject(), STATEMENT_READY) != null && Phrases.first(text, ACCOUNT_BALANCE) != null
                && Phrases.first(text, SUM_DUE) == null && Phrases.first(text, CARD_BALANCE) == null) {
            return true; // "Your statement is ready … Your balance on 9 March was £1,245.80": a bank account's, nothing owed
        }
        if (Phrases.first(text, CASH_WITHDRAWAL) != null || (moneyRequest(text) && Phrases.first(text, DOCUMENT_WORDS) == null)
                || (Phrases.first(text, ATTEMPTED) != null && Phrases.first(text, BLOCKED) != null)) {
            return true; // "Retiro sin tarjeta por ₡40.000,00", "Mark Jensen has requested $60.00 USD": no one was paid
        }
        if ((Phrases.first(text, OVERDRAWN) != null || Phrases.first(lines.lowerSubject(), METER_READING) != null)
                && Phrases.first(text, SUM_DUE) == null && Phrases.first(text, Wording.ASKS_TO_PAY) == null
                && Phrases.first(text, FAILED) == null && Phrases.first(text, NOT_PAID) == null) {
            return true; // "Ihr Konto ist mit 312,40 € im Minus", "Zählerstand bitte melden … Ihr Abschlag beträgt 85,00 €"
        }
        if (Phrases.first(text, SUPPLY_STARTS) != null && Phrases.first(text, SUM_DUE) == null
                && Phrases.first(text, Wording.ASKS_TO_PAY) == null && Phrases.first(text, RENEWS) == null) {
            return true; // "Tack för avtalet! Leveransstart: 1.2.2026 … Grundavgift: 3,95 €/månad": a contract's prices, no bill yet
        }
        if (Phrases.first(text, ON_NEXT_INVOICE) != null && Phrases.first(text, REFUND_WORDS) == null
                && Phrases.first(text, SUM_DUE) == null && Phrases.first(text, Wording.ASKS_TO_PAY) == null) {
            return true; // "Extra's besteld? De aanpassing zie je op de volgende factuur": an order whose price is billed later
        }
        if (Phrases.first(text, PENSION_FORECAST) != null && Phrases.first(text, SUM_DUE) == null
                && Phrases.first(text, Wording.ASKS_TO_PAY) == null) {
            return true; // "Projected pension at age 67: £3,240 a year … There's nothing you need to do"
        }
        if (Phrases.first(lines.lowerSubject(), BALANCE_ALERT) != null && Phrases.first(text, Wording.ASKS_TO_PAY) == null) {
            return true; // "Balance Alert: your balance has reached $1,500.00": a threshold crossed, nothing asked
        }
        return Phrases.first(text, REFUND_ASKED) != null && Phrases.first(text, REFUND_DONE) == null;
    }

    /** A charge a price change's mail also names, with its day: a settlement's back-payment, a renewal's debit. */
    private static final List<String> CHARGE_NAMED = List.of("nachzahlungsbetrag", "nachzahlung von", "buchen wir am",
            "beløbet trækkes", "trækkes på dit", "beløpet trekkes", "beloppet dras", "förnyas automatiskt den", "fornyes automatisk", "sera prélevé le", "addebiteremo", "we will charge your", "we'll charge your",
            "will be charged to your", "se cargará el");

    /** Cash taken from a machine or counter: the reader's own money, paid to no one. */
    private static final List<String> CASH_WITHDRAWAL = List.of("cash withdrawal", "atm withdrawal", "cardless withdrawal",
            "retiro sin tarjeta", "retiro de efectivo", "retiro en cajero", "retiro por", "reintegro en cajero", "reintegro de efectivo", "retirada de efectivo",
            "retirada en cajero", "disposición de efectivo", "levantamento de numerário", "saque realizado", "saque no valor",
            "bargeldabhebung", "bargeldauszahlung", "geldautomat abgehoben", "retrait d'espèces", "retrait d’espèces",
            "retrait au distributeur", "prelievo di contanti", "prelievo contanti", "prelievo bancomat", "geldopname",
            "kontantuttag", "uttag i bankomat", "kontantuttak", "uttak i minibank", "uttak fra minibank", "kontanthævning", "wypłata z bankomatu", "wypłata gotówki", "výběr z bankomatu",
            "výběr hotovosti", "nakit çekim", "para çekme", "現金引き出し", "出金のお知らせ", "提现", "提現",
            // Money moved between the reader's own accounts.
            "transfer to savings", "to your savings account", "to savings account", "between your accounts", "internal transfer",
            "umbuchung", "übertrag auf", "virement interne", "traspaso entre cuentas", "transferência entre contas",
            "overboeking naar je spaarrekening", "naar je spaarrekening", "to your account from your card",
            // A hold on a card, released later: nothing is paid with it.
            "pre-authorization hold", "preauthorization hold", "pre-authorisation hold", "authorization hold", "authorisation hold",
            "vorautorisierung", "préautorisation", "preautorización");
    /** A purchase tried and stopped by the bank: "un intento de compra de 899,00 €" and a card blocked. */
    private static final List<String> ATTEMPTED = List.of("intento de compra", "attempted purchase", "attempted transaction",
            "attempted charge", "tentative d'achat", "tentative de paiement", "tentativa de compra", "tentativo di acquisto",
            "versuchte zahlung", "zahlungsversuch");
    private static final List<String> BLOCKED = List.of("bloqueado", "bloqueada", "blocked", "gesperrt", "bloquée", "bloqué",
            "bloccata", "bloccato", "geblokkeerd");
    /** A person asking the reader for money, which is not paid until the reader pays it. */
    private static final java.util.regex.Pattern MONEY_REQUEST = java.util.regex.Pattern.compile(
            "\\b(?:has|have) requested\\s+(?:\\p{Sc}\\s?|[a-z]{3}\\s?)?\\d|\\bmoney request\\b|\\brequest(?:ed)? money\\b"
                    + "|\\bstuurt je een tikkie\\b|\\bvraagt (?:je )?€|\\bte ha solicitado\\b|\\bhat (?:dich|sie) um \\d");
    /** Whether {@link #MONEY_REQUEST} finds a request, after a cheap test for its words. */
    private static boolean moneyRequest(String text) {
        return (text.contains("request") || text.contains("tikkie") || text.contains("vraagt") || text.contains("solicitado")
                || text.contains(" um ")) && MONEY_REQUEST.matcher(text).find();
    }

    /** A payment the overdraft stopped, which is a failed payment, not the overdraft's notice. */
    private static final List<String> NOT_PAID = List.of("could not be paid", "couldn't be paid", "could not be collected",
            "returned unpaid", "was returned", "nicht eingelöst", "konnte nicht", "n'a pas pu", "no se ha podido", "non è stato possibile");
    /** An account in the red: its debt, not a bill. */
    private static final List<String> OVERDRAWN = List.of("im minus", "is overdrawn", "are overdrawn", "account overdrawn",
            "en descubierto", "à découvert", "in rosso", "rood staat", "rood staan", "saldo negativo", "saldo devedor",
            "dispositionskredit", "dispokredit");
    /** Subjects that ask for a meter reading, which a utility's mail may send with the monthly sum beside it. */
    private static final List<String> METER_READING = List.of("zählerstand", "meter reading", "relevé de compteur",
            "relève de compteur", "lectura del contador", "meterstand", "lettura del contatore", "leitura do contador",
            "mätarställning", "målerstand", "odczyt licznika");
    /** What a new energy or telecom contract's confirmation names: the day supply starts. */
    private static final List<String> SUPPLY_STARTS = List.of("leveransstart", "lieferbeginn", "début de fourniture",
            "inicio del suministro", "startdatum levering", "toimitus alkaa", "toimituksen alkamispäivä", "leveringsstart",
            "supply start date", "supply starts on");
    /** What an order of an extra says when its price comes on a later bill. */
    private static final List<String> ON_NEXT_INVOICE = List.of("zie je op de volgende factuur", "op je volgende factuur",
            "on your next invoice", "on your next bill", "auf ihrer nächsten rechnung", "auf deiner nächsten rechnung",
            "sur votre prochaine facture", "en tu próxima factura", "en su próxima factura", "nella prossima fattura",
            "på din nästa faktura", "på din neste faktura");
    /** What a pension's yearly statement or forecast shows: what the reader will get, not pay. */
    private static final List<String> PENSION_FORECAST = List.of("projected pension", "pension built up", "plan value at",
            "voraussichtliche rente", "voraussichtliche altersrente", "prognostiserad pension", "din pensionsprognos",
            "pension estimée", "pensione stimata", "verwacht pensioen");
    /** Subjects of an alert that a card's or account's balance crossed a level the reader set. */
    private static final List<String> BALANCE_ALERT = List.of("balance alert", "low balance", "balance notice", "saldo bajo",
            "saldo baixo", "niedriger kontostand", "solde faible", "solde bas", "balance has reached", "balance reached",
            "balance is over", "balance exceeded", "balance has exceeded", "saldo-alarm", "saldoalarm", "alerte de solde",
            "alerta de saldo", "avviso saldo", "lav saldo", "låg saldo", "lavt saldo", "balance is below", "balance is under",
            "balance fell below", "balance has fallen below", "balance dropped below", "saldo onder", "saldo unter", "alhainen saldo",
            "kontostand liegt unter", "kontostand unter", "kontostand ist unter");
    /** Money that came in, or a charge refused: neither is a payment the reader made. */
    private static final List<String> MONEY_IN = List.of("credited", "received", "deposit", "deposited", "incoming", "gutschrift",
            "zahlungseingang", "eingegangen", "recebido", "recebeu", "abono", "recibido", "reçu", "crédité", "accredito",
            "bijgeschreven", "ontvangen", "wpływ", "przychodzący", "declined", "rejected");
    /** Account security: a notice about signing in, whatever sum it shows. */
    private static final List<String> SECURITY = List.of("security code", "sign-in", "sign in", "login", "password",
            "verify your account", "confirm your identity", "unusual activity", "suspicious activity", "本人確認");

    /** Bank footers that warn about codes rather than send one: "never share your OTP", "conducted without OTP". */
    private static final java.util.regex.Pattern CODE_WARNING = java.util.regex.Pattern.compile(
            "\\b(?:without|never share|do not share|don't share|not to share|never disclose|do not disclose|never ask(?:s)? for)"
                    + "\\s+(?:[^.]{0,30}?\\b)?(?:otp|one[- ]time password)"); // "Do not share your UPI PIN, OTP or password"

    /** Whether {@code text} is about a one-time code, footers' warnings aside. */
    private static boolean oneTimeCode(String text) {
        return Phrases.first(CODE_WARNING.matcher(text).replaceAll(" "), ONE_TIME_CODE) != null;
    }

    /**
     * A short bank or card notice that has no wording we know but the shape of one: a masked card or
     * account number ("A/c 220XXXXXX881904", "card ending 1234") and exactly one sum that is not a
     * balance, limit or threshold. What was paid, from that account, in whatever language.
     */
    private static AmountPicker.Candidate maskedAlert(MessageLines lines, Wording.Verdict wording) {
        if (wording.marketing() > 0) {
            return null;
        }
        // The cheap test first: most mail with money in it has more than one sum.
        AmountPicker.Candidate only = AmountPicker.onlyAmount(lines.lines, lines.lower);
        if (only == null || AmountPicker.balanceLabel(lines.lower.get(only.line()), only.money().start())) {
            return null;
        }
        if (!AmountPicker.namesMaskedAccount(lines.lowerText() + "\n" + lines.lowerSubject()) || knownNoPayment(lines)) {
            return null;
        }
        return new AmountPicker.Candidate(only.money(), AmountPicker.STRONG, only.line(), only.field());
    }

    /**
     * The merchant's descriptor on an alert's amount line, which banks print in capitals whatever the
     * language around it: "Köp med kort ****1234: 129,00 kr hos ICA NARA HOGDALEN." The longest run of
     * capitalised words outside the amount, or null.
     */
    static String capitalRun(String line, Money money) {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (String word : (line.substring(0, money.start()) + " \u0000 " + line.substring(money.end())).split("\\s+")) {
            String closed = word.replaceAll("[.,;:!?)\"'»”]+$", "");
            String bare = closed.replaceAll("^[(\"'«“]+", "");
            boolean capital = bare.chars().anyMatch(Character::isUpperCase) && bare.chars().noneMatch(Character::isLowerCase)
                    && bare.chars().filter(Character::isLetter).count() >= 2 && !bare.matches("(?i).*(x{2,}|\\*{2,}).*")
                    && !(bare.length() == 3 && MoneyScanner.mentionsMoney("1 " + bare));
            // a store code inside the descriptor: "ŻABKA Z1234 WARSZAWA"
            boolean code = !run.isEmpty() && bare.chars().anyMatch(Character::isDigit) && bare.chars().noneMatch(Character::isLowerCase);
            if (!(capital || code) || closed.length() != bare.length()) {
                best = run.length() > best.length() ? run.toString() : best; // a word that is no part of it, or opens a quote
                run.setLength(0);
            }
            if (capital || code) {
                run.append(run.isEmpty() ? "" : " ").append(bare);
            }
            if (word.length() != closed.length()) {
                best = run.length() > best.length() ? run.toString() : best; // the run ends at a stop or a closing quote
                run.setLength(0);
            }
        }
        best = run.length() > best.length() ? run.toString() : best;
        if (best.length() < 3) {
            return null;
        }
        String name = PayeeNames.ofDescriptor(best);
        return usable(name) ? name : null;
    }

    /** Whether a word stands right before {@code phrase} in {@code label}: "recurring payment amount". */
    private static boolean qualified(String label, String phrase) {
        String before = label.substring(0, Math.max(0, label.indexOf(phrase))).stripTrailing();
        return !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1));
    }

    /**
     * The wording of a message that names no kind of payment document but plainly states a total
     * ("Order total: €54.20", "Amount due: $80.00") and has no marketing: a receipt, or a bill when
     * the total is due. Null when it is no such message.
     */
    private static Wording.Verdict unworded(MessageLines lines, Wording.Verdict wording) {
        if (wording.marketing() > 0) {
            return null;
        }
        if (Wording.aboutOrderNotPayment(lines.lowerSubject(), lines.lowerText(), null)) {
            return null;
        }
        String text = lines.lowerText() + "\n" + lines.lowerSubject();
        if (nothingPaid(text)) {
            return null; // "Ihr Limit wurde geändert", "利用限度額変更のお知らせ": a sum that nobody pays
        }
        AmountPicker.Candidate amount = AmountPicker.pick(lines.lines, lines.lower, null);
        if (amount == null || amount.score() != AmountPicker.STRONG) {
            return null;
        }
        String low = lines.lower.get(amount.line());
        String label = low.substring(Math.max(0, amount.money().start() - 40), amount.money().start());
        if (label.isBlank() && amount.line() > 0) {
            label = lines.lower.get(amount.line() - 1);
        }
        String total = Phrases.first(label, TOTALS);
        if (total == null || (total.endsWith(" amount") && qualified(label, total))) {
            return null; // "Transaction amount: INR 1840.00" is the sum paid; a "Recurring Payment Amount" is only a price
        }
        PaymentKind kind = total.contains("due") ? PaymentKind.BILL
                : total.startsWith("transaction") || total.startsWith("payment") ? PaymentKind.PAYMENT_CONFIRMATION : PaymentKind.RECEIPT;
        return new Wording.Verdict(1, 0, kind, 0);
    }

    /** Labels that say their amount has been paid: "Amount paid: $12.00", "Valor pago: 420,00". */
    private static final List<String> PAID_LABELS = List.of("amount paid", "total paid", "you paid", "paid amount",
            "valor pago", "importe pagado", "monto pagado", "montant payé", "importo pagato", "bezahlter betrag", "betaald bedrag");

    /**
     * An invoice whose amount is marked paid ("$33.98 Paid", "€12.00 paid on 3 May") or labelled as
     * paid ("Valor pago: 420,00") is a receipt.
     */
    private static boolean markedPaid(MessageLines lines, AmountPicker.Candidate amount) {
        String label = lines.lower.get(amount.line()).substring(0, Math.min(amount.money().start(), lines.lower.get(amount.line()).length()));
        if (Phrases.first(label, PAID_LABELS) != null) {
            return true;
        }
        for (int i = 0; i < lines.lower.size(); i++) {
            String low = lines.lower.get(i);
            if (!MoneyScanner.mentionsMoney(low)) {
                continue;
            }
            for (Money m : MoneyScanner.scan(lines.lines.get(i))) {
                if (m.amount().compareTo(amount.money().amount()) == 0) {
                    String rest = low.substring(m.end()).stripLeading();
                    if (rest.startsWith("paid") && (rest.length() == 4 || !Character.isLetter(rest.charAt(4)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A number with two decimals ending a line, as a total written with no currency ends it: "Valor pago: 420,00". */
    /**
     * Whether the message ends a line with a total written without its currency ("Amount due: 250.00"), in
     * its text or in a row of its HTML ("Total | 45.00"). The HTML is read only when a bare sum ends a line.
     */
    private static boolean bareTotal(ParsedMessage parsed) {
        if (!bareSum(parsed.text())) {
            return false;
        }
        return AmountPicker.hasBareTotal(parsed.text()) || (parsed.html() != null
                && AmountPicker.hasBareTotal(String.join("\n", MessageLines.ofHtml(parsed).lines)));
    }

    private static boolean bareSum(String text) {
        if (text == null) {
            return false;
        }
        // By hand, line end by line end: this runs on every message that names no currency.
        for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', end + 1)) {
            int e = end < 0 ? text.length() : end;
            while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t' || text.charAt(e - 1) == '\r')) {
                e--;
            }
            if (e >= 4 && isAsciiDigit(text.charAt(e - 1)) && isAsciiDigit(text.charAt(e - 2))
                    && (text.charAt(e - 3) == '.' || text.charAt(e - 3) == ',') && isAsciiDigit(text.charAt(e - 4))) {
                return true;
            }
            if (end < 0) {
                return false;
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Mailboxes anyone can open: mail from them is a person's unless it says it is a document. */
    private static final java.util.Set<String> PERSONAL_DOMAINS = java.util.Set.of("gmail.com", "googlemail.com", "yahoo.com",
            "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it", "yahoo.com.br", "yahoo.co.jp", "yahoo.com.mx", "ymail.com",
            "hotmail.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.es", "hotmail.it", "outlook.com", "outlook.de",
            "outlook.fr", "outlook.es", "live.com", "live.co.uk", "live.fr", "live.nl", "msn.com", "aol.com", "icloud.com", "me.com",
            "mac.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com", "web.de", "t-online.de", "freenet.de", "orange.fr",
            "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "proton.me",
            "protonmail.com", "pm.me", "yandex.ru", "yandex.com", "mail.ru", "qq.com", "163.com", "126.com", "naver.com",
            "daum.net", "hanmail.net", "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "ziggo.nl", "kpnmail.nl",
            "telenet.be", "skynet.be", "bluewin.ch", "uol.com.br", "bol.com.br", "terra.com.br", "rediffmail.com", "comcast.net",
            "verizon.net", "att.net", "sbcglobal.net", "bigpond.com", "optusnet.com.au", "btinternet.com", "sky.com",
            "virginmedia.com", "ntlworld.com", "fastmail.com", "hey.com", "posteo.de", "mailbox.org", "tutanota.com", "tuta.io");
    /** Words that split a cost among people. */
    private static final List<String> SHARE = List.of("your share", "my share", "each of us", "per person", "per head", "split it",
            "split the", "chacun", "chacune", "par personne", "pro person", "pro kopf", "jeder zahlt", "cada uno", "por persona",
            "a testa", "ciascuno", "per persoon", "ieder betaalt", "var och en", "hver især", "cada um", "por pessoa",
            "na osobę", "kişi başı", "settle up", "pay me back", "paying me back", "each if it's", "each if we", "apiece", "their share", "all squared",
            "nobody owes");
    /** Words of a document: a person who sends an invoice or a receipt from such a mailbox names it. */
    private static final List<String> DOCUMENT_WORDS = Stream.concat(Wording.INVOICE_NAMED.stream(), Stream.of("receipt", "quittung",
            "faktúra", "recibo", "ricevuta", "reçu", "kvitto", "kvittering", "order number", "order no", "bestellnummer",
            "numéro de commande", "領収書", "发票", "發票")).toList();

    private static boolean personal(ParsedMessage parsed) {
        String domain = senderDomain(parsed);
        return domain != null && PERSONAL_DOMAINS.contains(domain.toLowerCase(java.util.Locale.ROOT));
    }

    private static String senderDomain(ParsedMessage parsed) {
        return parsed.from().isEmpty() ? null : parsed.from().getFirst().domain();
    }

    /** A currency sign written as an HTML entity: {@code &euro;}, {@code &#8364;}, {@code &#x20AC;}, {@code &#36;}. */
    private static final java.util.regex.Pattern MONEY_ENTITY = java.util.regex.Pattern.compile(
            "&(?:euro|pound|yen|dollar|curren);|&#(?:36|163|165|8364|8377|8361|8369|8363|8362|8381|8378|3647);"
                    + "|&#x(?:24|a3|a5|20ac|20b9|20a9|20b1|20ab|20aa|20bd|20ba|e3f);",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static boolean anyMoney(ParsedMessage parsed) {
        if ((parsed.subject() != null && MoneyScanner.mentionsMoney(parsed.subject()))
                || (parsed.text() != null && MoneyScanner.mentionsMoney(parsed.text()))) {
            return true;
        }
        for (Attachment a : parsed.attachments()) {
            if (a.text() != null && MoneyScanner.mentionsMoney(a.text())) {
                return true;
            }
        }
        // A text part that only says "view this mail in your browser", over HTML that holds the receipt.
        return parsed.html() != null && (MoneyScanner.mentionsMoney(parsed.html()) || MONEY_ENTITY.matcher(parsed.html()).find())
                && MessageLines.ofHtml(parsed).lines.stream().anyMatch(MoneyScanner::mentionsMoney);
    }

    /** Words that put the merchant right after them in a card or account notice. */
    private static final List<String> MERCHANT_BEFORE = List.of(" at ", " @ ", " towards ", "info: ", " utilizada en ",
            " realizada en ", " em ", " en ", " paid to ", "refund-", "refund from ", " transaction with ", " bei ", " voor ",
            " в магазине ", " to ");
    /** Words that end the merchant's descriptor. */
    private static final List<String> MERCHANT_AFTER = List.of(" on ", " from ", " using ", " el ", " via ", " por ", ". ", " with ",
            " avl ", " for ", " has been ", " was ", " em ", " às ", " con tu ", " con su ", " bezahlt", " am ", " по ");

    /** Words that end the name of whom a transfer went to: "… to Mei Ling Tan on 7 May at 11:48". */
    private static final List<String> TRANSFER_AFTER = Stream.concat(MERCHANT_AFTER.stream(), Stream.of(" at ", " ref", " ("))
            .toList();

    /** A card alert's charge line: "A charge of ($USD) 7.84 at Pine Street Bakery has been authorized". */
    private static boolean isChargeAt(String low) {
        return (low.contains("charge of ") || low.contains("purchase of ") || low.contains("payment of ")
                || low.contains("transaction of ") || low.contains("the amount of "))
                && (low.contains(" at ") || low.contains(" towards ")) || PAYMENT_OF_TO.matcher(low).find();
    }

    /** "A payment of £30.00 to Thames Water has been made": the payee straight after the sum. */
    private static final java.util.regex.Pattern PAYMENT_OF_TO = java.util.regex.Pattern.compile(
            "\\bpayment of \\S{0,4}\\d[\\d.,]*(?: ?[a-z]{3})? to (?!your |the |you |us |our |my )\\p{L}");

    /**
     * The merchant of a card or account notice ("Rs.120.00 spent on card xx12 at STARBUCKS on 07-01-26"),
     * which its sender, the bank, is not; null when the line with the amount is no such notice.
     */
    private static String merchantOfCardNotice(MessageLines lines, int amountLine) {
        if (amountLine < 0 || amountLine >= lines.lower.size()) {
            return null;
        }
        String low = lines.lower.get(amountLine);
        String line = lines.lines.get(amountLine);
        boolean english = low.startsWith("paid ") || low.startsWith("you paid ");
        if (english || low.startsWith("pagaste ") || low.startsWith("pagou ") || low.startsWith("você pagou ")) {
            // A wallet's notice: "Paid Rs.450.00 to Dominos Pizza on PhonePe", "Pagaste $20.000 a UBER desde tu Nequi".
            String toWord = english ? " to " : low.startsWith("pagaste ") ? " a " : " para ";
            int to = low.indexOf(toWord);
            int end = low.length();
            for (String after : english ? List.of(" on ", " with ", " using ", " via ")
                    : List.of(" desde ", " con ", " el ", " en ", " com ", " em ", " no dia ", " pelo ")) {
                int e = to < 0 ? -1 : low.indexOf(after, to + toWord.length());
                end = e > 0 ? Math.min(end, e) : end;
            }
            String name = to < 0 ? "" : PayeeNames.clean(line.substring(to + toWord.length(), end).replaceAll("[.]$", ""));
            if (!english && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                name = PayeeNames.ofDescriptor(name); // "UBER" is Uber
            }
            return usable(name) ? name : null;
        }
        if (!AmountPicker.isTransactionLine(low) && !isChargeAt(low)) {
            return null;
        }
        boolean transfer = AmountPicker.isTransferOut(low);
        for (String before : transfer ? List.of(" to ") : byPosition(low)) {
            int at = low.indexOf(before);
            if (at < 0) {
                continue;
            }
            int from = at + before.length();
            int end = low.length();
            for (String after : transfer ? TRANSFER_AFTER : MERCHANT_AFTER) {
                int e = low.indexOf(after, from);
                if (e > from && e < end) {
                    end = e;
                }
            }
            String name = PayeeNames.ofDescriptor(line.substring(from, end).replace('*', ' '));
            if (usable(name) && !name.matches("(?i)(a/c|card|your |x{2,}|\\*|\\d).*") && !VERB_AFTER_TO.matcher(name).matches()) {
                return name; // not "XXXX fue utilizada en …" after "terminada en", nor "process the fee" after "able to"
            }
        }
        return null;
    }

    /** A verb after " to ", which makes it no payee: "We weren't able to process the subscription fee of $34.99". */
    private static final java.util.regex.Pattern VERB_AFTER_TO = java.util.regex.Pattern.compile(
            "(?i)(process|pay|charge|complete|collect|take|update|make|use|be|have|try|renew|debit|do|go|see|know|get|keep|help)\\b.*");

    /**
     * The words of {@link #MERCHANT_BEFORE} in the order they stand in {@code low}: the merchant follows
     * the first of them ("payment of Rs. 1,234.00 towards Ramesh Traders … at 04:30 p.m."); " to ", which
     * also stands in "used to pay", comes last whatever its place.
     */
    private static List<String> byPosition(String low) {
        List<String> words = new ArrayList<>(MERCHANT_BEFORE);
        words.sort(Comparator.comparingInt((String w) -> w.equals(" to ") ? Integer.MAX_VALUE
                : low.indexOf(w) < 0 ? Integer.MAX_VALUE - 1 : low.indexOf(w)));
        return words;
    }

    /** Whether {@code name} can be a payee: short, not an address (a handle such as "@artbyelena" is a name), no sum in it. */
    private static boolean usable(String name) {
        return !name.isEmpty() && name.length() <= 40 && name.indexOf('@') <= 0 && MoneyScanner.scan(name).isEmpty();
    }

    /** Subject wording of a payment service that names where the money went: "You sent a payment to Kiteway". */
    private static final List<String> PAID_TO = List.of("sent a payment to ", "authorised a payment to ",
            "authorized a payment to ", "receipt for your payment to ", "your payment to ", "payment sent to ", "your transfer to ",
            "you sent money to ", "money sent to ", "payment request from ");
    /** "Invoice INV-2026-031 from Brightline Studio", "Your receipt from Northwind [#1234]": the document's issuer after "from". */
    private static final java.util.regex.Pattern DOCUMENT_FROM = java.util.regex.Pattern.compile(
            "^(?:(?:re|fwd?):\\s*)?(?:your |a |new )?(?:invoice|receipt|bill|rechnung|facture|factura|fattura)\\b[^:]{0,25}?\\b(?:from|von) ");
    /** "Brightline Studio sent you an invoice": the sender of the document, in front of these words. */
    private static final List<String> SENT_YOU = List.of(" sent you an invoice", " has sent you an invoice", " sent you a bill",
            " sent you a payment request", " has sent you a payment request", " requested a payment", " is requesting payment");

    /**
     * The payee a payment service's subject names ("Receipt for your payment to Kiteway Travel Ltd"):
     * the service that sends the mail is not where the money went. Null when the subject names none.
     */
    private static String payeeOfPaymentSubject(String subject, String lowerSubject) {
        if (lowerSubject.startsWith("you paid ")) {
            // A wallet's "You paid Alex Sample $12.34": whom, then how much.
            List<Money> sums = MoneyScanner.mentionsMoney(subject) ? MoneyScanner.scan(subject) : List.of();
            if (sums.size() == 1 && sums.getFirst().start() > 9) {
                String name = PayeeNames.clean(subject.substring(9, sums.getFirst().start()));
                if (usable(name)) {
                    return name;
                }
            }
        }
        for (String phrase : SENT_YOU) {
            int at = lowerSubject.indexOf(phrase);
            if (at > 0) {
                String name = PayeeNames.clean(subject.substring(0, at).replaceFirst("^(?i)(re|fwd?):\\s*", ""));
                if (usable(name) && name.length() <= 40) {
                    return name;
                }
            }
        }
        for (String phrase : PAID_TO) {
            int at = Phrases.find(lowerSubject, phrase, 0);
            String name = at < 0 ? null : nameAt(subject, at + phrase.length());
            if (name != null) {
                return name;
            }
        }
        java.util.regex.Matcher document = DOCUMENT_FROM.matcher(lowerSubject);
        return document.find() ? nameAt(subject, document.end()) : null;
    }

    /** The name that starts at {@code start} of a subject and runs to its number, date or next clause, or null. */
    private static String nameAt(String subject, int start) {
        String rest = subject.substring(start);
        if (rest.isEmpty() || Character.isDigit(rest.charAt(0)) || DateScanner.startsWithMonth(rest)) {
            return null; // "Your receipt from 2 March", "Invoice from March"
        }
        int end = rest.length();
        for (String stop : List.of(" #", " (", " - ", " – ", ":", " for ", " of ", "(", " is ", " has ", " was ", "!", " due ", " on ", " [", " ref")) {
            int e = rest.indexOf(stop);
            if (e > 0 && e < end) {
                end = e;
            }
        }
        String name = PayeeNames.clean(rest.substring(0, end).strip().replaceAll("[.!?,;]+$", ""));
        return usable(name) ? name : null;
    }

    /** Headings of the part of a payment proof that describes who was paid, over its "Nome:" or "Name:" field. */
    private static final List<String> RECIPIENT_HEADINGS = List.of("dados do recebedor", "dados do favorecido", "dados do destinatário",
            "recebedor", "favorecido", "destinatário", "datos del beneficiario", "beneficiario", "recipient details",
            "beneficiary details", "payee details", "recipient", "beneficiary", "empfänger", "bénéficiaire", "destinataire");
    private static final List<String> NAME_FIELDS = List.of("nome:", "name:", "nombre:", "nom:");

    /** The name under a "Dados do recebedor" heading of a payment proof: who the money went to, not who sent it. */
    private static String recipientSection(MessageLines lines) {
        for (int i = 0; i < lines.lower.size(); i++) {
            String heading = lines.lower.get(i).strip().replaceAll("[:：]$", "");
            if (heading.length() > 30 || Phrases.first(heading, RECIPIENT_HEADINGS) == null) {
                continue;
            }
            for (int j = i + 1; j < lines.lower.size() && j <= i + 3; j++) {
                String low = lines.lower.get(j).strip();
                String field = Phrases.first(low, NAME_FIELDS);
                if (field != null && low.startsWith(field)) {
                    String name = PayeeNames.clean(lines.lines.get(j).strip().substring(field.length()).replace('\t', ' '));
                    if (usable(name)) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    private static String payee(MessageLines lines, EmailAddress from, PaymentKind kind) {
        for (int i = 0; i < lines.lower.size(); i++) {
            String low = lines.lower.get(i);
            String label = Phrases.first(low, MERCHANT_FIELDS);
            if (label != null && (label.equals("to:") || label.equals("para:") || label.equals("destino"))
                    && kind != PaymentKind.PAYMENT_CONFIRMATION) {
                continue; // a trip's drop-off or a forwarded header, unless a bank or wallet says whom it paid
            }
            if (label == null && low.startsWith("account name:") && kind == PaymentKind.PAYMENT_CONFIRMATION
                    && (lines.lowerText().contains("to account") || lines.lowerText().contains("to bank"))) {
                label = "account name:"; // a transfer's recipient, under "To Bank:" and "To Account:"
            }
            if (label != null && low.indexOf(label) <= 2) {
                String value = lines.lines.get(i).substring(low.indexOf(label) + label.length()).replaceFirst("^[\\s*:：]+", "");
                if (value.isBlank() && i + 1 < lines.lines.size()) {
                    value = lines.lines.get(i + 1); // "Transaction Description:" over "TIM HORTONS #0000"
                }
                String name = PayeeNames.ofDescriptor(value.replace('\t', ' ').replace('*', ' '));
                if (usable(name) && !Character.isDigit(name.charAt(0))) {
                    return name;
                }
            }
        }
        String recipient = recipientSection(lines);
        if (recipient != null) {
            return recipient;
        }
        for (int i = 0; i < lines.lower.size(); i++) {
            String label = Phrases.first(lines.lower.get(i), PAYEE_LABELS);
            if (label != null) {
                int at = lines.lower.get(i).indexOf(label) + label.length();
                String name = PayeeNames.clean(lines.lines.get(i).substring(at).replace('\t', ' '));
                if (usable(name)) {
                    return name;
                }
            }
        }
        if (from == null) {
            return PayeeNames.UNKNOWN;
        }
        String signed = PayeeNames.signedBusiness(from.name(), from.address(), lines.withoutAttachments());
        return signed != null ? signed : PayeeNames.of(from.name(), from.address());
    }

    private static double confidence(Wording.Verdict wording, AmountPicker.Candidate amount, String payee, boolean reference,
            boolean dated) {
        double c = 0.35;
        c += Math.min(0.2, 0.04 * wording.weight());
        c += amount.score() >= AmountPicker.STRONG ? 0.2 : 0.08;
        c += wording.subjectWeight() > 0 ? 0.1 : 0;
        c += PayeeNames.UNKNOWN.equals(payee) ? 0 : 0.05;
        c += reference ? 0.05 : 0;
        c += dated ? 0.04 : 0;
        c -= 0.1 * Math.min(3, wording.marketing());
        return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100.0));
    }

    /** The Content-Language header value, or null. */
    static String contentLanguage(byte[] header) {
        if (header == null) {
            return null;
        }
        String h = new String(header, 0, Math.min(header.length, HEADER_PEEK), StandardCharsets.ISO_8859_1);
        int end = h.indexOf("\r\n\r\n");
        end = end < 0 ? h.indexOf("\n\n") : end;
        String head = MessageLines.lowerSameLength(end < 0 ? h : h.substring(0, end));
        int at = head.startsWith("content-language:") ? 0 : head.indexOf("\ncontent-language:") + 1;
        if (at <= 0 && !head.startsWith("content-language:")) {
            return null;
        }
        int from = at + "content-language:".length();
        int eol = head.indexOf('\n', from);
        String value = head.substring(from, eol < 0 ? head.length() : eol).strip();
        int comma = value.indexOf(',');
        return comma < 0 ? value : value.substring(0, comma).strip();
    }
}
