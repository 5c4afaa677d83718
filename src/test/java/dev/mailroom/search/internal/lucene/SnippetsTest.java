package dev.mailroom.search.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.search.query.QueryParser;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static String snippet(String query, String text) {
        var q = new QueryTranslator(t -> new long[0]).translate(new QueryParser(Clock.systemUTC(), ZoneOffset.UTC).parse(query));
        return new Snippets().snippet(text, Snippets.words(q));
    }

    @Test
    void snippetShouldMarkEveryFormOfAStemmedWordAndEscapeTheRest() {
        assertThat(snippet("invoices", "Your invoice <INV-1> & the invoices are attached."))
                .isEqualTo("Your <mark>invoice</mark> &lt;INV-1&gt; &amp; the <mark>invoices</mark> are attached.");
    }

    @Test
    void snippetShouldStartNearTheFirstMatchOfALongText() {
        String text = "filler ".repeat(100) + "the budget is ready " + "more ".repeat(100);
        String s = snippet("budget", text);
        assertThat(s).startsWith("… ").contains("<mark>budget</mark>").endsWith(" …");
        assertThat(s.length()).isLessThan(Snippets.WINDOW + 60);
    }

    @Test
    void snippetShouldNotMarkNegatedWordsAndShouldMarkPrefixesAndCjk() {
        assertThat(snippet("budget -ready", "the budget is ready")).isEqualTo("the <mark>budget</mark> is ready");
        assertThat(snippet("repo*", "see the report")).isEqualTo("see the <mark>report</mark>");
        assertThat(snippet("東京", "来週東京に行きます")).isEqualTo("来週<mark>東京</mark>に行きます");
    }

    @Test
    void aTextWithoutMatchesShouldShowItsBeginning() {
        assertThat(snippet("zebra", "Nothing to see here.")).isEqualTo("Nothing to see here.");
    }
}
