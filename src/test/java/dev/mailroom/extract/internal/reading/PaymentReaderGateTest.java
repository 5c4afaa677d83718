package dev.mailroom.extract.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.extract.ExtractedPayment;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.testing.TestMail;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The near misses of the rules go to the gate; everything else never reaches it (ADR 0014). */
class PaymentReaderGateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** A bill in words the rules do not know, with one sum they can pick. */
    private static final ParsedMessage NEAR_MISS = parse("Taarifa ya Machi 2026",
            "Ndugu mteja,\n\nTaarifa yako ya mwezi huu:\n\nKiasi: Rp 150.000\n\nAsante.");

    private static ParsedMessage parse(String subject, String body) {
        byte[] raw = TestMail.message().from("Tagihan Kita <info@tagihankita.example>").subject(subject)
                .date("Mon, 02 Mar 2026 10:00:00 +0700").body(body).bytes();
        return IngestService.parseMessage(raw, null);
    }

    private static Gate saying(double p, AtomicInteger asked) {
        return (parsed, header) -> {
            asked.incrementAndGet();
            return p;
        };
    }

    @Test
    void theRulesAloneShouldLeaveANearMissOut() {
        assertThat(PaymentReader.read(NEAR_MISS, null, DAY)).isEmpty();
        assertThat(PaymentReader.read(NEAR_MISS, null, DAY, Gate.CLOSED)).isEmpty();
    }

    @Test
    void aGateThatFindsItLikelyPaymentMailShouldTakeTheSumTheRulesPick() {
        AtomicInteger asked = new AtomicInteger();
        List<ExtractedPayment> found = PaymentReader.read(NEAR_MISS, null, DAY, saying(0.8, asked));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().amount()).isEqualByComparingTo("150000");
        assertThat(found.getFirst().currency()).isEqualTo("IDR");
        assertThat(found.getFirst().confidence()).isLessThanOrEqualTo(0.8);
        assertThat(asked).hasValue(1);
    }

    @Test
    void aGateThatFindsItUnlikelyOrKnowsNothingShouldTakeNothing() {
        assertThat(PaymentReader.read(NEAR_MISS, null, DAY, saying(0.3, new AtomicInteger()))).isEmpty();
        assertThat(PaymentReader.read(NEAR_MISS, null, DAY, saying(0.5, new AtomicInteger()))).isEmpty();
    }

    @Test
    void whatTheRulesKnowIsNoPaymentShouldNeverReachTheGate() {
        AtomicInteger asked = new AtomicInteger();
        Gate sure = saying(0.99, asked);
        assertThat(PaymentReader.read(parse("Dana masuk", "Kiasi: Rp 150.000\nStatus: credited"), null, DAY, sure)).isEmpty();
        assertThat(PaymentReader.read(parse("Penawaran harga (quotation)", "Kiasi: Rp 150.000"), null, DAY, sure)).isEmpty();
        assertThat(PaymentReader.read(parse("Limit kartu", "Limit baru Anda: Rp 15.000.000"), null, DAY, sure)).isEmpty();
        assertThat(PaymentReader.read(parse("Halo", "Tidak ada jumlah di sini."), null, DAY, sure)).isEmpty();
        assertThat(asked).hasValue(0);
    }

    @Test
    void aPaymentTheRulesTakeShouldNotAskTheGate() {
        AtomicInteger asked = new AtomicInteger();
        ParsedMessage receipt = parse("Your receipt from Tagihan Kita", "Thank you for your order.\n\nTotal paid: Rp 150.000");
        assertThat(PaymentReader.read(receipt, null, DAY, saying(0.0, asked))).hasSize(1);
        assertThat(asked).hasValue(0);
    }

    @Test
    void paymentWordingOverOneUnlabelledSumShouldBeANearMissAndADeadlineNoLimit() {
        ParsedMessage pending = parse("Alerta de pago",
                "Te recordamos que tienes un pago pendiente de $18,560.00 con fecha límite 15/03/2026.\n\nSi ya realizaste el pago, ignora este mensaje.");
        assertThat(PaymentReader.read(pending, null, DAY, Gate.CLOSED)).isEmpty();
        List<ExtractedPayment> found = PaymentReader.read(pending, null, DAY, saying(0.9, new AtomicInteger()));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().amount()).isEqualByComparingTo("18560.00");
        assertThat(found.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aFooterAboutSigningInOrWhyTheMailCameShouldNotKeepANearMissFromTheGate() {
        AtomicInteger asked = new AtomicInteger();
        ParsedMessage withFooter = parse("Taarifa ya Machi 2026", "Ndugu mteja,\n\nTaarifa yako ya mwezi huu:\n\nKiasi: Rp 150.000\n\n"
                + "Asante.\n\nHuduma kwa wateja: 0800 000 000\nJl. Sudirman 1\nJakarta\n\nYou received this email because you have an account.\nSign in to change your password.");
        assertThat(PaymentReader.read(withFooter, null, DAY, saying(0.9, asked))).hasSize(1);
        assertThat(asked).hasValue(1);
    }

    @Test
    void anOrderWhoseTotalHasAnUnknownLabelShouldOfferTheGateItsLargestSum() {
        ParsedMessage order = parse("Pesanan Anda",
                "Terima kasih atas pesanan Anda.\n\nKopi Toraja 250 g   Rp 85.000\nTeh Melati   Rp 40.000\nJumlah keseluruhan   Rp 125.000");
        assertThat(PaymentReader.read(order, null, DAY, Gate.CLOSED)).isEmpty();
        List<ExtractedPayment> found = PaymentReader.read(order, null, DAY, saying(0.9, new AtomicInteger()));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().amount()).isEqualByComparingTo("125000");
    }

    @Test
    void aGatedDocumentThatNamesItsDueDateShouldBeABillDueThen() {
        ParsedMessage bill = parse("Taarifa ya Machi 2026", "Ndugu mteja,\n\nKiasi: Rp 150.000\nVade tarihi: 15.03.2026\n\nAsante.");
        List<ExtractedPayment> found = PaymentReader.read(bill, null, DAY, saying(0.9, new AtomicInteger()));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().kind()).isEqualTo(dev.mailroom.extract.PaymentKind.BILL);
        assertThat(found.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    }
}
