package dev.mailroom.extract.internal.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateScannerTest {

    private static final LocalDate MESSAGE_DAY = LocalDate.of(2026, 3, 4); // a Wednesday

    @ParameterizedTest(name = "{0} (day first: {1}) is {2}")
    @CsvSource(delimiter = '|', value = {
        "March 5, 2026        | false | 2026-03-05",
        "Mar. 5 2026          | false | 2026-03-05",
        "March 5th, 2026      | false | 2026-03-05",
        "5 March 2026         | false | 2026-03-05",
        "5th March 2026       | false | 2026-03-05",
        "5. März 2026         | true  | 2026-03-05",
        "18. 11. 2026         | true  | 2026-11-18",
        "5 mars 2026          | true  | 2026-03-05",
        "5 marzo 2026         | true  | 2026-03-05",
        "5 de marzo de 2026   | true  | 2026-03-05",
        "2026-03-05           | false | 2026-03-05",
        "05/03/2026           | true  | 2026-03-05",
        "03/05/2026           | false | 2026-03-05",
        "5.3.2026             | false | 2026-03-05",
        "05.03.26             | false | 2026-03-05",
        "03/05/26             | false | 2026-03-05",
        "25/03/2026           | false | 2026-03-25",
        "03/25/2026           | true  | 2026-03-25",
        "Friday, March 20     | false | 2026-03-20",
        "期日は2026年03月05日     | false | 2026-03-05",
        "2026年3月5日            | true  | 2026-03-05",
        "5 maart 2026         | true  | 2026-03-05",
        "5 de março de 2026   | true  | 2026-03-05",
        "5 marca 2026         | true  | 2026-03-05",
        "15-Mar-2026          | false | 2026-03-15",
        "15-MAR-26            | false | 2026-03-15",
        "15/Mar/2026          | false | 2026-03-15",
        "15 Mar 26            | false | 2026-03-15",
        "15 Mar 26, 10:00     | false | 2026-03-15",
        "due 15-Mar           | false | 2026-03-15",
        "5-mars-2026          | true  | 2026-03-05",
        "お支払い期限：3月15日     | false | 2026-03-15",
        "납부기한 3월 15일         | false | 2026-03-15",
        "due on the 15th of March 2026 | false | 2026-03-15",
        "Mar-15-2026          | false | 2026-03-15",
        "Son ödeme: 15 Mart 2026 | true | 2026-03-15",
        "splatnost 15. března 2026 | true | 2026-03-15",
        "határidő: március 15. | true | 2026-03-15",
        "scadența 15 martie 2026 | true | 2026-03-15",
        "eräpäivä 15. maaliskuuta 2026 | true | 2026-03-15",
        "оплатить до 15 марта 2026 | true | 2026-03-15",
        "сплатити до 15 березня 2026 | true | 2026-03-15",
        "Ημερομηνία λήξης 15 Μαρτίου 2026 | true | 2026-03-15",
        "Betalingsdato 15. marts 2026 | true | 2026-03-15",
        "Краен срок 15 март 2026 | true | 2026-03-15",
        "hạn 15 tháng 3 năm 2026 | true | 2026-03-15",
    })
    void absoluteShouldReadEachFormatInTheGivenOrder(String text, boolean dayFirst, String expected) {
        DateScanner.Found f = DateScanner.absolute(text.strip(), 0, 100, dayFirst, MESSAGE_DAY);

        assertThat(f).isNotNull();
        assertThat(f.date()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} has no year: {1}")
    @CsvSource(delimiter = '|', value = {
        "15 March 10:30       | 2026-03-15",
        "15 March 12 items    | 2026-03-15",
        "15 March 26.50       | 2026-03-15",
        "15 March 2 items     | 2026-03-15",
        "March 15 26          | 2026-03-15",
    })
    void twoDigitsAfterAMonthShouldBeAYearOnlyWhenTheyCanBeOne(String text, String expected) {
        DateScanner.Found f = DateScanner.absolute(text.strip(), 0, 100, true, MESSAGE_DAY);

        assertThat(f).isNotNull();
        assertThat(f.date()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} right after a label is {2}")
    @CsvSource(delimiter = '|', value = {
        "15/03 bitte       | true  | 2026-03-15",
        ": 3/15            | false | 2026-03-15",
        " 15.03.           | true  | 2026-03-15",
        " 15/01            | true  | 2027-01-15",
    })
    void aNumericDayAndMonthRightAfterALabelShouldTakeTheNearYear(String text, boolean dayFirst, String expected) {
        DateScanner.Found f = DateScanner.dayMonthRightAfter(text.stripTrailing(), 0, dayFirst, LocalDate.of(2026, 12, 20).minusMonths(9));

        assertThat(f).isNotNull();
        assertThat(f.date()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} is no day and month")
    @CsvSource(delimiter = '|', value = {
        "10.12 EUR", "1.5 days", "15/03/2026", "3/15ths", "order 15/03", "123/45",
    })
    void sumsFractionsAndWholeDatesShouldNotBeADayAndMonth(String text) {
        assertThat(DateScanner.dayMonthRightAfter(text, 0, true, MESSAGE_DAY)).isNull();
    }

    @Test
    void aDateWithoutYearShouldBeTheNextOneAfterTheMessage() {
        assertThat(DateScanner.absolute("due 10 January", 0, 100, true, LocalDate.of(2026, 12, 20)).date())
                .isEqualTo(LocalDate.of(2027, 1, 10));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "in 5 days          | 2026-03-09",
        "within 30 days     | 2026-04-03",
        "innert 30 tagen    | 2026-04-03",
        "tomorrow           | 2026-03-05",
        "by the end of the month | 2026-03-31",
        "bis monatsende     | 2026-03-31",
        "by the end of next month | 2026-04-30",
        "friday             | 2026-03-06",
        "next monday        | 2026-03-09",
        "wednesday          | 2026-03-11",
        "in 2 weeks         | 2026-03-18",
        "10th of this month | 2026-03-10",
        "the 1st            | 2026-04-01",
        "the 2nd this month | 2026-03-02",
        "in 2 business days | 2026-03-06",
        "in 3 business days | 2026-03-09",
        "in 5 working days  | 2026-03-11",
        "innerhalb von 3 werktagen | 2026-03-09",
        "sous 3 jours ouvrés | 2026-03-09",
        "en 3 días hábiles  | 2026-03-09",
        "due in two weeks   | 2026-03-18",
        "within thirty days | 2026-04-03",
        "binnen 7 dagen     | 2026-03-11",
        "innerhalb von zwei wochen | 2026-03-18",
    })
    void relativeShouldResolveAgainstTheMessageDay(String text, String expected) {
        assertThat(DateScanner.relative(text.strip(), 0, 100, MESSAGE_DAY).date()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void numbersThatAreNotDatesShouldBeIgnored() {
        assertThat(DateScanner.absolute("Order 12345, 3 items, version 1.2.3", 0, 100, true, MESSAGE_DAY)).isNull();
        assertThat(DateScanner.absolute("31/02/2026", 0, 100, true, MESSAGE_DAY)).isNull();
        assertThat(DateScanner.absolute("Version 2. 3. 14 and 5. 6. 7", 0, 100, true, MESSAGE_DAY)).isNull();
    }

    @Test
    void monthYearShouldReadABillingMonth() {
        assertThat(DateScanner.monthYear("billing period: October 2026", 0, 100)).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void dayOrderShouldFollowTheSendersLocaleAndCurrency() {
        assertThat(DayOrder.dayFirst(null, "shop.example.com", "USD")).isFalse();
        assertThat(DayOrder.dayFirst(null, "shop.example.com", "EUR")).isTrue();
        assertThat(DayOrder.dayFirst(null, "shop.example.com", "GBP")).isTrue();
        assertThat(DayOrder.dayFirst(null, "rechnung.example.de", "USD")).isTrue();
        assertThat(DayOrder.dayFirst(null, "billing.example.ch", null)).isTrue();
        assertThat(DayOrder.dayFirst("de-CH", "example.com", "USD")).isTrue();
        assertThat(DayOrder.dayFirst("en-US", "example.co.uk", "GBP")).isFalse();
        assertThat(DayOrder.dayFirst(null, "example.com", null)).isFalse();
    }

    @Test
    void aDateThatCanBeReadOnlyOneWayShouldShowTheOrder() {
        assertThat(DayOrder.shownIn("statement date: 25/02/2026, due 05/03/2026")).isTrue();
        assertThat(DayOrder.shownIn("statement date: 02/25/2026, due 03/05/2026")).isFalse();
        assertThat(DayOrder.shownIn("due 03/05/2026")).isNull();
        assertThat(DayOrder.shownIn("from 25/02/2026 to 02/25/2026")).isNull();
        assertThat(DayOrder.shownIn("version 1.13.2026 and 3/15")).isNull();
    }

    @Test
    void aShortDottedDateShouldCountOnlyAfterAWordThatIntroducesADate() {
        LocalDate march = LocalDate.of(2026, 3, 2);
        assertThat(DateScanner.absolute("Zahlbar bis 15.3. ohne Abzug", 0, 40, true, march).date()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(DateScanner.absolute("Fälligkeit: 20.03.", 0, 40, true, march).date()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(DateScanner.absolute("gemäß Ziffer 3.2. der AGB", 0, 40, true, march)).isNull();
        assertThat(DateScanner.absolute("Version 1.2.3", 0, 40, true, march)).isNull();
    }
}
