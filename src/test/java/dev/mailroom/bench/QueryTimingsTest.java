package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTimingsTest {

    @Test
    void speedupShouldCompareMediansOnTheQueriesBothRan() {
        QueryTimings fast = new QueryTimings();
        fast.add("a", 10);
        fast.add("a", 30);
        fast.add("b", 20);
        fast.add("only-fast", 1);
        QueryTimings slow = new QueryTimings();
        slow.add("a", 40);
        slow.add("b", 40);
        slow.add("only-slow", 1000);

        assertThat(QueryTimings.speedup(fast, slow, q -> true)).isEqualTo(2.0);
        assertThat(QueryTimings.common(fast, slow, q -> true)).isEqualTo(2);
        assertThat(QueryTimings.speedup(fast, slow, q -> q.equals("b"))).isEqualTo(2.0);
        assertThat(QueryTimings.speedup(fast, slow, q -> q.startsWith("only"))).isZero();
    }

    @Test
    void slowestShouldOrderQueriesByTheirMedian() {
        QueryTimings t = new QueryTimings();
        t.add("quick", 1);
        t.add("slow", 9);
        t.add("slow", 1);
        t.add("slow", 8);
        t.add("middle", 3);

        assertThat(t.slowest(2)).containsExactly("slow", "middle");
        assertThat(t.latency(q -> !q.equals("slow")).count()).isEqualTo(2);
    }

    @Test
    void failuresShouldBeCountedOncePerQuery() {
        QueryTimings t = new QueryTimings();
        t.fail("x", "exit 1");
        t.fail("x", "exit 2");

        assertThat(t.failures()).isEqualTo(1);
        assertThat(t.firstFailure()).isEqualTo("x: exit 1");
    }

    @Test
    void countDifferencesShouldListTheWidestFirst() {
        List<CountDifference> d = CountDifference.compare(Map.of("a", 100L, "b", 10L, "c", 0L, "d", 5L),
                Map.of("a", 95L, "b", 40L, "c", 30L, "d", -1L), Map.of("a", "A", "b", "B", "c", "C", "d", "D"));

        assertThat(d).extracting(CountDifference::query).containsExactly("c", "b", "a");
        assertThat(d).extracting(CountDifference::agrees).containsExactly(false, false, true);
        assertThat(d.getFirst().peerQuery()).isEqualTo("C");
    }
}
