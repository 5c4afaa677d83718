package dev.mailroom.classify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionSyntaxTest {

    @Test
    void parseShouldReadFieldsMatchesAndOperators() {
        Condition c = ConditionSyntax.parse("from:acme.com subject:\"due soon\" OR -list:=announce header:X-Mailer:/outlook|mutt/");
        assertThat(c).isEqualTo(new Condition.Any(List.of(
                new Condition.All(List.of(Condition.contains(TextField.FROM, "acme.com"), Condition.contains(TextField.SUBJECT, "due soon"))),
                new Condition.All(List.of(
                        new Condition.Not(new Condition.Text(TextField.LIST, TextPattern.of(TextMatch.EQUALS, "announce"))),
                        new Condition.Header("X-Mailer", TextPattern.of(TextMatch.MATCHES, "outlook|mutt")))))));
    }

    @Test
    void parseShouldReadSizesAgesAndAttachments() {
        assertThat(ConditionSyntax.parse("larger:1M smaller:500k older_than:30d newer_than:2w has:attachment")).isEqualTo(new Condition.All(List.of(
                new Condition.Size(Condition.Size.Bound.LARGER, 1 << 20),
                new Condition.Size(Condition.Size.Bound.SMALLER, 500 * 1024),
                new Condition.Age(Condition.Age.Bound.OLDER, 30, Condition.Age.Unit.DAYS),
                new Condition.Age(Condition.Age.Bound.NEWER, 2, Condition.Age.Unit.WEEKS),
                new Condition.HasAttachment())));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "from:acme.com",
        "subject:\"due soon\" body:=\"exact \\\"quoted\\\" text\"",
        "(from:a.example OR from:b.example) -subject:/^re:\\s/",
        "header:X-Spam-Flag header:Authentication-Results:\"dkim=fail\" header:X-Mailer:=Outlook",
        "list:announce.example.org account:work filename:.pdf attachment-type:image/png recipients:team cc:carl bcc:x to:zoe",
        "larger:10M smaller:1234 older_than:1y newer_than:12h has:attachment",
        "-(subject:a subject:b) OR NOT body:c",
        "subject:\"OR\" subject:\"repo*\" subject:/a\\/b/"
    })
    void formatShouldWriteWhatParseReadsBack(String text) {
        Condition c = ConditionSyntax.parse(text);
        assertThat(ConditionSyntax.parse(ConditionSyntax.format(c))).isEqualTo(c);
    }

    @Test
    void formatShouldBeReadable() {
        assertThat(ConditionSyntax.format(ConditionSyntax.parse("from:acme.com (subject:invoice OR subject:receipt) -has:attachment larger:1024")))
                .isEqualTo("from:acme.com (subject:invoice OR subject:receipt) -has:attachment larger:1K");
    }

    @Test
    void anUnknownFieldShouldBeNamedWithTheKnownOnesAndACaret() {
        assertThatThrownBy(() -> ConditionSyntax.parse("form:alice"))
                .isInstanceOf(RuleFormatException.class)
                .hasMessageStartingWith("Unknown field \"form:\" at position 1 (known fields: from, to,")
                .hasMessageEndingWith("\n  form:alice\n  ^");
    }

    @Test
    void aWordWithoutAFieldShouldSayHowToWriteIt() {
        assertThatThrownBy(() -> ConditionSyntax.parse("from:a invoice"))
                .hasMessageStartingWith("\"invoice\" has no field at position 8 (write it as subject:invoice, body:invoice or from:invoice)");
    }

    @Test
    void anInvalidRegularExpressionShouldPointAtIt() {
        assertThatThrownBy(() -> ConditionSyntax.parse("subject:/(unclosed/"))
                .hasMessageStartingWith("Invalid regular expression \"(unclosed\": Unclosed group")
                .hasMessageContaining("at position 9")
                .hasMessageEndingWith("\n          ^");
    }

    @Test
    void badValuesAndUnbalancedGroupsShouldBeExplained() {
        assertThatThrownBy(() -> ConditionSyntax.parse("larger:ten")).hasMessageStartingWith("Invalid size \"ten\"");
        assertThatThrownBy(() -> ConditionSyntax.parse("older_than:7x")).hasMessageStartingWith("Invalid age \"7x\"");
        assertThatThrownBy(() -> ConditionSyntax.parse("has:pdf")).hasMessageStartingWith("Unknown has: value \"pdf\"");
        assertThatThrownBy(() -> ConditionSyntax.parse("(from:a")).hasMessageStartingWith("Unmatched \"(\" at position 1");
        assertThatThrownBy(() -> ConditionSyntax.parse("from:a)")).hasMessageStartingWith("Unexpected \")\" at position 7");
        assertThatThrownBy(() -> ConditionSyntax.parse("subject:\"open")).hasMessageStartingWith("Unmatched quote at position 9");
        assertThatThrownBy(() -> ConditionSyntax.parse("from:")).hasMessageStartingWith("Missing value after \"from:\"");
        assertThatThrownBy(() -> ConditionSyntax.parse("from:a OR")).hasMessageStartingWith("OR with nothing after it");
        assertThatThrownBy(() -> ConditionSyntax.parse("  ")).hasMessageStartingWith("Empty condition");
        assertThatThrownBy(() -> ConditionSyntax.parse("header:X-Mailer:")).hasMessageStartingWith("Missing value after \"header:X-Mailer:\"");
        assertThatThrownBy(() -> ConditionSyntax.parse("\"quoted\"")).hasMessageStartingWith("A phrase needs a field");
    }
}
