package dev.mailroom.classify.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.IngestService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Hand-made messages, one kind at a time, and the explanations the verdicts give. */
class BuiltinClassifierTest {

    private final BuiltinClassifier classifier = new BuiltinClassifier();

    private BuiltinClassifier.Verdict classify(String headers, String body) {
        byte[] raw = (headers.strip().replace("\n", "\r\n") + "\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n"
                + "Message-ID: <" + Math.abs(headers.hashCode()) + "@test>\r\n\r\n" + body.replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
        return classifier.classify(IngestService.parseMessage(raw, Instant.EPOCH), MailHeaders.parse(raw));
    }

    @Test
    void discussionOnAMailingListShouldBeForums() {
        var v = classify("""
                From: Jan Novak <jan@example.org>
                To: dev@lists.example.org
                Subject: Re: [dev] release plan for 2.4
                In-Reply-To: <abc@example.org>
                List-Id: Developers <dev.lists.example.org>
                List-Post: <mailto:dev@lists.example.org>
                Precedence: list
                """, "I agree, let's branch on Friday.\n\n_______________\ndev mailing list\nhttps://lists.example.org/listinfo/dev\n");
        assertThat(v.category()).isEqualTo("forums");
        assertThat(v.confidence()).isGreaterThanOrEqualTo(0.85);
        assertThat(v.reasons()).contains("List-Id header: mailing list dev.lists.example.org");
    }

    @Test
    void marketingNewsletterSentThroughAListShouldBePromotions() {
        var v = classify("""
                From: Outdoor Shop <news@shop.example.com>
                To: alex@example.org
                Subject: Summer sale: 30% off all tents
                List-Id: <offers.shop.example.com>
                List-Unsubscribe: <https://shop.example.com/unsub>
                Precedence: bulk
                Feedback-ID: 123:campaign:esp
                """, "Limited time only: 30% off all tents, free shipping from USD 50. Shop now!\nUnsubscribe here.\n");
        assertThat(v.category()).isEqualTo("promotions");
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("Marketing language: "));
    }

    @Test
    void notificationFromAKnownSocialNetworkShouldBeSocial() {
        var v = classify("""
                From: LinkedIn <messages-noreply@linkedin.com>
                To: alex@example.org
                Subject: Maria Rossi mentioned you in a comment
                """, "Maria Rossi mentioned you in a comment on her post. See the comment.\n");
        assertThat(v.category()).isEqualTo("social");
        assertThat(v.reasons()).contains("From a known social network: linkedin.com");
        assertThat(v.confidence()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void automaticSecurityNoticeShouldBeUpdates() {
        var v = classify("""
                From: Example Accounts <no-reply@accounts.example.com>
                To: alex@example.org
                Subject: Security alert: new sign-in on Windows
                Auto-Submitted: auto-generated
                """, "We noticed a new sign-in to your account. Was this you? If not, reset your password.\n");
        assertThat(v.category()).isEqualTo("updates");
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("Auto-Submitted: auto-generated"));
    }

    @Test
    void issueTrackerNotificationOnAListShouldBeUpdates() {
        var v = classify("""
                From: Tracker <notifications@code.example.com>
                To: alex@example.org
                Subject: [acme/widgets] Fix crash on empty input (#412)
                List-Id: acme/widgets <widgets.acme.code.example.com>
                X-Tracker-Reason: review_requested
                """, "@bob requested your review on this pull request.\n\nReply to this email directly, view it on Code.\n");
        assertThat(v.category()).isEqualTo("updates");
    }

    @Test
    void invoiceWithAnAmountDueShouldBeFinance() {
        var v = classify("""
                From: Cloud Hosting <billing@hosting.example.com>
                To: alex@example.org
                Subject: Your invoice INV-2026-0042
                """, "Hello,\n\nyour invoice INV-2026-0042 is ready. Amount due: EUR 49.00, due date 15 March 2026.\n");
        assertThat(v.category()).isEqualTo("finance");
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("Subject and body talk about \"invoice\"") && r.endsWith("and an amount"));
        assertThat(v.confidence()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void receiptFromAPaymentProcessorShouldBeFinance() {
        var v = classify("""
                From: PayPal <service@paypal.com>
                To: alex@example.org
                Subject: Receipt for your payment to Book Shop
                """, "You sent a payment of $23.50 USD to Book Shop.\n");
        assertThat(v.category()).isEqualTo("finance");
        assertThat(v.reasons()).contains("From a known payment or banking service: paypal.com");
    }

    @Test
    void flightBookingShouldBeTravel() {
        var v = classify("""
                From: Airline <booking@fly.example.com>
                To: alex@example.org
                Subject: Booking confirmation - your flight to Lisbon
                """, "Booking reference K7XQ2P. Flight departure 07:10, gate opens 06:30, seat 14C.\n"
                        + "Online check-in opens 24 hours before departure. Your boarding pass follows.\n");
        assertThat(v.category()).isEqualTo("travel");
        assertThat(v.confidence()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void lotteryScamWithFailedAuthenticationShouldBeSpam() {
        var v = classify("""
                From: Claims Desk <claims@lotto-winners.test>
                To: alex@example.org
                Subject: CONGRATULATIONS YOU HAVE WON!!!
                Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=lotto-winners.test; dkim=fail; dmarc=fail
                """, "Dear friend, you have won EUR 850,000 in our lottery. To claim your prize send your bank details "
                        + "and a processing fee.\n");
        assertThat(v.category()).isEqualTo("spam");
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("Authentication-Results:"));
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("Typical spam wording:"));
    }

    @Test
    void personalReplyShouldBePrimaryEvenWhenItMentionsMoneyOrPrizes() {
        var v = classify("""
                From: Nadia Keller <nadia.keller@gmail.com>
                To: Alex Morgan <alex@example.org>
                Subject: Re: pub quiz on Friday
                In-Reply-To: <q1@example.org>
                References: <q1@example.org>
                """, "Hi Alex,\n\nwe won the prize last time, so this time drinks are on us! Can you book a table?\n\nCheers,\nNadia\n");
        assertThat(v.category()).isEqualTo("primary");
        assertThat(v.reasons()).contains("A reply in a conversation", "The sender's name looks like a person: Nadia Keller");
    }

    @Test
    void messageWithoutAnyCueShouldBePrimaryWithLowConfidence() {
        var v = classify("""
                From: someone@example.net
                Subject: hello
                """, "ok\n");
        assertThat(v.category()).isEqualTo("primary");
        assertThat(v.confidence()).isLessThan(0.85);
        assertThat(v.reasons()).isNotEmpty();
    }

    @Test
    void weakSpamEvidenceShouldNotMakeSpam() {
        var v = classify("""
                From: Tom Baker <tom@example.net>
                To: alex@example.org
                Subject: urgent: click here for the photos
                """, "Kindly click here for the photos from Saturday.\n");
        assertThat(v.category()).isNotEqualTo("spam");
    }

    @Test
    void confidenceShouldGrowWithTheLeadAndTheStrength() {
        assertThat(BuiltinClassifier.confidence(6, 5)).isGreaterThanOrEqualTo(0.85);
        assertThat(BuiltinClassifier.confidence(1, 1)).isLessThan(0.85);
        assertThat(BuiltinClassifier.confidence(3, 0.2)).isLessThan(0.6);
        assertThat(BuiltinClassifier.confidence(0, 0)).isBetween(0.0, 1.0);
    }
}
