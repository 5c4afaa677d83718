package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.testing.TestMail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The product's extractor (with the shipped gate) over one message a test writes, dated Monday 2 March
 * 2026 at 10:00 in UTC+1 unless the test builds the raw message itself, and the assertions the phrasing
 * tests share.
 */
final class PaymentProbes {

    private final PaymentExtractor extractor = new PaymentExtractor(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    /** The payments of a plain-text message from {@code from} with {@code subject} and {@code body}. */
    List<ExtractedPayment> find(String from, String subject, String body) {
        return find(from, subject, "Mon, 02 Mar 2026 10:00:00 +0100", body);
    }

    /** As {@link #find(String, String, String)}, sent at {@code date} (an RFC 5322 date, whose offset some rules read). */
    List<ExtractedPayment> find(String from, String subject, String date, String body) {
        return find(TestMail.message().from(from).subject(subject).date(date).body(body).bytes());
    }

    /** The payments of a whole raw message. */
    List<ExtractedPayment> find(byte[] raw) {
        return extractor.find(IngestService.parseMessage(raw, null), IngestService.headerSection(raw));
    }

    /** One payment of {@code kind}, {@code amount} (compared as a number) and {@code currency}. */
    static void assertPayment(List<ExtractedPayment> found, PaymentKind kind, String amount, String currency) {
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.amount()).isEqualByComparingTo(amount);
            assertThat(p.currency()).isEqualTo(currency);
        });
    }

    /** One payment of {@code amount} and {@code currency}, of whatever kind. */
    static void assertMoney(List<ExtractedPayment> found, String amount, String currency) {
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo(amount);
            assertThat(p.currency()).isEqualTo(currency);
        });
    }

    /** One payment of {@code amount} and {@code currency} due on {@code due} (ISO), or stating no due date when null. */
    static void assertDue(List<ExtractedPayment> found, String amount, String currency, String due) {
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo(amount);
            assertThat(p.currency()).isEqualTo(currency);
            assertThat(p.dueDate()).isEqualTo(due == null ? null : LocalDate.parse(due));
        });
    }
}
