package dev.mailroom.search.query;

import static dev.mailroom.search.query.Q.BERLIN;
import static dev.mailroom.search.query.Q.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PeerQueries} on parsed queries, with the clock at 2026-11-22T10:00Z and dates in Europe/Berlin. */
class PeerQueriesTest {

    private static String notmuch(String query) {
        return PeerQueries.toNotmuch(parse(query), BERLIN).orElseThrow();
    }

    private static String mu(String query) {
        return PeerQueries.toMu(parse(query), BERLIN).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "*                                   | *",
        "alice                               | alice",
        "from:alice subject:\"quarterly report\" | from:alice and subject:\"quarterly report\"",
        "to:alice body:lunch                 | to:alice and body:lunch",
        "-from:bob                           | not from:bob",
        "-from:bob -from:carol               | not from:bob and not from:carol",
        "a OR -b                             | a or (not b)",
        "-c (a OR b) d                       | (a or b) and d and not c",
        "-(a b)                              | not (a and b)",
        "is:read to:alice                    | (not tag:unread) and to:alice",
        "-is:read                            | not (not tag:unread)",
        "has:attachment is:starred is:answered is:draft is:passed | tag:attachment and tag:flagged and tag:replied and tag:draft and tag:passed",
        "filename:report-2024.pdf            | attachment:report-2024.pdf",
        "folder:Work                         | folder:Work",
        "in:inbox                            | folder:\"\"",
        "id:<a$b@mail.example>               | id:\"a$b@mail.example\"",
        "repo*                               | repo*",
        "10:30                               | \"10:30\"",
        "\"and\"                             | \"and\"",
        "\"say \\\"hi\\\"\"                  | \"say \"\"hi\"\"\""
    })
    void notmuchShouldGetItsOwnSyntax(String query, String expected) {
        assertThat(notmuch(query.strip())).isEqualTo(expected);
    }

    @Test
    void notmuchDatesShouldBeInclusiveEpochSecondRanges() {
        assertThat(notmuch("on:2024-03-15")).isEqualTo("date:@1710457200..@1710543599");
        assertThat(notmuch("after:2024-03-15")).isEqualTo("date:@1710457200..");
        assertThat(notmuch("before:2024-03-15")).isEqualTo("date:..@1710457199");
    }

    @Test
    void partialSecondsShouldRoundToTheSecondsInsideTheRange() {
        QueryNode range = new QueryNode.DateRange(Instant.parse("2026-01-01T00:00:00.500Z"), Instant.parse("2026-01-01T00:00:10.500Z"));
        assertThat(PeerQueries.toNotmuch(range, BERLIN)).contains("date:@1767225601..@1767225610");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cc:bob", "bcc:bob", "larger:1M", "list:dev", "account:work", "thread:t1", "is:deleted", "a OR (b cc:bob)", "-smaller:1K"})
    void notmuchShouldGetNothingForWhatItCannotSearch(String query) {
        assertThat(PeerQueries.toNotmuch(parse(query), BERLIN)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "*                                   | \"\"",
        "alice                               | alice",
        "-from:bob                           | NOT from:bob",
        "from:alice OR -b                    | from:alice OR (NOT b)",
        "(a OR b) c -d                       | (a OR b) AND c AND NOT d",
        "cc:bob bcc:carol list:dev.lists.example.org | cc:bob AND bcc:carol AND list:dev.lists.example.org",
        "subject:\"say \\\"hi\\\"\" body:x   | subject:\"say \\\"hi\\\"\" AND body:x",
        "filename:report.pdf                 | file:report.pdf",
        "folder:Work/Projects                | maildir:/Work/Projects",
        "in:INBOX                            | maildir:/",
        "folder:\"Sent Items\"               | maildir:\"/Sent Items\"",
        "id:<abc@mail.example>               | msgid:abc@mail.example",
        "is:unread has:attachment is:trashed is:passed | flag:unread AND flag:attach AND flag:trashed AND flag:passed",
        "is:seen is:flagged is:replied is:draft | flag:seen AND flag:flagged AND flag:replied AND flag:draft",
        "a -is:unstarred                     | a AND NOT (NOT flag:flagged)",
        "larger:1M                           | size:1048576..",
        "smaller:10K                         | size:..10239",
        "xor                                 | \"xor\""
    })
    void muShouldGetItsOwnSyntax(String query, String expected) {
        assertThat(mu(query.strip())).isEqualTo(expected);
    }

    @Test
    void muDatesShouldBeInclusiveLocalTimesInTheZone() {
        assertThat(mu("on:2024-03-15")).isEqualTo("date:20240315000000..20240315235959");
        assertThat(mu("on:2026-03-29")).isEqualTo("date:20260329000000..20260329235959");
        assertThat(mu("newer_than:2d")).isEqualTo("date:20261120110000..");
        assertThat(mu("before:2024-07-01")).isEqualTo("date:..20240630235959");
    }

    @ParameterizedTest
    @ValueSource(strings = {"account:work", "thread:t1", "a OR account:work", "smaller:0"})
    void muShouldGetNothingForWhatItCannotSearch(String query) {
        assertThat(PeerQueries.toMu(parse(query), BERLIN)).isEmpty();
    }
}
