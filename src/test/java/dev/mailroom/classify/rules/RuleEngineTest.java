package dev.mailroom.classify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.testing.TestMail;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");

    static RuleMessage message(byte[] raw, String account) {
        return new RuleMessage(1, account, IngestService.parseMessage(raw, null), IngestService.headerSection(raw), raw.length);
    }

    static final byte[] INVOICE = TestMail.message()
            .from("Acme Billing <billing@mail.acme.com>")
            .to("Zoë Müller <zoe@example.org>, team@example.org")
            .header("Cc", "Carl <carl@example.net>")
            .header("Bcc", "hidden@example.net")
            .subject("Your invoice for Café Délice")
            .date("Mon, 10 Jun 2024 09:00:00 +0000")
            .header("List-Id", "Acme announcements <announce.acme.com>")
            .header("X-Mailer", "Microsoft Outlook 16.0")
            .header("Authentication-Results", "mx.example.org; dkim=pass header.d=acme.com; spf=pass")
            .header("MIME-Version", "1.0")
            .header("Content-Type", "multipart/mixed; boundary=\"b1\"")
            .body("""
                    --b1
                    Content-Type: text/plain; charset=utf-8

                    Amount due: $120.00
                    Please pay   by Friday.
                    --b1
                    Content-Type: application/pdf; name="invoice-2024-06.pdf"
                    Content-Disposition: attachment; filename="invoice-2024-06.pdf"
                    Content-Transfer-Encoding: base64

                    JVBERi0xLjQK
                    --b1--
                    """)
            .bytes();

    static final byte[] HTML_ONLY = TestMail.message()
            .from("news@shop.example")
            .to("zoe@example.org")
            .subject("Summer sale")
            .date("Tue, 01 Jan 2019 09:00:00 +0000")
            .header("MIME-Version", "1.0")
            .header("Content-Type", "text/html; charset=utf-8")
            .body("<html><body><p>Everything <b>half price</b> this week</p></body></html>")
            .bytes();

    private static boolean matches(String condition, byte[] raw) {
        return RuleEngine.matches(ConditionSyntax.parse(condition), message(raw, "work"), NOW);
    }

    @Test
    void fromShouldMatchAddressNameAndDomainWithItsSubdomains() {
        assertThat(matches("from:acme.com", INVOICE)).isTrue();
        assertThat(matches("from:mail.acme.com", INVOICE)).isTrue();
        assertThat(matches("from:billing@mail.acme.com", INVOICE)).isTrue();
        assertThat(matches("from:\"acme billing\"", INVOICE)).isTrue();
        assertThat(matches("from:billing", INVOICE)).isTrue();
        assertThat(matches("from:cme.com", INVOICE)).isFalse();
        assertThat(matches("from:example.org", INVOICE)).isFalse();
        assertThat(matches("from:=billing@mail.acme.com", INVOICE)).isTrue();
        assertThat(matches("from:=billing", INVOICE)).isFalse();
        assertThat(matches("from:=acme.com", INVOICE)).isTrue();
        assertThat(matches("from:/^billing@/", INVOICE)).isTrue();
    }

    @Test
    void recipientFieldsShouldEachLookAtTheirOwnHeaders() {
        assertThat(matches("to:zoe@example.org", INVOICE)).isTrue();
        assertThat(matches("to:muller", INVOICE)).as("accents ignored").isTrue();
        assertThat(matches("to:carl", INVOICE)).isFalse();
        assertThat(matches("cc:carl@example.net", INVOICE)).isTrue();
        assertThat(matches("cc:zoe", INVOICE)).isFalse();
        assertThat(matches("bcc:hidden", INVOICE)).isTrue();
        assertThat(matches("recipients:hidden@example.net", INVOICE)).isTrue();
        assertThat(matches("recipients:carl", INVOICE)).isTrue();
        assertThat(matches("recipients:team@example.org", INVOICE)).isTrue();
        assertThat(matches("recipients:billing", INVOICE)).isFalse();
    }

    @Test
    void textShouldMatchIgnoringCaseAccentsAndSpaces() {
        assertThat(matches("subject:invoice", INVOICE)).isTrue();
        assertThat(matches("subject:\"cafe delice\"", INVOICE)).isTrue();
        assertThat(matches("subject:CAFÉ", INVOICE)).isTrue();
        assertThat(matches("subject:receipt", INVOICE)).isFalse();
        assertThat(matches("subject:=\"your invoice for cafe delice\"", INVOICE)).isTrue();
        assertThat(matches("subject:=invoice", INVOICE)).isFalse();
        assertThat(matches("subject:/invoice\\s+for/", INVOICE)).isTrue();
        assertThat(matches("subject:/^invoice/", INVOICE)).isFalse();
        assertThat(matches("body:\"please pay by friday\"", INVOICE)).isTrue();
        assertThat(matches("body:/amount due: \\$\\d+/", INVOICE)).isTrue();
    }

    @Test
    void bodyShouldReadTheTextOfHtmlOnlyMessages() {
        assertThat(matches("body:\"half price\"", HTML_ONLY)).isTrue();
        assertThat(matches("body:<b>", HTML_ONLY)).isFalse();
    }

    @Test
    void headerShouldMatchAnyNamedHeaderOrItsPresence() {
        assertThat(matches("header:X-Mailer:outlook", INVOICE)).isTrue();
        assertThat(matches("header:x-mailer:\"outlook 16\"", INVOICE)).isTrue();
        assertThat(matches("header:X-Mailer:thunderbird", INVOICE)).isFalse();
        assertThat(matches("header:Authentication-Results:/dkim=pass/", INVOICE)).isTrue();
        assertThat(matches("header:Authentication-Results", INVOICE)).isTrue();
        assertThat(matches("header:X-Spam-Flag", INVOICE)).isFalse();
        assertThat(matches("-header:X-Spam-Flag", INVOICE)).isTrue();
    }

    @Test
    void listShouldMatchTheListId() {
        assertThat(matches("list:announce.acme.com", INVOICE)).isTrue();
        assertThat(matches("list:=announce.acme.com", INVOICE)).isTrue();
        assertThat(matches("list:\"acme announcements\"", INVOICE)).isTrue();
        assertThat(matches("list:announce", HTML_ONLY)).isFalse();
    }

    @Test
    void attachmentsShouldBeFoundByPresenceNameAndType() {
        assertThat(matches("has:attachment", INVOICE)).isTrue();
        assertThat(matches("has:attachment", HTML_ONLY)).isFalse();
        assertThat(matches("filename:invoice", INVOICE)).isTrue();
        assertThat(matches("filename:/\\.pdf$/", INVOICE)).isTrue();
        assertThat(matches("filename:.docx", INVOICE)).isFalse();
        assertThat(matches("attachment-type:application/pdf", INVOICE)).isTrue();
        assertThat(matches("attachment-type:=image/png", INVOICE)).isFalse();
    }

    @Test
    void sizeShouldCompareTheRawSize() {
        int size = INVOICE.length;
        assertThat(matches("larger:" + size, INVOICE)).isTrue();
        assertThat(matches("larger:" + (size + 1), INVOICE)).isFalse();
        assertThat(matches("smaller:" + size, INVOICE)).isFalse();
        assertThat(matches("smaller:1K", HTML_ONLY)).isTrue();
        assertThat(matches("larger:1M", INVOICE)).isFalse();
    }

    @Test
    void ageShouldCountBackFromNow() {
        assertThat(matches("newer_than:7d", INVOICE)).isTrue();
        assertThat(matches("newer_than:5d", INVOICE)).isFalse();
        assertThat(matches("older_than:5d", INVOICE)).isTrue();
        assertThat(matches("older_than:1w", INVOICE)).isFalse();
        assertThat(matches("older_than:5y", HTML_ONLY)).isTrue();
        assertThat(matches("older_than:6y", HTML_ONLY)).isFalse();
        assertThat(matches("newer_than:1m", INVOICE)).isTrue();
        byte[] undated = TestMail.message().from("a@b.example").subject("x").bytes();
        assertThat(matches("older_than:1d", undated)).isFalse();
        assertThat(matches("newer_than:1d", undated)).isFalse();
    }

    @Test
    void accountShouldMatchTheAccountName() {
        assertThat(matches("account:work", INVOICE)).isTrue();
        assertThat(matches("account:=home", INVOICE)).isFalse();
    }

    @Test
    void allAnyAndNotShouldCombineConditions() {
        assertThat(matches("from:acme.com subject:invoice", INVOICE)).isTrue();
        assertThat(matches("from:acme.com AND subject:receipt", INVOICE)).isFalse();
        assertThat(matches("subject:receipt OR subject:invoice", INVOICE)).isTrue();
        assertThat(matches("(subject:receipt OR subject:statement) from:acme.com", INVOICE)).isFalse();
        assertThat(matches("-subject:invoice", INVOICE)).isFalse();
        assertThat(matches("NOT (subject:receipt OR has:attachment)", HTML_ONLY)).isTrue();
        assertThat(matches("not from:acme.com", HTML_ONLY)).isTrue();
    }

    private static Rule rule(String name, int position, String condition, RuleActions then, boolean stop, boolean enabled) {
        return new Rule(position, position, name, ConditionSyntax.parse(condition), then, stop, enabled);
    }

    private static RuleActions category(String c, String... labels) {
        return new RuleActions(c, List.of(labels), false, false);
    }

    @Test
    void theFirstMatchingRuleThatSetsACategoryShouldDecideIt() {
        List<Rule> rules = List.of(
                rule("labels only", 1, "from:acme.com", new RuleActions(null, List.of("acme"), true, false), false, true),
                rule("bills", 2, "subject:invoice", category("finance", "bills"), false, true),
                rule("acme promos", 3, "from:acme.com", category("promotions", "later"), false, true),
                rule("no match", 4, "subject:holiday", new RuleActions("travel", List.of("trips"), false, true), false, true));
        RuleOutcome o = RuleEngine.apply(rules, message(INVOICE, "work"), NOW);
        assertThat(o.category()).isEqualTo("finance");
        assertThat(o.categoryRule().name()).isEqualTo("bills");
        assertThat(o.labels()).containsExactly("acme", "bills", "later");
        assertThat(o.markRead()).isTrue();
        assertThat(o.markImportant()).isFalse();
        assertThat(o.fired()).extracting(Rule::name).containsExactly("labels only", "bills", "acme promos");
    }

    @Test
    void rulesShouldRunInPositionOrderWhateverTheListOrder() {
        List<Rule> rules = List.of(
                rule("second", 2, "from:acme.com", category("promotions"), false, true),
                rule("first", 1, "from:acme.com", category("finance"), false, true));
        RuleOutcome o = RuleEngine.apply(rules, message(INVOICE, "work"), NOW);
        assertThat(o.category()).isEqualTo("finance");
        assertThat(o.fired()).extracting(Rule::name).containsExactly("first", "second");
    }

    @Test
    void aMatchingRuleWithStopShouldEndTheEvaluation() {
        List<Rule> rules = List.of(
                rule("not matching stop", 1, "subject:holiday", category("travel"), true, true),
                rule("stopper", 2, "from:acme.com", category(null, "seen"), true, true),
                rule("never", 3, "from:acme.com", new RuleActions("finance", List.of("late"), false, true), false, true));
        RuleOutcome o = RuleEngine.apply(rules, message(INVOICE, "work"), NOW);
        assertThat(o.fired()).extracting(Rule::name).containsExactly("stopper");
        assertThat(o.category()).isNull();
        assertThat(o.categoryRule()).isNull();
        assertThat(o.labels()).containsExactly("seen");
        assertThat(o.markImportant()).isFalse();
    }

    @Test
    void disabledRulesShouldBeSkipped() {
        List<Rule> rules = List.of(
                rule("off", 1, "from:acme.com", category("spam"), true, false),
                rule("on", 2, "from:acme.com", new RuleActions("finance", List.of(), false, true), false, true));
        RuleOutcome o = RuleEngine.apply(rules, message(INVOICE, "work"), NOW);
        assertThat(o.category()).isEqualTo("finance");
        assertThat(o.markImportant()).isTrue();
        assertThat(o.fired()).extracting(Rule::name).containsExactly("on");
    }

    @Test
    void noMatchingRuleShouldGiveAnEmptyOutcome() {
        RuleOutcome o = RuleEngine.apply(List.of(rule("x", 1, "subject:holiday", category("travel"), false, true)),
                message(INVOICE, "work"), NOW);
        assertThat(o.isEmpty()).isTrue();
        assertThat(o.category()).isNull();
        assertThat(o.labels()).isEmpty();
    }

    @Test
    void anInvalidRegularExpressionShouldBeRejectedWhenTheConditionIsMade() {
        assertThatThrownBy(() -> TextPattern.of(TextMatch.MATCHES, "invoice ("))
                .isInstanceOf(RuleFormatException.class)
                .hasMessageStartingWith("invalid regular expression \"invoice (\": Unclosed group");
    }
}
