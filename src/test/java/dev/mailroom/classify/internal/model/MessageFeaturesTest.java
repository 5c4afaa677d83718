package dev.mailroom.classify.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageFeaturesTest {

    private static final Path CORPUS =
            Path.of(System.getProperty("mailroom.corpus.dir", "../shared/data")).resolve("spamassassin");

    private static final String NEWSLETTER = """
            Received: from a.example by b.example; Mon, 1 Jul 2024 10:00:00 +0000
            Received: from c.example by a.example; Mon, 1 Jul 2024 09:59:00 +0000
            From: "Weekly News" <news@Mail.Example.COM>
            To: ann@example.org
            Subject: Big Summer Sale starts today
            List-Id: Weekly news <weekly.example.com>
            List-Unsubscribe: <mailto:leave@example.com>
            Precedence: bulk
            X-Mailer: PowerMailer 3.1
            Message-ID: <1@example.com>
            Content-Type: text/plain; charset="UTF-8"

            Hello Ann, the sale starts today. Visit https://shop.example.com/sale and
            www.deals.example.net for 50% off. Don't miss it!
            """;

    private static List<String> features(String message) {
        byte[] raw = message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        return MessageFeatures.of(IngestService.parseMessage(raw, Instant.EPOCH), raw);
    }

    @Test
    void featuresShouldCoverSubjectBodySenderListAndHeaders() {
        List<String> features = features(NEWSLETTER);

        assertThat(features).contains("s:big", "s:summer", "s2:^_big", "s2:summer_sale", "b:hello", "b:don't", "b2:hello_ann",
                "b:50", "from:news@mail.example.com", "fromd:mail.example.com", "fromn:weekly",
                "list:weekly.example.com", "hn:list-unsubscribe", "h:precedence=bulk", "h:x-mailer=powermailer",
                "h:received=2", "h:charset=utf-8", "u:example.com", "u:example.net", "h:links=2",
                "h:recipients=1");
        assertThat(features).doesNotHaveDuplicates().allMatch(f -> f.indexOf(':') > 0);
    }

    @Test
    void featuresWithoutRawBytesShouldLeaveOutTheHeaderBlock() {
        byte[] raw = NEWSLETTER.getBytes(StandardCharsets.UTF_8);

        List<String> features = MessageFeatures.of(IngestService.parseMessage(raw, Instant.EPOCH));

        assertThat(features).contains("s:summer", "list:weekly.example.com").noneMatch(f -> f.startsWith("hn:"));
    }

    @Test
    void tokenizeShouldKeepInnerPunctuationAndSkipLongRuns() {
        List<String> words = new ArrayList<>();

        MessageFeatures.tokenize("It's $19.95 at e-mail.com, a " + "x".repeat(40) + " I ok.", 100, words);

        assertThat(words).containsExactly("it's", "$19.95", "at", "e-mail.com", "ok");
    }

    @Test
    void bodyTokensShouldBeCapped() {
        List<String> words = new ArrayList<>();

        MessageFeatures.tokenize("word ".repeat(10_000), MessageFeatures.MAX_BODY_TOKENS, words);

        assertThat(words).hasSize(MessageFeatures.MAX_BODY_TOKENS);
    }

    @Test
    void featuresOfARealSpamAssassinSpamShouldNameItsSenderSubjectAndRelays() throws IOException {
        Path file = CORPUS.resolve("spam/00001.7848dde101aa985090474a91ec93fcf0");
        assumeTrue(Files.isRegularFile(file), "SpamAssassin corpus not found at " + CORPUS.toAbsolutePath()
                + " (set -Dmailroom.corpus.dir); skipping");
        byte[] raw = Files.readAllBytes(file);
        ParsedMessage message = IngestService.parseMessage(raw, Instant.EPOCH);

        List<String> features = MessageFeatures.of(message, raw);

        assertThat(features).contains("s:insurance", "s2:life_insurance", "s:why", "from:12a1mailbot1@web.de",
                "fromd:web.de", "h:received=le4", "h:charset=iso-8859-1", "hn:mime-version");
        assertThat(features).anyMatch(f -> f.startsWith("b:"));
    }
}
