package dev.mailroom.classify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.db.Sql;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every database keeping rules must do; SQLite and PostgreSQL run it. */
interface RuleStoreContract {

    RuleStore rules();

    Sql sql();

    private static Rule rule(String name, String condition, String category) {
        return Rule.of(name, ConditionSyntax.parse(condition), new RuleActions(category, List.of("l-" + name), false, false), false);
    }

    @Test
    default void addShouldAppendAndListShouldKeepTheOrder() {
        Rule a = rules().add(rule("a", "from:acme.com", "finance"));
        Rule b = rules().add(rule("b", "subject:\"trip to\" OR header:X-Trip", "travel"));
        assertThat(a.id()).isPositive();
        assertThat(a.position()).isEqualTo(1);
        assertThat(b.position()).isEqualTo(2);
        List<Rule> listed = rules().list();
        assertThat(listed).containsExactly(a, b);
        assertThat(listed.get(1).when()).isEqualTo(ConditionSyntax.parse("subject:\"trip to\" OR header:X-Trip"));
    }

    @Test
    default void addAtAPositionShouldMoveLaterRulesDown() {
        rules().add(rule("a", "from:a.example", null));
        rules().add(rule("b", "from:b.example", null));
        Rule first = new Rule(0, 1, "first", ConditionSyntax.parse("from:c.example"), new RuleActions(null, List.of(), true, false), true, false);
        Rule saved = rules().add(first);
        assertThat(saved.position()).isEqualTo(1);
        assertThat(rules().list()).extracting(Rule::name, Rule::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first", 1), org.assertj.core.groups.Tuple.tuple("a", 2),
                org.assertj.core.groups.Tuple.tuple("b", 3));
        Rule back = rules().find("first").orElseThrow();
        assertThat(back.stop()).isTrue();
        assertThat(back.enabled()).isFalse();
        assertThat(back.then().markRead()).isTrue();
    }

    @Test
    default void findShouldTakeAnIdOrAName() {
        Rule a = rules().add(rule("a", "from:a.example", null));
        Rule numbered = rules().add(rule("2024", "from:b.example", null));
        assertThat(rules().find(Long.toString(a.id()))).contains(a);
        assertThat(rules().find("a")).contains(a);
        assertThat(rules().find("2024")).contains(numbered);
        assertThat(rules().find("nope")).isEmpty();
    }

    @Test
    default void removeShouldCloseTheGap() {
        rules().add(rule("a", "from:a.example", null));
        Rule b = rules().add(rule("b", "from:b.example", null));
        rules().add(rule("c", "from:c.example", null));
        assertThat(rules().remove(Long.toString(b.id()))).isTrue();
        assertThat(rules().remove("b")).isFalse();
        assertThat(rules().list()).extracting(Rule::name, Rule::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", 1), org.assertj.core.groups.Tuple.tuple("c", 2));
    }

    @Test
    default void replaceAllShouldReplaceEveryRuleInListOrder() {
        rules().add(rule("old", "from:a.example", null));
        List<Rule> saved = rules().replaceAll(List.of(rule("x", "from:x.example", "spam"), rule("y", "larger:1M", null)));
        assertThat(rules().list()).containsExactlyElementsOf(saved);
        assertThat(saved).extracting(Rule::name, Rule::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("x", 1), org.assertj.core.groups.Tuple.tuple("y", 2));
    }

    @Test
    default void aNameInUseShouldBeRefusedAndNothingWritten() {
        rules().add(rule("a", "from:a.example", null));
        assertThatThrownBy(() -> rules().addAll(List.of(rule("new", "from:n.example", null), rule("a", "from:b.example", null))))
                .isInstanceOf(RuleFormatException.class)
                .hasMessage("a rule named \"a\" already exists");
        assertThat(rules().list()).extracting(Rule::name).containsExactly("a");
    }

    @Test
    default void anUnknownCategoryShouldBeRefusedWithTheKnownOnes() {
        sql().update("INSERT INTO categories (name, description, created_at) VALUES (?, ?, ?)", "receipts", null, "2024-01-01T00:00:00Z");
        assertThat(rules().categories()).endsWith("spam", "receipts");
        assertThat(rules().add(rule("mine", "from:a.example", "receipts")).then().category()).isEqualTo("receipts");
        assertThatThrownBy(() -> rules().replaceAll(List.of(rule("bad", "from:a.example", "bils"))))
                .isInstanceOf(RuleFormatException.class)
                .hasMessage("rule \"bad\": unknown category \"bils\" (known categories: primary, social, promotions, updates, "
                        + "forums, finance, travel, spam, receipts)");
        assertThat(rules().list()).extracting(Rule::name).containsExactly("mine");
    }

    @Test
    default void aRuleWithoutActionsShouldBeRefused() {
        assertThatThrownBy(() -> rules().add(Rule.of("idle", ConditionSyntax.parse("from:a.example"), new RuleActions(null, List.of(), false, false), false)))
                .hasMessage("rule \"idle\" has no action: give a category, labels, mark-read or mark-important");
    }
}
