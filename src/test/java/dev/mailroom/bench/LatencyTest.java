package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyTest {

    @Test
    void percentilesShouldBeMeasuredValuesByNearestRank() {
        List<Double> millis = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            millis.add((double) i);
        }
        Collections.shuffle(millis);

        Latency l = Latency.ofMillis(millis);

        assertThat(l).isEqualTo(new Latency(200, 100, 190, 198, 200, 100.5));
    }

    @Test
    void aSingleTimingShouldBeEveryPercentile() {
        assertThat(Latency.ofMillis(List.of(4.321))).isEqualTo(new Latency(1, 4.32, 4.32, 4.32, 4.32, 4.32));
    }

    @Test
    void noTimingsShouldGiveZeros() {
        assertThat(Latency.ofMillis(List.of())).isEqualTo(Latency.NONE);
        assertThat(Latency.median(List.of())).isZero();
    }

    @Test
    void theMedianOfAnEvenCountShouldBeTheMeanOfTheMiddleTwo() {
        assertThat(Latency.median(List.of(30.0, 10.0, 20.0, 40.0))).isEqualTo(25.0);
        assertThat(Latency.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    }
}
