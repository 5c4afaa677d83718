package dev.mailroom.extract.internal.reading;

import dev.mailroom.extract.internal.dates.DateScanner;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the due date: only a date labelled as due, payable, to be charged, debited or collected, or
 * the day a subscription renews. The invoice date, the order date and the delivery date are not due
 * dates. Relative dates ("due in 5 days", "by Friday") are resolved against the message's day.
 */
final class DueDates {

    private static final int REACH = 60;
    private static final int RELATIVE_REACH = 40;

    /** The day the next charge falls, which a bill and a receipt both state: "Next billing date", "次回請求日". */
    private static final List<String> NEXT_CHARGE = List.of("next renewal date", "next renewal",
            "prochaine date de facturation", "prochain prélèvement le", "nächstes abrechnungsdatum", "nächste zahlung am",
            "nächste zahlung", "próxima fecha de facturación", "prossimo addebito", "data del prossimo addebito",
            "volgende betaling", "volgende factuurdatum", "volgende incasso", "nästa betalning", "nästa dragning",
            "neste betaling", "næste betaling", "次回請求日", "次回のご請求日", "次回お支払日", "次回引落日", "다음 결제일", "다음 결제 예정일", "下次扣款日期",
            "下次扣款日", "下次付款日期", "następna płatność", "kolejna płatność", "seuraava veloitus", "příští platba", "next payment:", "payment is scheduled for", "payment scheduled for", "scheduled to be paid on", "next payment is on", "next payment will be on", "next payment is due on", "next billing is on",
            "next charge is on", "next charge will be on", "renouv. le", "renouvellement le", "se renueva el", "si rinnova il",
            "verlengt op", "renova em", "갱신 날짜", "갱신일", "续费日期", "次回課金日",
            "次回更新日", "次回決済日", "次回引き落とし日", "次回お引き落とし日");

    /** {@link #NEXT_CHARGE}, then {@code labels}. */
    private static List<String> withNextCharge(String... labels) {
        return java.util.stream.Stream.concat(NEXT_CHARGE.stream(), java.util.Arrays.stream(labels)).toList();
    }

    /** Labels followed by an absolute or relative date. */
    private static final List<String> LABELS = withNextCharge("due date", "due on", "due by", "is due", "are due", "due:",
            "due ", "payable by", "payable on", "payable until", "pay by", "payment due", "please pay", "to be paid by",
            "zahlbar bis", "zahlbar am", "zahlbar innert", "zahlbar", "fällig am", "fällig", "faellig", "zahlungsfrist",
            "zahlungsziel", "bis zum", "bitte überweisen", "à payer avant", "à régler avant", "date d'échéance", "échéance",
            "avant le", "da pagare entro", "dovuto il", "dovuto entro", "dovuto", "scadenza", "com vencimento em",
            "data scadenței", "scadență", "scadenta", "fizetési határidő", "határidő", "eräpäivä", "термін оплати",
            "сплатити до", "מועד תשלום", "अंतिम तिथि", "pay before", "payment deadline", "deadline", "must be paid by",
            "fälligkeitsdatum", "spätestens am", "spätestens bis", "spätestens", "date limite de paiement", "date limite",
            "pagar hasta", "data limite", "förfaller", "forfalder", "forfaller", "срок оплаты", "оплатить до", "납부기한",
            "납부 기한", "付款期限", "缴费截止", "datum splatnosti", "dátum splatnosti", "splatnost", "gelieve voor", "son ödeme tarihi",
            "hạn thanh toán", "กำหนดชำระ", "fecha límite de pago", "fecha limite de pago", "fecha límite", "pagar antes del",
            "data de venciment", "venciment", "ครบกำหนดชำระ", "วันครบกำหนด", "تاريخ الاستحقاق", "regularização até",
            "regularizacao ate", "pagamento até", "pagar até", "pague até", "vence em", "vence el", "vencimento em",
            "betalingstermijn", "uiterlijk op", "uiterlijk", "お支払い期日", "お支払期日", "支払期日", "お支払い期限", "お支払期限", "支払期限", "期日",
            "jatuh tempo", "batas pembayaran", "entro il", "fecha de vencimiento", "vencimiento", "antes del", "renews on",
            "renewed on", "next billing date", "next payment date", "next charge date", "next charge on", "be renewed on",
            "renews automatically on", "renew on", "renews", "renewal date", "will renew on", "will be charged on",
            "will be charged", "charged on", "charge your card", "charge your", "will be debited", "to be debited",
            "to be charged", "debited on", "on or just after", "on or after", "on or by", "on or before", "collect",
            "abgebucht am", "wird am", "abbuchung am", "prélevé le", "prélevée le", "prélevés le", "prélèvement le",
            "addebitato il", "con data valuta", "renouvelé le", "verlängert sich am", "payment date", "zahlungsdatum", "due in", "within",
            "renew in", "renews in", "renewed in", "betalen vóór", "betalen voor", "vervaldatum", "förfallodatum",
            "forfallsdato", "forfaldsdato", "termin płatności", "data de vencimento", "vencimento", "fecha de cargo",
            "se cargará el", "data di addebito", "data addebito", "addebito il", "verrà addebitato", "verrà addebitata",
            "sarà addebitato", "sarà addebitata", "sera prélevé sur", "sera prélevée sur", "sera prélevé le", "date de prélèvement",
            "schrijven dit bedrag", "bedrag rond", "termijnbedrag rond", "wordt afgeschreven", "we schrijven", "schrijven het bedrag", "wordt rond",
            "afschrijving op", "incasso op", "wird abgebucht", "abbuchungsdatum", "será debitado em", "débito em",
            "dras den", "dras från", "trækkes den", "trekkes den", "scade il", "scadrà il", "in scadenza il",
            "last day to pay", "must be received by", "autopay is scheduled for", "will be processed on", "next payment:",
            "sista betalningsdag", "betalingsfrist", "uiterste betaaldatum", "付款截止日期", "截止日期", "sera effectué le",
            "no later than", "will be made on", "scheduled for", "innerhalb von", "binnen", "en tu cuenta el",
            "en su cuenta el", "wij schrijven", "op of rond", "op of omstreeks", "förfallodag", "betalingsdag", "do dnia",
            "引落日", "引き落とし日", "お引落日", "振替日", "还款日",
            // Pre-notifications of a debit counted in days: "Je volgende betaling is over 5 dagen", "das nächste Mal in zwei Tagen"
            "prochain prélèvement", "próximo cargo", "das nächste mal", "w ciągu", "przez najbliższe", "charge you", "trial ends on",
            "régler sous", "payable sous", "paiement sous", "pagamento a", "betalningsvillkor", "betalingsbetingelser", "betalingsvilkår",
            "maksuehto", "maksuehdot", "délai de paiement", "délai de règlement", "maksetähtpäev", "應付總額", "应付总额",
            "verlängert sich automatisch in", "verlängert sich in", "se renouvelle dans", "se renouvellera dans", "se renueva en",
            "se renovará en", "si rinnova tra", "wordt verlengd over", "förnyas om", "fornyes om", "trial will end on", "will be taken on", "will take",
            "we'll take", "we’ll take", "will automatically charge", "will charge", "we'll charge", "we’ll charge",
            "erfolgt am", "erfolgt zum", "einzug am", "einzug zum", "wir buchen", "interviendra le", "aura lieu le",
            "au plus tard le", "à payer pour le", "payable le", "fecha de pago", "tienes hasta el", "hasta el", "vence dia",
            "vence no dia", "wordt op", "sista dag att betala", "sista betaldag", "betalingsdato", "betalningsdatum",
            "betales innen", "betal innen", "viimeistään", "termin zapłaty", "uiścić do", "zapłacić do", "wpłacić do",
            "son ödeme", "결제일", "납부일", "이체 예정일", "이체예정일", "출금 예정일", "출금예정일", "재청구일", "다음 청구일", "最后付款日", "最后还款日", "付款日", "繳費期限", "繳款期限", "缴费期限", "缴款期限", "batas waktu pembayaran",
            "last date of payment", "last date for payment", "last date to pay", "date de paiement", "data de pagamento",
            "data di pagamento", "betaaldatum", "pago oportuno hasta", "fecha de pago oportuno", "pago oportuno",
            "páguese hasta", "vade tarihi", "vencido el", "vencida el", "overdue on", "venció el", "vence el dia", "pagadera antes de",
            "pagadero antes de", "pagar antes de", "beginnend mit", "beginnend am", "erstmals am", "ohne abzug bis",
            "rein netto bis", "netto bis", "debiteras", "お振込期限", "振込期限", "ご入金期限", "入金期限", "renew automatically on",
            "automatically renew on", "frühestens am", "au plus tôt le", "data de renovação", "data da renovação",
            "fecha de renovación", "date de renouvellement", "data di rinnovo", "verlängerungsdatum", "será renovada em",
            "se renovará el", "afschrijfdatum", "incassodatum", "datum van afschrijving", "προθεσμία πληρωμής",
            "ημερομηνία λήξης", "εξόφληση έως", "πληρωμή έως", "λήξη", "срок за плащане", "краен срок", "падеж",
            "betales senest", "betal senest", "senest den", "sidste frist", "betal beløbet før", "betales før", "betal før",
            "betal inden", "betales inden", "uhraďte", "uhradit do", "zaplaťte do", "splatné do", "splatná do", "nejpozději do",
            "najneskôr do", "sebelum tanggal", "bayar sebelum", "paling lambat", "batas akhir pembayaran", "お支払い日", "お支払日",
            "支払日", "お振込期日", "振込期日", "ご入金期日", "入金期日", "お支払予定日", "お支払い予定日", "支払予定日", "引落予定日", "引き落とし予定日", "振替予定日",
            "口座振替日", "payer avant le", "pagamento entro", "pagare entro", "betala senast", "betalas senast", "betale senest",
            "senast den", "senast", "attempted again on", "be attempted again", "again on", "will automatically start on", "subscription will start on", "make the payment by", "make payment by", "make your payment by", "will be retried on", "will retry on",
            "retry the payment on", "try again on", "retry on", "termin spłaty", "maksetähtaeg", "tähtaeg", "apmaksas termiņš",
            "termen de achitare", "termen de plată", "termen de plata", "ημερομηνία εξόφλησης", "입금 기한", "입금기한", "결제 기한",
            "apmaksāt līdz", "mokėjimo terminas", "apmokėti iki", "jusqu'au", "jusqu’au",
            "datum doporučené úhrady", "doporučené úhrady", "datum úhrady", "einzahlen bis", "bitte einzahlen bis",
            "rok plaćanja", "rok za plaćanje", "datum dospijeća", "datum dospeća", "rok plačila", "datum zapadlosti",
            "החיוב יבוצע בתאריך", "תאריך החיוב", "לתשלום עד", "retry the payment in", "retry in", "will retry in",
            "try again in", "försöker igen om", "forsøger igen om", "prøver igjen om", "prøver igen om", "proberen het over",
            "opnieuw proberen over", "erneut versuchen in", "versuchen es in", "réessaierons dans", "nouvelle tentative dans",
            "intentaremos de nuevo en", "volveremos a intentarlo en", "riproveremo tra", "tentaremos novamente em",
            "next attempt", "next retry", "next payment attempt", "card again in", "again in", "receive the outstanding amount by",
            "receive the amount by", "receive payment by", "receive your payment by", "to reach your account by", "to reach us by",
            "regningen inden", "fakturaen inden", "regningen innen", "fakturaen innen", "fakturan inom", "räkningen inom",
            "forfall", "결제 예정일", "결제예정일", "납부 예정일", "자동이체일", "buchen wir am",
            "ziehen wir am", "rechnungsbetrag innert", "betrag innert", "innert", "data scadentă", "scadentă", "igen den", "igjen den",
            "erneut am", "nochmals am", "à nouveau le", "de nuevo el", "di nuovo il", "opnieuw op");
    /** The labels that name the due date itself, which {@link #find} reads before any other. */
    private static final List<String> DUE_NOUNS = List.of("due date", "payment due", "date due", "due on", "due by",
            "date de prélèvement", "data scadentă", "einzugsdatum", "abbuchungsdatum",
            "is due", "fällig am", "fälligkeitsdatum", "zahlbar bis", "date d'échéance", "échéance", "scadenza",
            "fecha de vencimiento", "vencimiento", "data de vencimento", "vencimento", "vervaldatum", "förfallodatum",
            "förfallodag", "forfallsdato", "forfaldsdato", "eräpäivä", "termin płatności", "termin zapłaty",
            "datum splatnosti", "dátum splatnosti", "splatnost", "son ödeme tarihi", "fizetési határidő", "お支払期限", "お支払い期限",
            "datum doporučené úhrady", "rok plaćanja", "datum dospijeća", "rok plačila",
            "支払期限", "お支払期日", "お支払い期日", "支払期日", "납부기한", "납부 기한", "繳費期限", "缴费期限", "到期还款日", "最后还款日", "付款截止日期", "jatuh tempo",
            "hạn thanh toán", "last date of payment", "pay by", "payable by", "date limite de paiement",
            "fecha límite de pago", "срок оплаты", "оплатить до", "payment deadline", "vade tarihi", "προθεσμία πληρωμής",
            "срок за плащане", "termin spłaty", "maksetähtaeg", "apmaksas termiņš", "mokėjimo terminas", "termen de achitare",
            "termen de plată", "termen de plata", "ημερομηνία εξόφλησης", "입금 기한", "입금기한", "결제 기한");

    /** An early-payment discount's terms, whose date is not the bill's due date. */
    private static final List<String> EARLY_DISCOUNT = List.of("skonto", "skt", "early payment discount", "prompt payment discount",
            "escompte", "sconto", "pronto pago", "descuento por pronto pago");

    /** Whether a line names a due date ("Due date:", "Vade Tarihi:", "お支払期限") followed by a digit. */
    static boolean namesDueDate(List<String> lower) {
        for (String low : lower) {
            String label = Phrases.first(low, DUE_NOUNS);
            if (label != null) {
                int from = Phrases.find(low, label, 0) + label.length();
                for (int k = from; k < Math.min(low.length(), from + 20); k++) {
                    if (Character.isDigit(low.charAt(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words between a label and a relative date that make it a lateness: "overdue by 12 days". */
    private static final List<String> LATE_WORDS = List.of("overdue", "past due", "late", "ago", "since", "überfällig",
            "en retard", "in ritardo", "vencid", "atrasad");

    /** Words after which only a relative date counts: "by Friday", "bis Freitag". */
    private static final List<String> RELATIVE_ONLY = List.of("by ", "until ", "bis ", "before ", "avant ", "entro ",
            "antes del ", "no later than ");
    private static final List<String> PAY_ON_ARRIVAL = List.of("pay at the property", "pay at the hotel",
            "payable at check-in", "payment at check-in", "zahlung vor ort", "paiement sur place");

    /**
     * The labels that still name a due date in a receipt or payment confirmation: the due date of the
     * bill it settles ("com vencimento em 10/05/2022") or the day the next charge falls ("Your next
     * billing date is October 3, 2026"). What a receipt says "by" or "within" is about delivery.
     */
    private static final List<String> STATED = withNextCharge("due date", "due on", "payment due", "fällig am",
            "fälligkeitsdatum", "date d'échéance", "scadenza", "com vencimento em", "vencimento em", "data de vencimento",
            "fecha de vencimiento", "vence el", "renewal date", "renews on", "renews", "renew on", "will renew on",
            "renews automatically on", "be renewed on", "next billing date", "next payment date", "next charge date",
            "next charge on", "will be charged on", "will be taken on", "nächste abbuchung", "prochain prélèvement",
            "próximo cobro", "verlängert sich am", "renouvelé le", "繳費期限", "繳款期限", "缴费期限", "缴款期限", "到期还款日", "最后还款日", "最后付款日",
            "付款截止日期", "납부기한", "납부 기한", "お支払期限", "引落日", "引き落とし日", "お引落日", "振替日", "son ödeme tarihi", "termin płatności",
            "termin zapłaty", "forfallsdato", "forfaldsdato", "förfallodag", "fecha límite de pago",
            "date limite de paiement", "hạn thanh toán", "batas waktu pembayaran", "last date of payment",
            "payment due date", "vade tarihi", "data limite", "fecha límite", "date limite", "debiteras", "お振込期限", "振込期限",
            "renew automatically on", "automatically renew on", "frühestens am", "au plus tôt le", "data de renovação",
            "data da renovação", "fecha de renovación", "date de renouvellement", "data di rinnovo", "verlängerungsdatum",
            "será renovada em", "se renovará el", "prochaine facturation", "prochain paiement", "próxima facturación",
            "próximo pago", "prossima fatturazione", "nächste abrechnung", "próxima cobrança", "próximo pagamento",
            "förfallodatum", "vervaldatum", "datum splatnosti", "dátum splatnosti", "eräpäivä", "jatuh tempo", "お支払い期日",
            "支払期日", "お支払い期限", "支払期限");

    private DueDates() {}

    /**
     * The due date a receipt, confirmation or refund states: an absolute date after one of the
     * {@link #STATED} labels, or null.
     */
    static LocalDate stated(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference) {
        return stated(lines, lower, dayFirst, reference, false);
    }

    /** As {@link #stated(List, List, boolean, LocalDate)}; {@code blocks} when each line is an HTML block of its own. */
    static LocalDate stated(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference, boolean blocks) {
        LocalDate found = null;
        for (int i = 0; i < lines.size(); i++) {
            LocalDate d = statedInLine(lines, lower, i, dayFirst, reference);
            if (d == null) {
                d = beforeLabel(lines, lower, i, dayFirst, reference);
            }
            if (d != null && found != null && !d.equals(found)) {
                return null; // a receipt for several subscriptions, each renewing on its own day
            }
            found = d != null ? d : found;
        }
        // "Your card will be charged again on 15 March 2026": the next charge, in a sentence that moves money.
        return found != null ? found : inSentence(lines, dayFirst, reference, blocks, MOVES);
    }

    private static LocalDate statedInLine(List<String> lines, List<String> lower, int i, boolean dayFirst, LocalDate reference) {
        String low = lower.get(i);
        for (String label : STATED) {
            int at = Phrases.find(low, label, 0);
            if (at < 0 || late(low, at)) {
                continue;
            }
            int from = at + label.length();
            DateScanner.Found f = DateScanner.absolute(lines.get(i), from, from + REACH, dayFirst, reference);
            if (f == null && endsLine(low, from) && i + 1 < lines.size()) {
                f = DateScanner.absolute(lines.get(i + 1), 0, 30, dayFirst, reference);
            }
            if (f != null) {
                return f.date();
            }
        }
        return null;
    }

    /** In a failed payment's notice, the day the payment was tried: not when it is due again. */
    private static final List<String> ATTEMPT = List.of("payment date", "zahlungsdatum", "fecha de pago", "date de paiement",
            "data de pagamento", "data di pagamento", "betaaldatum", "betalingsdato", "betalningsdatum", "결제일");

    static LocalDate find(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference) {
        return find(lines, lower, dayFirst, reference, false);
    }

    /** As {@link #find(List, List, boolean, LocalDate)}; {@code failed} for a failed payment's notice. */
    static LocalDate find(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference, boolean failed) {
        return find(lines, lower, dayFirst, reference, failed, false);
    }

    /** As {@link #find(List, List, boolean, LocalDate, boolean)}; {@code blocks} when each line is an HTML block of its own. */
    static LocalDate find(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference, boolean failed,
            boolean blocks) {
        LocalDate issued = issued(lines, lower, dayFirst, reference);
        // Terms run from the invoice's date; what a reminder asks ("binnen 7 dagen") runs from the reminder's.
        // A failed payment's notice is one too: the day it was due has gone by, the retry is what comes.
        boolean reminder = !lower.isEmpty() && (failed || REMINDER.stream().anyMatch(lower.getFirst()::contains));
        LocalDate termsFrom = issued == null || reminder ? reference : issued;
        // A date named as the due date anywhere beats one a looser label names earlier: "Last payment date:
        // 10/02/2026" above "Payment due date: 15/03/2026". A deadline the mail says has passed ("Das
        // Zahlungsziel ist am 08.03.2024 verstrichen") counts only when no other is named.
        // In a reminder, the due date gone by ("Die Rechnung war fällig am 26.01.2026") gives way to the new
        // deadline it sets ("bis zum 20.02.2026"), and counts when it sets none.
        LocalDate goneBy = null;
        for (boolean passed : new boolean[] {false, true}) {
            for (List<String> labels : List.of(DUE_NOUNS, LABELS)) {
                for (int i = 0; i < lines.size(); i++) {
                    LocalDate d = inLine(lines, lower, i, dayFirst, reference, failed, termsFrom, issued, labels, passed, reminder);
                    if (d == null && !passed && labels == LABELS) {
                        d = beforeLabel(lines, lower, i, dayFirst, reference);
                    }
                    if (d != null && reminder && reference != null && d.isBefore(reference)) {
                        goneBy = goneBy == null ? d : goneBy;
                    } else if (d != null) {
                        return d;
                    }
                }
            }
        }
        if (goneBy != null) {
            return goneBy;
        }
        LocalDate onReceipt = onReceipt(lower, issued == null ? reference : issued);
        if (onReceipt != null) {
            return onReceipt;
        }
        LocalDate column = underColumn(lines, lower, dayFirst, reference, failed);
        if (column != null) {
            return column;
        }
        // Only then "by Friday": a labelled date anywhere beats "bis heute noch nicht bezahlt" above it.
        for (int i = 0; i < lines.size(); i++) {
            LocalDate d = relativeOnly(lines.get(i), lower.get(i), reference);
            if (d != null) {
                return d;
            }
        }
        LocalDate moved = inSentence(lines, dayFirst, reference, blocks, MOVES_OR_PAYS);
        if (moved != null) {
            return moved;
        }
        LocalDate terms = byTerms(lines, lower, dayFirst, reference);
        if (terms != null) {
            return terms;
        }
        LocalDate arrival = payOnArrival(lines, lower, dayFirst, reference);
        return arrival != null ? arrival : byDate(lines, lower, dayFirst, reference);
    }

    /** Words between a label and a date that make the date the invoice's own: "… faktury 7, wystawionej dn. 2026-02-02". */
    private static final List<String> ISSUED_BETWEEN = List.of("invoice date", "issue date", "date:", "dated", "issued",
            "wystawion", "ausgestellt", "rechnungsdatum", "vom ", "émise le", "emitida", "emessa", "dd.", "dn.");

    private static boolean issuedBetween(String gap) {
        return Phrases.first(gap, ISSUED_BETWEEN) != null;
    }

    /** Words for "by" or "before" a day, in the languages the labels cover. */
    private static final List<String> BY = List.of("by ", "before ", "bis ", "avant ", "antes de ", "antes del ", "entro ",
            "até ", "voor ", "vóór ", "före ", "innan ", "inden ", "innen ", "przed ", "hasta ", "senast ", "senest ");

    /**
     * Last of all, in a bill that names no due date otherwise: "kindly submit the amount to our bank
     * account by 29.01.2026". A date right after "by" or "before" that has not passed when the mail was sent.
     */
    private static LocalDate byDate(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference) {
        for (int i = 0; i < lines.size(); i++) {
            String low = lower.get(i);
            for (String word : BY) {
                int at = Phrases.find(low, word, 0);
                while (at >= 0) {
                    int from = at + word.length();
                    DateScanner.Found f = DateScanner.absolute(lines.get(i), from, from + 16, dayFirst, reference);
                    if (f != null && f.start() - from <= 4 && (reference == null || !f.date().isBefore(reference))) {
                        return f.date();
                    }
                    at = Phrases.find(low, word, at + 1);
                }
            }
        }
        return null;
    }

    /**
     * Whether the label at {@code at} says how late a payment is, not when it is due: "past-due by 5
     * days", "overdue since", "überfällig".
     */
    private static boolean late(String low, int at) {
        String before = low.substring(Math.max(0, at - 10), at);
        return before.endsWith("past-") || before.endsWith("past ") || before.endsWith("over") || before.endsWith("über")
                || before.endsWith("missed the ") || before.endsWith("missed ") || before.endsWith("late ");
    }

    /** Labels of payment terms: a number of days after them runs from the document's date, when it states one. */
    private static final List<String> TERMS = List.of("within", "innerhalb von", "binnen", "zahlungsziel", "zahlbar innert", "innert",
            "payment terms", "terms", "betalingstermijn", "délai de paiement", "délai de règlement", "régler sous", "payable sous", "paiement sous", "pagamento a",
            "betalningsvillkor", "betalingsbetingelser", "betalingsvilkår", "maksuehto", "maksuehdot", "termin płatności");

    /** "Due upon receipt", "zahlbar sofort": due the day the document is dated. */
    private static final List<String> ON_RECEIPT = List.of("due upon receipt", "due on receipt", "payable upon receipt",
            "payable on receipt", "payment upon receipt", "payment on receipt", "zahlbar sofort", "sofort fällig", "sofort zahlbar",
            "payable à réception", "à réception de facture", "dès réception", "pagadero al recibir", "a la vista");

    private static LocalDate onReceipt(List<String> lower, LocalDate day) {
        for (String low : lower) {
            if (Phrases.first(low, ON_RECEIPT) != null) {
                return day;
            }
        }
        return null;
    }

    /**
     * Words after the date that make it the day money is taken, as Japanese writes them: "2026年3月15日に口座から
     * 引き落とされます". The date right before one of them.
     */
    private static final List<String> AFTER_DATE = List.of("に口座から引き落と", "に引き落と", "にお引き落と", "に引落", "にお引落",
            "に口座振替", "に振替", "にご請求", "までにお支払", "までにお振込", "までに入金", "-ig egyenlítse", "-ig fizesse",
            "-ig szíveskedjen", " 까지 입금", "까지 입금", "前缴费", "前繳費", "前缴清", "前繳清", "前付款", "前还款",
            "前還款", "前缴纳", "前繳納", "前完成付款", "前完成支付", "前完成缴费", "前完成繳費", "前支付", "自动续费", "自動續費", "自动扣费", "自動扣款");

    /** "Der Abschlag wird zum 15.03.2026 fällig": the date German puts before its verb, after "zum", "am" or "bis". */
    private static final java.util.regex.Pattern DATE_THEN_DUE = java.util.regex.Pattern.compile(
            "\\b(?:zum|am|bis zum|bis)\\s+(\\S[^\\n]{3,22}?)\\s+(?:zur zahlung\\s+)?fällig\\b");

    private static LocalDate beforeLabel(List<String> lines, List<String> lower, int i, boolean dayFirst, LocalDate reference) {
        String low = lower.get(i);
        java.util.regex.Matcher due = DATE_THEN_DUE.matcher(low);
        if (due.find()) {
            DateScanner.Found f = DateScanner.absolute(lines.get(i), due.start(1), due.end(1), dayFirst, reference);
            if (f != null) {
                return f.date();
            }
        }
        for (String label : AFTER_DATE) {
            int at = low.indexOf(label);
            if (at > 0) {
                int from = Math.max(0, at - 16);
                DateScanner.Found f = DateScanner.absolute(lines.get(i), from, at, dayFirst, reference);
                while (f != null && f.end() < at - 1) {
                    f = DateScanner.absolute(lines.get(i), f.end(), at, dayFirst, reference);
                }
                if (f != null) {
                    return f.date();
                }
            }
        }
        return null;
    }

    /** An ordinal before a capitalised word, as names have it: "1st Source", "2nd Avenue". */
    private static final java.util.regex.Pattern NAMED_ORDINAL = java.util.regex.Pattern.compile("\\d{1,2}(?:st|nd|rd|th) \\p{Lu}");

    /**
     * Whether the ordinal a relative reading found in {@code line} begins a name ("1st Source Visa") rather
     * than a day ("1st March"). Relative dates are read in lower case; the capital is seen in the line itself.
     */
    private static boolean namedOrdinal(String line, DateScanner.Found f) {
        return f.start() < line.length() && NAMED_ORDINAL.matcher(line).region(f.start(), line.length()).lookingAt()
                && !DateScanner.startsWithMonth(line.substring(f.start()).replaceFirst("^\\d+\\p{L}+ ", ""));
    }

    /** "Due to the holidays, we close on 24 December": a reason, not a due date. */
    private static boolean becauseOf(String low, int at, String label) {
        if (Phrases.first(low.substring(Math.max(0, at - 14), at), AFTER_DEADLINE) != null) {
            return true; // "dopo la scadenza la copertura resta attiva per altri 15 giorni": a grace period, not the deadline
        }
        return label.equals("due ") && (low.startsWith("to ", at + 4) || low.startsWith("in part", at + 4));
    }

    /** Words before a deadline's label that speak of the time after it. */
    private static final List<String> AFTER_DEADLINE = List.of("dopo la", "after the", "nach der", "nach dem", "après l'", "après la",
            "después del", "después de la", "na de", "efter");

    private static LocalDate inLine(List<String> lines, List<String> lower, int i, boolean dayFirst, LocalDate reference,
            boolean failed, LocalDate termsFrom, LocalDate issued, List<String> labels, boolean passedToo, boolean reminder) {
        String line = lines.get(i);
        String low = lower.get(i);
        if (Phrases.first(low, EARLY_DISCOUNT) != null) {
            return null; // "Zahlbar bis 29.01.2026 3,00% Skonto": the day for the discount, not for the bill
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        boolean bestCharges = false;
        for (String label : labels) {
            if (failed && ATTEMPT.contains(label)) {
                continue;
            }
            int at = Phrases.find(low, label, 0);
            while (at >= 0 && (late(low, at) || becauseOf(low, at, label) || done(low, at, label))) {
                at = Phrases.find(low, label, at + 1);
            }
            // When the money moves beats when the service renews: "will renew on September 14. We will
            // charge your card on August 31."
            boolean charges = label.contains("charge") || label.contains("debit");
            if (at < 0 || (at >= bestAt && !(charges && !bestCharges)) || (bestCharges && !charges)) {
                continue;
            }
            int from = at + label.length();
            DateScanner.Found f = DateScanner.dayMonthRightAfter(line, from, dayFirst, reference);
            if (f == null) {
                f = DateScanner.absolute(line, from, from + REACH, dayFirst, reference);
                if (f != null && f.start() > from && f.start() <= low.length()
                        && Phrases.first(low.substring(from, f.start()), FROM_INVOICE_DATE) != null) {
                    // "30 jours à compter de la date de la facture (13/04/2026)": the date is the invoice's, the terms run from it
                    DateScanner.Found terms = DateScanner.relative(low, from, f.start(), f.date());
                    f = terms != null && terms.date().isAfter(f.date()) ? terms : f;
                }
            }
            if (f == null) {
                f = DateScanner.relative(low, from, from + RELATIVE_REACH, TERMS.contains(label) ? termsFrom : reference);
                if (f != null && Phrases.first(low.substring(from, f.start()), LATE_WORDS) != null) {
                    f = null; // "… and the invoice is now overdue by 12 days": how late, not when due
                }
                if (f != null && namedOrdinal(line, f)) {
                    f = null; // a name, not a day: "a payment is due on your 1st Source Visa account"
                }
                if (f != null
                        && Phrases.first(low.substring(f.end(), Math.min(low.length(), f.end() + 30)), FROM_INVOICE_DATE) != null) {
                    // "Betalingstermijn: 14 dagen vanaf de factuurdatum": from the invoice's date, whatever mail restates it
                    // With no date of the invoice to count from, the message's own is the nearest (an invoice is sent the day
                    // it is made), but not a reminder's, which comes later.
                    f = issued != null ? DateScanner.relative(low, from, from + RELATIVE_REACH, issued) : reminder ? null : f;
                }
            }
            if (f == null && endsLine(low, from) && i + 1 < lines.size()) {
                f = DateScanner.absolute(lines.get(i + 1), 0, 30, dayFirst, reference);
            }
            if (f != null && f.start() > from && f.start() <= low.length() && issuedBetween(low.substring(from, f.start()))) {
                f = null; // "termin płatności faktury 7, wystawionej dn. 2026-02-02": the date the invoice was issued
            }
            if (f != null && !passedToo && f.end() <= low.length() && Phrases.first(
                    low.substring(f.end(), Math.min(low.length(), f.end() + 24)), PASSED) != null) {
                f = null; // "das Zahlungsziel ist am 08.03.2024 verstrichen": a deadline gone by, read only when no other is named
            }
            if (f != null) {
                best = f.date();
                bestAt = at;
                bestCharges = charges;
            }
        }
        return best;
    }

    /**
     * Subjects of a reminder, whose "within 7 days" runs from its own day, not the invoice's; found inside
     * compounds too ("Betalingsherinnering", "Zahlungserinnerung").
     */
    private static final List<String> REMINDER = List.of("reminder", "overdue", "past due", "herinnering", "aanmaning",
            "erinnerung", "mahnung", "rappel", "relance", "recordatorio", "sollecito", "promemoria", "lembrete", "påminnelse", "påmindelse",
            "muistutus", "przypomnienie", "wezwanie", "upomínka", "hatırlatma", "rykker", "purring", "sollicitatie", "felszólítás", "emlékeztető", "upomienka", "somație", "avis de retard", "late notice", "late payment",
            "en retard", "achterstand", "in ritardo", "atrasado", "em atraso", "em dívida", "verspätet", "vencido", "vencida");

    /** Words after a number of days that count them from the invoice's date. */
    private static final List<String> FROM_INVOICE_DATE = List.of("from the invoice date", "of the invoice date",
            "after the invoice date", "from invoice date", "of invoice date", "after invoice date", "from the date of the invoice",
            "vanaf de factuurdatum", "na factuurdatum", "na de factuurdatum", "ab rechnungsdatum", "nach rechnungsdatum",
            "ab rechnungsstellung", "nach rechnungsstellung", "à compter de la date de facture", "date de facture", "date de la facture",
            "desde la fecha de factura", "dalla data fattura", "dalla data della fattura", "från fakturadatum", "fra fakturadato");

    /** Words right after a date that say the deadline has gone by. */
    private static final List<String> PASSED = List.of("verstrichen", "abgelaufen", "überschritten", "has passed", "passed",
            "has expired", "verstreken", "verlopen", "est dépassée", "dépassée", "est passée", "è scaduto", "è scaduta",
            "ha vencido", "ya venció", "já venceu", "har passerat", "har gått ut");

    /**
     * Whether a label of money moving is in the past tense, "was collected on", "has been debited on": the
     * day of a payment made, not of one due. A bill's "was due on" still names its due date.
     */
    private static boolean done(String low, int at, String label) {
        if (label.contains("due")) {
            return false;
        }
        String before = low.substring(Math.max(0, at - 10), at);
        return before.endsWith("was ") || before.endsWith("were ") || before.endsWith("been ") || before.endsWith("already ");
    }

    /**
     * Stems of words that move money or renew a contract, in the languages the labels cover: "We'll
     * debit $187.42 from your bank account on 21 February 2026", "Am 01.03.2026 werden wir den Betrag
     * abbuchen", "We'll automatically try again on 07/03/2024".
     */
    private static final List<String> MOVES = List.of("debit", "charge", "collect", "withdraw", "deduct", "take payment",
            "take the payment", "be taken", "will take", "renew", "try again", "retry", "reattempt", "re-attempt", "draft",
            "autopay", "auto-pay", "abbuch", "abgebucht", "einzieh", "einzuzieh", "eingezogen", "einzug", "lastschrift",
            "belast", "verläng", "prélev", "prélèv", "débit", "renouvel", "nouvelle tentative", "cargo", "cargar", "cargare",
            "cobr", "domicili", "renov", "reintent", "adeud", "addebit", "rinnov", "preliev", "riprov", "descontad", "incass",
            "afgeschreven", "afschrijv", "verleng", "dras ", "debiter", "förnya", "trekk", "trækk", "fornye", "hæv", "veloit",
            "pobran", "pobierz", "obciąż", "odnow", "tahsil", "yenilen", "didebet", "ditagih", "diperpanjang",
            "schrijven dit bedrag", "schrijven het bedrag", "schrijven we", "schrijven wij", "buchen wir", "ziehen wir", "erneut", "versuch", "tentativ",
            "intentar", "intentaremos", "poging", "opnieuw", "ponown", "försök", "forsøg", "forsøk");

    /**
     * {@link #MOVES} and words of paying, which a bill's sentence uses for its own due day ("Please make the
     * payment before 15 March"), but a receipt's for what was paid ("payment for the flight on 28/03").
     */
    private static final List<String> MOVES_OR_PAYS = Stream.concat(MOVES.stream(), Stream.of("pay", "überweis",
            "zahl", "bezahl", "payer", "paiement", "régler", "pagar", "pago", "pagare", "pagamento", "betal", "zapłat", "wpłat",
            "płatn", "ödeme", "bayar", "maksa")).toList();

    /** Words that end a sentence when a capital or a digit follows: "… einzuziehen. Am 01.03.2026 …". */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?。])\\s+(?=[\\p{Lu}\\d])");

    /**
     * After every label: the one date, after the message's day and within a year of it, in a sentence that
     * moves money or renews, and not in the past tense. The sentences are the body's paragraphs split at their
     * ends; a field ("Attempted: 04/03/2024"), a table's row and, with {@code blocks}, each HTML block stand alone.
     */
    private static LocalDate inSentence(List<String> lines, boolean dayFirst, LocalDate reference, boolean blocks,
            List<String> verbs) {
        if (reference == null) {
            return null;
        }
        StringBuilder paragraph = new StringBuilder();
        List<String> sentences = new java.util.ArrayList<>();
        for (int i = 1; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            boolean alone = line.indexOf('\t') >= 0 || FIELD.matcher(line).lookingAt();
            if (line.isEmpty() || alone) {
                sentences.addAll(List.of(SENTENCE_END.split(paragraph)));
                paragraph.setLength(0);
            }
            if (alone) {
                sentences.add(line); // a field or a table's row is read on its own
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
            char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
            if (blocks || line.length() < WRAPPED || last == '.' || last == '!' || last == '?' || last == '。' || last == ':') {
                // A short line ends its paragraph (a heading, a greeting, a wrapped paragraph's last line);
                // a long one without a full stop goes on in the next, as text wrapped at 72 characters does.
                sentences.addAll(List.of(SENTENCE_END.split(paragraph)));
                paragraph.setLength(0);
            }
        }
        LocalDate found = null;
        for (String sentence : sentences) {
            LocalDate d = movedOn(sentence, dayFirst, reference, verbs);
            if (d != null && found != null && !d.equals(found)) {
                return null; // two days money moves on: which is due is not for this rule to say
            }
            found = d != null ? d : found;
        }
        return found;
    }

    /** A line that starts with a short label and a colon: a field, not the rest of a sentence. */
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[^:：.]{1,32}[:：]\\s");

    private static final int SENTENCE_MAX = 400;

    /** Whether the sentence ends in a verb that moves money, as German does: "Am 01.03.2026 werden wir … abbuchen." */
    private static boolean endsWithMove(String low, List<String> verbs) {
        int end = low.length();
        while (end > 0 && !Character.isLetter(low.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(low.charAt(start - 1))) {
            start--;
        }
        return Phrases.first(low.substring(start, end), verbs) != null;
    }
    /** How near the words that move the money a date must stand. */
    private static final int NEAR_MOVE = 80;
    /** Lines at least this long that end without a full stop go on in the next line. */
    private static final int WRAPPED = 40;
    /** A past participle of money that moved: "Charged €1.99 on 02/09/2025", "was collected on". */
    private static final java.util.regex.Pattern MOVED = java.util.regex.Pattern.compile(
            "\\b(?:charged|debited|collected|deducted|withdrawn|taken|renewed|drafted|paid|abgebucht|eingezogen|belastet"
                    + "|prélevé|débité|cobrado|cargado|addebitato|afgeschreven|geïncasseerd)\\b");
    /** Words that put a past participle in the future: "will be charged", "wird abgebucht". */
    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
            "\\b(?:will|shall|to be|going to|scheduled|wird|werden|sera|seront|será|serán|sarà|wordt|worden)\\b|['’]ll\\b");

    private static LocalDate movedOn(String sentence, boolean dayFirst, LocalDate reference, List<String> verbs) {
        if (sentence.length() > SENTENCE_MAX) {
            return null; // lines run together without a full stop: no sentence to read
        }
        String low = MessageLines.lowerSameLength(sentence);
        if (Phrases.first(low, verbs) == null || Phrases.first(low, EARLY_DISCOUNT) != null
                || (MOVED.matcher(low).find() && !FUTURE.matcher(low).find())) {
            return null; // money that moved already: its day is not when the next is due
        }
        LocalDate only = null;
        DateScanner.Found f = DateScanner.absolute(sentence, 0, sentence.length(), dayFirst, reference);
        while (f != null) {
            if (only != null && !only.equals(f.date())) {
                return null;
            }
            if (Phrases.first(low.substring(Math.max(0, f.start() - NEAR_MOVE), Math.min(low.length(), f.end() + NEAR_MOVE)),
                    verbs) == null && !endsWithMove(low, verbs)) {
                return null; // a date far from what moves the money, in a long sentence: an event's, not a payment's
            }
            only = f.date();
            f = f.end() < sentence.length() ? DateScanner.absolute(sentence, f.end(), sentence.length(), dayFirst, reference) : null;
        }
        return only != null && only.isAfter(reference) && !only.isAfter(reference.plusYears(1)) ? only : null;
    }

    /** Whether nothing but a colon, dash or bar follows {@code from}: "Due Date:" with its date on the next line. */
    private static boolean endsLine(String low, int from) {
        for (int k = from; k < low.length(); k++) {
            char c = low.charAt(k);
            if (!Character.isWhitespace(c) && c != ':' && c != '-' && c != '|' && c != '：' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Column headings of a due date in a table. */
    private static final List<String> DUE_COLUMNS = List.of("due date", "payment due", "due", "fällig am", "fälligkeit",
            "fälligkeitsdatum", "date d'échéance", "échéance", "scadenza", "data scadenza", "vencimento",
            "data de vencimento", "fecha de vencimiento", "vencimiento", "vervaldatum", "förfallodatum", "forfallsdato",
            "forfaldsdato", "termin płatności", "datum splatnosti", "dátum splatnosti", "eräpäivä", "jatuh tempo", "pay by",
            "vade tarihi", "支払期日", "お支払期限", "payment date", "debit date", "collection date", "draft date",
            "zahlungsdatum", "abbuchungsdatum", "date de prélèvement", "fecha de cargo", "incassodatum", "afschrijfdatum");
    private static final java.util.regex.Pattern CELL_GAP = java.util.regex.Pattern.compile("\\s*\\|\\s*|\\t+\\s*|\\s{2,}");

    /**
     * A due date under its column in a plain-text table: "Invoice #    Date    Due Date    Amount" over
     * "INV-1002    01/03/2026    15/03/2026    £50.00", or the same with "|" between the cells.
     */
    private static LocalDate underColumn(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference,
            boolean failed) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<String> heads = cells(lower.get(i));
            if (heads.size() < 2) {
                continue;
            }
            int column = -1;
            for (int c = 0; c < heads.size() && column < 0; c++) {
                String head = heads.get(c).replaceAll("[:.]$", "").strip();
                if (DUE_COLUMNS.contains(head) && !(failed && ATTEMPT.contains(head))) {
                    column = c;
                }
            }
            if (column < 0) {
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && (lines.get(next).isBlank() || lines.get(next).strip().matches("[-=|+ ]+"))) {
                next++;
            }
            if (next >= lines.size()) {
                return null;
            }
            List<String> values = cells(lines.get(next));
            if (values.size() != heads.size()) {
                continue;
            }
            String cell = values.get(column);
            DateScanner.Found f = DateScanner.absolute(cell, 0, cell.length(), dayFirst, reference);
            if (f != null) {
                return f.date();
            }
        }
        return null;
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new java.util.ArrayList<>();
        for (String cell : CELL_GAP.split(s.strip())) {
            if (!cell.isBlank()) {
                out.add(cell.strip());
            }
        }
        return out;
    }

    /** "Payment terms: Net 30", "net 15 days": that many days after the document's date. */
    private static final java.util.regex.Pattern NET_TERMS = java.util.regex.Pattern.compile(
            "\\bnet[\\s-]?(\\d{1,3})(?!\\d|[.,]\\d)(?:\\s*days)?\\b|\\bterms\\s*:?\\s*(\\d{1,3})\\s*days\\b"
            + "|\\b(\\d{1,3})\\s*(?:gg\\.?|giorni)\\s*(?:data fattura|d\\.\\s?f\\.|df)(?!\\s*f)");
    /** Labels of the document's own date, from which its terms run. */
    private static final List<String> ISSUED = List.of("invoice date", "issue date", "date of issue", "issued on", "date issued",
            "rechnungsdatum", "date de facture", "date de la facture", "data fattura", "fecha de factura", "fecha de emisión",
            "factuurdatum", "fakturadatum", "data emissione", "data de emissão");

    private static LocalDate byTerms(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference) {
        Integer days = null;
        for (String low : lower) {
            java.util.regex.Matcher m = NET_TERMS.matcher(low);
            if (m.find() && (low.contains("term") || m.group(3) != null || low.strip().length() <= m.end() - m.start() + 12)) {
                // "Terms: Net 30", "NET 30" alone, "Terms: 14 days", "bonifico a 30 gg data fattura"
                days = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
                break;
            }
        }
        if (days == null || days > 120) {
            return null;
        }
        LocalDate issued = issued(lines, lower, dayFirst, reference);
        return (issued == null ? reference : issued).plusDays(days);
    }

    /** The document's own date, after one of the {@link #ISSUED} labels, or null. */
    private static LocalDate issued(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference) {
        for (int i = 0; i < lines.size(); i++) {
            String label = Phrases.first(lower.get(i), ISSUED);
            if (label != null) {
                int from = Phrases.find(lower.get(i), label, 0) + label.length();
                DateScanner.Found f = DateScanner.absolute(lines.get(i), from, from + REACH, dayFirst, reference);
                if (f == null && endsLine(lower.get(i), from) && i + 1 < lines.size()) {
                    f = DateScanner.absolute(lines.get(i + 1), 0, 30, dayFirst, reference);
                }
                if (f != null) {
                    return f.date();
                }
            }
        }
        return null;
    }

    /** A request to pay by a day, which no receipt makes: what was bought is still to be paid. */
    private static final List<String> PAY_BY = List.of("pay before", "please pay by", "payment before", "pay the amount before",
            "pay the balance before", "betal beløbet før", "betal beløbet inden", "betales inden", "betal inden", "betales før",
            "betala senast", "betala före", "betal innen", "betales innen", "paiement avant le", "payer avant le",
            "régler avant le", "le virement avant le", "votre virement avant le", "transfert avant le", "votre paiement avant", "le paiement avant", "votre règlement avant", "pagamento entro",
            "pagare entro", "saldare entro", "pago antes del", "pagar antes del", "pague antes del", "abonar antes del",
            "pagamento até", "pagar até", "pague até", "überweisen sie bis", "überweisen sie den betrag bis",
            "bitte bis zum", "zahlen sie bis", "bezahlen sie bis", "betalen vóór", "betalen voor", "betaal vóór", "betaal voor",
            "over te maken vóór", "over te maken voor", "zapłać do", "zapłacić do", "wpłać do", "wpłacić do", "uhraďte",
            "zaplaťte do", "sebelum tanggal", "bayar sebelum", "paling lambat", "입금 기한", "입금기한");

    /**
     * The day a request to pay names ("Venligst betal beløbet før 20.03.2026", "effettuare il pagamento
     * entro il 17/03/2026"), on or after the message's day and within a year of it, or null.
     */
    static LocalDate payBy(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            String low = lower.get(i);
            String label = Phrases.first(low, PAY_BY);
            if (label == null) {
                continue;
            }
            int from = Phrases.find(low, label, 0) + label.length();
            DateScanner.Found f = DateScanner.absolute(lines.get(i), from, from + REACH, dayFirst, reference);
            if (f != null && !f.date().isBefore(reference) && !f.date().isAfter(reference.plusYears(1))) {
                return f.date();
            }
        }
        return null;
    }

    private static LocalDate relativeOnly(String line, String low, LocalDate reference) {
        for (String word : RELATIVE_ONLY) {
            int at = Phrases.find(low, word, 0);
            while (at >= 0) {
                int from = at + word.length();
                DateScanner.Found f = DateScanner.relative(low, from, from + 12, reference);
                if (f != null && f.start() - from <= 6 && !namedOrdinal(line, f)) {
                    return f.date();
                }
                at = Phrases.find(low, word, at + 1);
            }
        }
        return null;
    }

    private static LocalDate payOnArrival(List<String> lines, List<String> lower, boolean dayFirst, LocalDate reference) {
        boolean onArrival = lower.stream().anyMatch(l -> Phrases.first(l, PAY_ON_ARRIVAL) != null);
        if (!onArrival) {
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            int at = lower.get(i).indexOf("check-in");
            if (at >= 0) {
                DateScanner.Found f = DateScanner.absolute(lines.get(i), at + 8, at + 8 + REACH, dayFirst, reference);
                if (f != null) {
                    return f.date();
                }
            }
        }
        return null;
    }
}
