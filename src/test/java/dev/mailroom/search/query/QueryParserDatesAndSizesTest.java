package dev.mailroom.search.query;

import static dev.mailroom.search.query.Q.dates;
import static dev.mailroom.search.query.Q.parse;
import static dev.mailroom.search.query.Q.sizes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates, ages and sizes in {@link QueryParser}, with the clock at 2026-11-22T10:00Z and dates in Europe/Berlin. */
class QueryParserDatesAndSizesTest {

    @ParameterizedTest
    @ValueSource(strings = {"after:2024-03-15", "since:2024-03-15", "newer:2024-03-15", "after:2024/03/15", "after:15.03.2024", "AFTER:2024-03-15"})
    void afterShouldIncludeTheWholeDayInTheZone(String query) {
        assertThat(parse(query)).isEqualTo(dates("2024-03-15T00:00", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"before:2024-03-15", "until:2024-03-15", "older:2024-03-15", "before:\"2024-03-15\""})
    void beforeShouldEndWhereTheDayStarts(String query) {
        assertThat(parse(query)).isEqualTo(dates(null, "2024-03-15T00:00"));
    }

    @Test
    void singleDigitMonthsAndDaysShouldBeAccepted() {
        assertThat(parse("after:2024-3-5")).isEqualTo(dates("2024-03-05T00:00", null));
        assertThat(parse("after:5.3.2024")).isEqualTo(dates("2024-03-05T00:00", null));
    }

    @Test
    void aDayBoundaryShouldBeMidnightInTheZoneNotInUtc() {
        assertThat(parse("after:2024-03-15")).isEqualTo(new QueryNode.DateRange(Instant.parse("2024-03-14T23:00:00Z"), null));
        assertThat(parse("after:2024-07-15")).isEqualTo(new QueryNode.DateRange(Instant.parse("2024-07-14T22:00:00Z"), null));
    }

    @ParameterizedTest
    @CsvSource({
        "on:2024-03-15, 2024-03-15T00:00, 2024-03-16T00:00",
        "date:2024-03-15, 2024-03-15T00:00, 2024-03-16T00:00",
        "on:2024-03, 2024-03-01T00:00, 2024-04-01T00:00",
        "on:2024/02, 2024-02-01T00:00, 2024-03-01T00:00",
        "date:2024, 2024-01-01T00:00, 2025-01-01T00:00",
        "on:today, 2026-11-22T00:00, 2026-11-23T00:00",
        "on:Yesterday, 2026-11-21T00:00, 2026-11-22T00:00",
        "date:2024-01-01..2024-01-31, 2024-01-01T00:00, 2024-02-01T00:00",
        "date:2024-01..2024-02, 2024-01-01T00:00, 2024-03-01T00:00",
        "date:2024-01-31..2024-01-31, 2024-01-31T00:00, 2024-02-01T00:00",
        "date:yesterday..today, 2026-11-21T00:00, 2026-11-23T00:00"
    })
    void onAndDateShouldCoverTheWholeDayMonthYearOrRange(String query, String from, String to) {
        assertThat(parse(query)).isEqualTo(dates(from, to));
    }

    @Test
    void dateRangesMayBeOpenAtEitherEnd() {
        assertThat(parse("date:..2024-01-31")).isEqualTo(dates(null, "2024-02-01T00:00"));
        assertThat(parse("date:2024-01..")).isEqualTo(dates("2024-01-01T00:00", null));
    }

    @Test
    void daysWhenTheClocksChangeShouldBe23And25HoursLong() {
        QueryNode.DateRange spring = (QueryNode.DateRange) parse("on:2026-03-29");
        QueryNode.DateRange autumn = (QueryNode.DateRange) parse("on:2026-10-25");
        assertThat(spring).isEqualTo(new QueryNode.DateRange(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z")));
        assertThat(Duration.between(spring.from(), spring.to())).isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(autumn.from(), autumn.to())).isEqualTo(Duration.ofHours(25));
    }

    @ParameterizedTest
    @CsvSource({
        "newer_than:3h, 2026-11-22T07:00:00Z",
        "newer_than:2d, 2026-11-20T10:00:00Z",
        "newer_than:7D, 2026-11-15T10:00:00Z",
        "newer_than:1w, 2026-11-15T10:00:00Z",
        "newer_than:1y, 2025-11-22T10:00:00Z",
        "newer_than:0d, 2026-11-22T10:00:00Z"
    })
    void newerThanShouldStartThatLongBeforeNow(String query, Instant from) {
        assertThat(parse(query)).isEqualTo(new QueryNode.DateRange(from, null));
    }

    @Test
    void olderThanShouldEndThatLongBeforeNow() {
        assertThat(parse("older_than:2d")).isEqualTo(new QueryNode.DateRange(null, Instant.parse("2026-11-20T10:00:00Z")));
    }

    @Test
    void monthsShouldBeCalendarMonthsThatKeepTheLocalTimeAcrossTheClockChange() {
        // 11:00 in Berlin (winter time) a month back is 11:00 on 22 October, still summer time (UTC+2).
        assertThat(parse("newer_than:1m")).isEqualTo(new QueryNode.DateRange(Instant.parse("2026-10-22T09:00:00Z"), null));
    }

    @Test
    void aMonthBackFromTheEndOfAMonthShouldEndOnTheLastDayOfTheShorterMonth() {
        QueryParser parser = Q.parserAt(Instant.parse("2026-03-31T10:00:00Z"));
        assertThat(parser.parse("older_than:1m")).isEqualTo(dates(null, "2026-02-28T12:00"));
    }

    @Test
    void daysShouldBeCalendarDaysAcrossTheClockChange() {
        QueryParser parser = Q.parserAt(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(parser.parse("newer_than:2d")).isEqualTo(dates("2026-03-28T12:00", null));
        assertThat(parser.parse("newer_than:48h")).isEqualTo(dates("2026-03-28T11:00", null));
    }

    @ParameterizedTest
    @CsvSource({
        "larger:1024, 1024", "larger:10M, 10485760", "larger:10mb, 10485760", "larger:3K, 3072",
        "larger:3kb, 3072", "larger:2G, 2147483648", "larger:2gb, 2147483648", "larger:100b, 100",
        "size:2MB, 2097152"
    })
    void largerAndSizeShouldSetTheSmallestSizeInPowersOf1024(String query, long min) {
        assertThat(parse(query)).isEqualTo(sizes(min, null));
    }

    @Test
    void smallerShouldSetTheFirstSizeThatNoLongerMatches() {
        assertThat(parse("smaller:500k")).isEqualTo(sizes(null, 512_000L));
        assertThat(parse("larger:1M smaller:5M")).isEqualTo(Q.and(sizes(1L << 20, null), sizes(null, 5L << 20)));
    }
}
