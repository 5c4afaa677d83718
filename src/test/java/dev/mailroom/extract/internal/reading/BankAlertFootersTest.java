package dev.mailroom.extract.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.extract.ExtractedPayment;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.testing.TestMail;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a bank's footer says about codes and signing in is no reason to leave its alert out. */
class BankAlertFootersTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 6);

    private static ParsedMessage parse(String subject, String body) {
        byte[] raw = TestMail.message().from("HDFC Bank InstaAlerts <alerts@hdfcbank.net>").subject(subject)
                .date("Sun, 06 Apr 2025 08:42:10 +0530").body(body).bytes();
        return IngestService.parseMessage(raw, null);
    }

    @Test
    void anAlertThatWarnsAboutCodesShouldStillBeAPayment() {
        ParsedMessage alert = parse("Alert : Update on your HDFC Bank Credit Card",
                "Dear Customer, Thank you for using HDFC Bank Card XX5464 for Rs. 594.0 at AMAZON on 06-04-2025 08:41:49."
                        + " Please note that this transaction was conducted without OTP /PIN. Never share your OTP with anyone.");
        List<ExtractedPayment> found = PaymentReader.read(alert, null, DAY);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().amount()).isEqualByComparingTo("594.00");
        assertThat(found.getFirst().currency()).isEqualTo("INR");
    }

    @Test
    void aCodeToApproveAPaymentShouldStillBeNone() {
        ParsedMessage code = parse("OTP for your transaction",
                "Dear Customer, 493021 is the OTP for transaction of Rs. 500.00 at AMAZON on your HDFC Bank Card XX5464.");
        assertThat(PaymentReader.read(code, null, DAY)).isEmpty();
    }
}
