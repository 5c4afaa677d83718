package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySetTest {

    @Test
    void parseShouldLeaveOutBlankLinesAndComments() {
        QuerySet set = QuerySet.parse(List.of("# words", "spam", "   ", "  from:bob  ", "#", "\"red hat\""));

        assertThat(set.queries()).containsExactly("spam", "from:bob", "\"red hat\"");
    }

    @Test
    void oneWordShouldBeASinglePlainWord() {
        QuerySet set = QuerySet.parse(List.of("spam", "Dijkstra", "rh8", "spam*", "-spam", "from:bob", "red hat", "\"spam\"", "apt-get"));

        assertThat(set.oneWord()).containsExactly("spam", "Dijkstra", "rh8");
        assertThat(set.others()).containsExactly("spam*", "-spam", "from:bob", "red hat", "\"spam\"", "apt-get");
    }

    @Test
    void spreadShouldTakeEvenlySpacedQueriesInOrder() {
        List<String> ten = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

        assertThat(QuerySet.spread(ten, 5)).containsExactly("0", "2", "4", "6", "8");
        assertThat(QuerySet.spread(ten, 10)).isEqualTo(ten);
        assertThat(QuerySet.spread(ten, 0)).isEmpty();
        assertThat(QuerySet.spread(List.of(), 3)).isEmpty();
    }

    @Test
    void spreadShouldGoRoundAgainWhenAskedForMoreThanThereAre() {
        assertThat(QuerySet.spread(List.of("a", "b", "c"), 7)).containsExactly("a", "b", "c", "a", "b", "c", "a");
        assertThat(QuerySet.spread(List.of("a", "b", "c", "d"), 6)).containsExactly("a", "b", "c", "d", "a", "c");
    }
}
