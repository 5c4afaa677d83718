package dev.mailroom.classify.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailHeadersTest {

    private static MailHeaders parse(String text) {
        return MailHeaders.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesShouldIgnoreCaseAndKeepEveryValueInOrder() {
        MailHeaders h = parse("Received: one\r\nRECEIVED: two\r\nList-ID: <dev.lists.example.org>\r\n\r\nbody: no\r\n");
        assertThat(h.all("received")).containsExactly("one", "two");
        assertThat(h.first("list-id")).contains("<dev.lists.example.org>");
        assertThat(h.has("Body")).isFalse();
    }

    @Test
    void foldedLinesShouldBeUnfolded() {
        MailHeaders h = parse("Authentication-Results: mx.example.org;\r\n\tspf=fail smtp.mailfrom=x.test;\r\n dkim=none\r\n\r\n");
        assertThat(h.first("Authentication-Results")).contains("mx.example.org; spf=fail smtp.mailfrom=x.test; dkim=none");
    }

    @Test
    void encodedWordsShouldBeDecoded() {
        MailHeaders h = parse("Subject: =?UTF-8?Q?Pr=C3=A4mienrechnung?= =?UTF-8?B?IE3DpHJ6?=\nFrom: x@y.test\n\n");
        assertThat(h.first("Subject")).contains("Prämienrechnung März");
    }

    @Test
    void leadingMboxFromLineShouldBeSkipped() {
        MailHeaders h = parse("From someone@example.org Mon Sep 30 12:00:00 2002\nPrecedence: bulk\n\nFrom: not a header\n");
        assertThat(h.names()).containsExactly("precedence");
    }

    @Test
    void brokenInputShouldGiveWhatCanBeRead() {
        assertThat(MailHeaders.parse(new byte[0]).names()).isEmpty();
        assertThat(MailHeaders.parse(null).names()).isEmpty();
        MailHeaders h = parse("not a header line\nX-Ok: yes\nSubject: =?bogus-charset?Q?a?=\n");
        assertThat(h.first("X-Ok")).contains("yes");
        assertThat(h.first("Subject")).contains("=?bogus-charset?Q?a?=");
    }
}
