package dev.mailroom.search.query;

import static dev.mailroom.search.query.Q.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The errors of {@link QueryParser}: what they say and where they point. */
class QuerySyntaxErrorTest {

    private static QuerySyntaxException errorOf(String query) {
        QuerySyntaxException error = catchThrowableOfType(QuerySyntaxException.class, () -> parse(query));
        assertThat(error).as("error for %s", query).isNotNull();
        return error;
    }

    @Test
    void aMisspeltFieldShouldSuggestTheClosestOperator() {
        assertThat(errorOf("form:alice")).hasMessage("""
                Unknown field "form:" at position 1 (did you mean "from:"?)
                  form:alice
                  ^""");
    }

    @Test
    void theErrorShouldExposeItsParts() {
        QuerySyntaxException error = errorOf("urgent subjet:report");
        assertThat(error.query()).isEqualTo("urgent subjet:report");
        assertThat(error.position()).isEqualTo(7);
        assertThat(error.reason()).isEqualTo("Unknown field \"subjet:\"");
        assertThat(error.hint()).contains("did you mean \"subject:\"?");
    }

    @Test
    void anUnknownFieldFarFromAnyOperatorShouldSuggestQuoting() {
        assertThat(errorOf("a foo:bar")).hasMessage("""
                Unknown field "foo:" at position 3 (put it in quotes to search for the text)
                  a foo:bar
                    ^""");
    }

    @Test
    void aFieldWithoutValueShouldPointJustAfterTheColon() {
        assertThat(errorOf("from:")).hasMessage("""
                Missing value after "from:" at position 6
                  from:
                       ^""");
        assertThat(errorOf("subject: report").position()).isEqualTo(8);
    }

    @Test
    void anUnmatchedParenthesisShouldBeTheOnePointedAt() {
        assertThat(errorOf("a (b OR c")).hasMessage("""
                Unmatched "(" at position 3
                  a (b OR c
                    ^""");
        assertThat(errorOf("a b) c")).hasMessage("""
                Unmatched ")" at position 4
                  a b) c
                     ^""");
    }

    @Test
    void anUnterminatedQuoteShouldPointAtTheOpeningQuote() {
        assertThat(errorOf("subject:\"quarterly report")).hasMessage("""
                Unterminated quote at position 9
                  subject:"quarterly report
                          ^""");
    }

    @Test
    void aBadDateShouldSayWhatIsWrongWithIt() {
        assertThat(errorOf("before:2024-13-45")).hasMessage("""
                Invalid date "2024-13-45" at position 8 (month must be 1 to 12)
                  before:2024-13-45
                         ^""");
        assertThat(errorOf("on:2023-02-29").getMessage()).startsWith("Invalid date \"2023-02-29\" at position 4 (2023-02 has 28 days)");
    }

    @Test
    void aBadDateInARangeShouldPointAtThatEnd() {
        assertThat(errorOf("date:2024-01-01..2024-13-01")).hasMessage("""
                Invalid date "2024-13-01" at position 18 (month must be 1 to 12)
                  date:2024-01-01..2024-13-01
                                   ^""");
    }

    @Test
    void aRelativeAgeWithAnUnknownUnitShouldBeRejected() {
        assertThat(errorOf("older_than:7x")).hasMessage("""
                Invalid age "7x" at position 12 (expected a number and a unit h, d, w, m or y, as in 7d)
                  older_than:7x
                             ^""");
    }

    @Test
    void aSizeThatIsNotANumberShouldBeRejected() {
        assertThat(errorOf("larger:ten")).hasMessage("""
                Invalid size "ten" at position 8 (expected a number of bytes, optionally followed by K, M or G, as in 10M)
                  larger:ten
                         ^""");
    }

    @Test
    void anUnknownIsValueShouldListTheValidOnes() {
        assertThat(errorOf("is:unred")).hasMessage("""
                Unknown value "unred" for "is:" at position 4 (did you mean "is:unread"? valid values: unread, read, seen, \
                flagged, starred, important, unflagged, unstarred, replied, answered, draft, deleted, trashed, forwarded, passed)
                  is:unred
                     ^""");
        assertThat(errorOf("has:pdf").getMessage()).startsWith("Unknown value \"pdf\" for \"has:\" at position 5 (valid values: attachment, attachments)");
    }

    @Test
    void aDanglingOperatorShouldBePointedAt() {
        assertThat(errorOf("a OR")).hasMessage("""
                Nothing after "OR" at position 3
                  a OR
                    ^""");
        assertThat(errorOf("and b")).hasMessage("""
                Nothing before "and" at position 1
                  and b
                  ^""");
    }

    @Test
    void aGroupAfterAnOperatorThatTakesOneValueShouldBeRejected() {
        assertThat(errorOf("has:(a b)")).hasMessage("""
                Unexpected group after "has:" at position 5 (it takes one value, as in has:attachment)
                  has:(a b)
                      ^""");
    }

    @Test
    void anEmptyGroupShouldBeRejected() {
        assertThat(errorOf("a () b")).hasMessage("""
                Empty group "()" at position 3
                  a () b
                    ^""");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a OR OR b        | 2  | Nothing after \"OR\"",
        "a AND OR b       | 2  | Nothing after \"AND\"",
        "(OR a)           | 1  | Nothing before \"OR\"",
        "a NOT            | 2  | Nothing after \"NOT\"",
        "a -              | 2  | Nothing after \"-\"",
        "a - b            | 2  | Nothing after \"-\"",
        "(a}              | 2  | Unmatched \"}\"",
        "{a b             | 0  | Unmatched \"{\"",
        "{}               | 0  | Empty group \"{}\"",
        "subject:()       | 8  | Empty group \"()\"",
        "\"\"             | 0  | Empty phrase",
        "from:\" \"       | 5  | Missing value after \"from:\"",
        "id:<>            | 3  | Missing value after \"id:\"",
        "is:(a b)         | 3  | Unexpected group after \"is:\"",
        "date:..          | 5  | Empty date range \"..\"",
        "date:2024..2023  | 5  | Date range \"2024..2023\" ends before it starts",
        "after:\"15 March\" | 7 | Invalid date \"15 March\"",
        "after:next-week  | 6  | Invalid date \"next-week\"",
        "larger:1.5M      | 7  | Invalid size \"1.5M\"",
        "larger:99999999999999G | 7  | Size \"99999999999999G\" is too large",
        "newer_than:d     | 11 | Invalid age \"d\""
    })
    void otherMistakesShouldHaveAReasonAndAPosition(String query, int position, String reason) {
        QuerySyntaxException error = errorOf(query);
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.position()).isEqualTo(position);
    }

    @Test
    void theCaretShouldLineUpWhenTheQueryHasTabs() {
        assertThat(errorOf("a\tb)")).hasMessage("""
                Unmatched ")" at position 4
                  a b)
                     ^""");
    }
}
