package dev.mailroom.classify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesYamlTest {

    static final String EVERYTHING = """
            version: 1
            rules:
              - name: Acme bills
                if:
                  all:
                    - from: acme.com
                    - to: {equals: zoe@example.org}
                    - cc: carl
                    - bcc: hidden
                    - recipients: team@example.org
                    - subject: {matches: "invoice|receipt"}
                    - body: "amount due"
                    - header: {name: Authentication-Results, contains: "dkim=pass"}
                    - header: {name: X-Spam-Flag}
                    - list: announce.acme.com
                    - account: work
                    - has-attachment: true
                    - filename: {matches: '\\.pdf$'}
                    - attachment-type: application/pdf
                    - larger: 10K
                    - smaller: 5M
                    - older-than: 1d
                    - newer-than: 1y
                    - any:
                        - subject: urgent
                        - not: {subject: newsletter}
                then:
                  category: finance
                  labels: [bills, acme]
                  mark-read: true
                  mark-important: true
                stop: true
              - name: Quiet lists
                if: "list:announce -from:boss@example.org"
                then: {mark-read: true}
                enabled: false
            """;

    @Test
    void readShouldUnderstandEveryConditionAndAction() {
        List<Rule> rules = RulesYaml.read(EVERYTHING, "rules.yml");
        assertThat(rules).hasSize(2);
        Rule first = rules.get(0);
        assertThat(first.name()).isEqualTo("Acme bills");
        assertThat(first.stop()).isTrue();
        assertThat(first.enabled()).isTrue();
        assertThat(first.then()).isEqualTo(new RuleActions("finance", List.of("bills", "acme"), true, true));
        assertThat(ConditionSyntax.format(first.when())).isEqualTo("from:acme.com to:=zoe@example.org cc:carl bcc:hidden "
                + "recipients:team@example.org subject:/invoice|receipt/ body:\"amount due\" header:Authentication-Results:dkim=pass "
                + "header:X-Spam-Flag list:announce.acme.com account:work has:attachment filename:/\\.pdf$/ "
                + "attachment-type:application/pdf larger:10K smaller:5M older_than:1d newer_than:1y (subject:urgent OR -subject:newsletter)");
        Rule second = rules.get(1);
        assertThat(second.enabled()).isFalse();
        assertThat(second.stop()).isFalse();
        assertThat(second.when()).isEqualTo(ConditionSyntax.parse("list:announce -from:boss@example.org"));
    }

    @Test
    void writeThenReadShouldGiveTheSameRules() {
        List<Rule> rules = RulesYaml.read(EVERYTHING, "rules.yml");
        String yaml = RulesYaml.write(rules);
        assertThat(yaml).startsWith("# Mailroom rules").contains("version: 1").contains("- name: Acme bills");
        assertThat(RulesYaml.read(yaml, "export")).isEqualTo(rules);
    }

    @Test
    void severalKeysInOneMappingShouldAllHaveToMatch() {
        Rule r = RulesYaml.read("""
                rules:
                  - name: two
                    if: {from: acme.com, subject: invoice}
                    then: {labels: x}
                """, "f").get(0);
        assertThat(r.when()).isEqualTo(ConditionSyntax.parse("from:acme.com subject:invoice"));
        assertThat(r.then().labels()).containsExactly("x");
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> RulesYaml.read(yaml, "rules.yml")).isInstanceOf(RuleFormatException.class).hasMessage(message);
    }

    @Test
    void anUnknownConditionShouldNameTheFileLineAndRule() {
        assertError("""
                rules:
                  - name: Bills
                    if:
                      all:
                        - from: acme.com
                        - form: acme.com
                    then: {category: finance}
                """, "rules.yml line 6, rule \"Bills\": unknown condition \"form\" (expected one of: all, any, not, from, to, cc, bcc, "
                + "recipients, subject, body, list, account, filename, attachment-type, header, has-attachment, larger, smaller, "
                + "older-than, newer-than)");
    }

    @Test
    void badValuesShouldBeNamedWithTheirLine() {
        assertError("""
                rules:
                  - name: Regex
                    if: {subject: {matches: "(open"}}
                    then: {category: finance}
                """, "rules.yml line 3, rule \"Regex\": subject: invalid regular expression \"(open\": Unclosed group at position 6");
        assertError("""
                rules:
                  - name: Big
                    if:
                      larger: huge
                    then: {category: finance}
                """, "rules.yml line 4, rule \"Big\": invalid size \"huge\" (expected a number of bytes, optionally followed by K, M or G, as in 10M)");
        assertError("""
                rules:
                  - name: Flag
                    if: {from: a.example}
                    then: {mark-read: maybe}
                """, "rules.yml line 4, rule \"Flag\": expected true or false, not \"maybe\"");
    }

    @Test
    void missingPartsAndUnknownKeysShouldBeNamed() {
        assertError("""
                rules:
                  - name: Nothing
                    if: {from: a.example}
                    then: {}
                """, "rules.yml line 4, rule \"Nothing\": no action: give a category, labels, mark-read or mark-important");
        assertError("""
                rules:
                  - name: NoIf
                    then: {category: finance}
                """, "rules.yml line 2, rule \"NoIf\": missing \"if\"");
        assertError("""
                rules:
                  - if: {from: a.example}
                    then: {category: finance}
                """, "rules.yml line 2: a rule needs a name");
        assertError("""
                rules:
                  - name: Extra
                    if: {from: a.example}
                    then: {category: finance, move-to: Archive}
                """, "rules.yml line 4, rule \"Extra\": unknown action \"move-to\" (expected category, labels, mark-read, mark-important)");
        assertError("""
                rules:
                  - name: Extra
                    when: {from: a.example}
                    then: {category: finance}
                """, "rules.yml line 3, rule \"Extra\": unknown key \"when\" (a rule has name, if, then, stop, enabled)");
    }

    @Test
    void aShortConditionWithAMistakeShouldShowWhere() {
        assertThatThrownBy(() -> RulesYaml.read("""
                rules:
                  - name: Short
                    if: "from:a.example sujet:x"
                    then: {category: finance}
                """, "rules.yml"))
                .hasMessageStartingWith("rules.yml line 3, rule \"Short\": Unknown field \"sujet:\" at position 16")
                .hasMessageEndingWith("from:a.example sujet:x\n" + " ".repeat(17) + "^");
    }

    @Test
    void brokenYamlAndDuplicateNamesShouldBeReported() {
        assertThatThrownBy(() -> RulesYaml.read("rules:\n  - name: [unclosed\n", "rules.yml"))
                .hasMessageStartingWith("rules.yml line 3: not valid YAML: while parsing a flow sequence; expected ',' or ']', but got <stream end>");
        assertError("""
                rules:
                  - {name: Same, if: "from:a.example", then: {category: spam}}
                  - {name: Same, if: "from:b.example", then: {category: spam}}
                """, "rules.yml: two rules are named \"Same\"");
        assertError("rules: {name: x}\n", "rules.yml line 1: \"rules\" must be a list of rules");
        assertError("version: 2\nrules: []\n", "rules.yml line 1: unsupported version 2 (this Mailroom reads version 1)");
    }

    @Test
    void theExampleInTheDocumentationShouldBeAValidRulesFile() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/rules.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        List<Rule> rules = RulesYaml.read(yaml, "docs/rules.md");
        assertThat(rules).extracting(Rule::name).containsExactly("Acme bills", "Quiet lists");
        assertThat(rules.get(0).then()).isEqualTo(new RuleActions("finance", List.of("bills", "acme"), true, true));
    }

    @Test
    void anEmptyFileShouldHaveNoRules() {
        assertThat(RulesYaml.read("", "empty.yml")).isEmpty();
        assertThat(RulesYaml.read("rules: []\n", "empty.yml")).isEmpty();
    }
}
