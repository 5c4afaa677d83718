package dev.mailroom.ingest.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.internal.files.MailSniffer.Content;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailSnifferTest {

    private static Content classify(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return MailSniffer.classify(bytes, bytes.length, true);
    }

    private static boolean isEnvelope(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return MailSniffer.isEnvelope(bytes, 0, bytes.length);
    }

    @Test
    void envelopeLinesShouldNeedASenderATimeAndAYear() {
        assertThat(isEnvelope("From alice@example.org  Thu Aug 22 13:17:22 2002\n")).isTrue();
        assertThat(isEnvelope("From - Sat Jan  3 01:05:34 1996\r\n")).isTrue();
        assertThat(isEnvelope("From 1234@xxx Sat Mar 14 10:22:33 +0000 2020\n")).isTrue();
        assertThat(isEnvelope("From MAILER-DAEMON Fri Jul  8 12:08:34 2011")).isTrue();

        assertThat(isEnvelope("From the desk of the editor, 2024\n")).isFalse();
        assertThat(isEnvelope("From 10:30 onwards\n")).isFalse();
        assertThat(isEnvelope("From:alice Thu Aug 22 13:17:22 2002\n")).isFalse();
        assertThat(isEnvelope(">From alice Thu Aug 22 13:17:22 2002\n")).isFalse();
    }

    @Test
    void classifyShouldRecogniseMboxAndMessageFiles() {
        assertThat(classify("From alice@example.org Thu Aug 22 13:17:22 2002\nSubject: x\n\nbody\n")).isEqualTo(Content.MBOX);
        assertThat(classify("From alice\nReturn-Path: <alice@example.org>\n\nbody\n")).isEqualTo(Content.MBOX);
        assertThat(classify("\r\nReturn-Path: alice@example.org\nReceived: from x\n\tby y\nX-Status: \n\nbody\n"))
                .isEqualTo(Content.MESSAGE);
        assertThat(classify("Subject: headers only\n")).isEqualTo(Content.MESSAGE);
    }

    @Test
    void classifyShouldRejectFilesThatOnlyResembleMail() {
        assertThat(classify("")).isEqualTo(Content.EMPTY);
        assertThat(classify("path\tlabel\tsubset\neasy_ham/00001\tham\teasy_ham\n")).isEqualTo(Content.NOT_MAIL);
        assertThat(classify("{\"name\": \"spamassassin\"}\n")).isEqualTo(Content.NOT_MAIL);
        assertThat(classify("From the desk of the editor\nDear reader,\n")).isEqualTo(Content.NOT_MAIL);
        assertThat(classify("Note: this is a README\nwith prose below\n")).isEqualTo(Content.NOT_MAIL);
        assertThat(classify("Title: a README\nAuthor: someone\n\nNo mail header at all.\n")).isEqualTo(Content.NOT_MAIL);
    }
}
