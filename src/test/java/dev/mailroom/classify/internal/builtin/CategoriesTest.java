package dev.mailroom.classify.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.classify.rules.RuleStore;
import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void rulesShouldKnowEveryBuiltInCategory() {
        assertThat(RuleStore.BUILTIN_CATEGORIES).containsExactlyInAnyOrderElementsOf(Categories.ALL);
    }
}
