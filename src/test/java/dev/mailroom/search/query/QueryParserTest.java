package dev.mailroom.search.query;

import static dev.mailroom.search.query.Q.all;
import static dev.mailroom.search.query.Q.and;
import static dev.mailroom.search.query.Q.flag;
import static dev.mailroom.search.query.Q.not;
import static dev.mailroom.search.query.Q.or;
import static dev.mailroom.search.query.Q.parse;
import static dev.mailroom.search.query.Q.phrase;
import static dev.mailroom.search.query.Q.word;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar, fields and flags of {@link QueryParser}; dates, sizes and errors have their own tests. */
class QueryParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*", " * "})
    void emptyQueryAndStarShouldMatchEveryMessage(String query) {
        assertThat(parse(query)).isEqualTo(all());
    }

    @Test
    void adjacentWordsShouldAllBeRequiredInAnyField() {
        assertThat(parse("hello world")).isEqualTo(and(word("hello"), word("world")));
        assertThat(parse("hello")).isEqualTo(word("hello"));
    }

    @Test
    void wordsShouldBeKeptAsTyped() {
        assertThat(parse("Müller ÉCOLE")).isEqualTo(and(word("Müller"), word("ÉCOLE")));
    }

    @Test
    void quotedTextShouldBeAPhraseEvenForOneWord() {
        assertThat(parse("\"quarterly report\"")).isEqualTo(phrase("quarterly report"));
        assertThat(parse("\"hello\"")).isEqualTo(phrase("hello"));
        assertThat(parse("say \"hi there\" now")).isEqualTo(and(word("say"), phrase("hi there"), word("now")));
    }

    @Test
    void backslashShouldEscapeAQuoteInsideAPhrase() {
        assertThat(parse("\"say \\\"hi\\\" \\\\ bye\"")).isEqualTo(phrase("say \"hi\" \\ bye"));
    }

    @Test
    void orShouldBindLooserThanAnd() {
        assertThat(parse("a b OR c")).isEqualTo(or(and(word("a"), word("b")), word("c")));
        assertThat(parse("a OR b c")).isEqualTo(or(word("a"), and(word("b"), word("c"))));
        assertThat(parse("a or b")).isEqualTo(or(word("a"), word("b")));
    }

    @Test
    void explicitAndShouldMeanTheSameAsAdjacency() {
        assertThat(parse("a AND b and c")).isEqualTo(and(word("a"), word("b"), word("c")));
        assertThat(parse("a AND b OR c")).isEqualTo(or(and(word("a"), word("b")), word("c")));
    }

    @Test
    void keywordsShouldBeRecognisedOnlyInOneCaseAndUnquoted() {
        assertThat(parse("a Or b")).isEqualTo(and(word("a"), word("Or"), word("b")));
        assertThat(parse("a \"OR\" b")).isEqualTo(and(word("a"), phrase("OR"), word("b")));
    }

    @Test
    void notAndMinusShouldBindTighterThanAnd() {
        assertThat(parse("b NOT a")).isEqualTo(and(word("b"), not(word("a"))));
        assertThat(parse("b not a c")).isEqualTo(and(word("b"), not(word("a")), word("c")));
        assertThat(parse("b -a OR c")).isEqualTo(or(and(word("b"), not(word("a"))), word("c")));
        assertThat(parse("b -\"x y\"")).isEqualTo(and(word("b"), not(phrase("x y"))));
    }

    @Test
    void aHyphenInsideAWordShouldNotNegate() {
        assertThat(parse("well-known e-mail")).isEqualTo(and(word("well-known"), word("e-mail")));
    }

    @Test
    void parenthesesShouldGroupAndNestedGroupsOfOneKindShouldBeFlattened() {
        assertThat(parse("(a OR b) c")).isEqualTo(and(or(word("a"), word("b")), word("c")));
        assertThat(parse("a (b c)")).isEqualTo(and(word("a"), word("b"), word("c")));
        assertThat(parse("a OR (b OR (c OR d))")).isEqualTo(or(word("a"), word("b"), word("c"), word("d")));
        assertThat(parse("((a))")).isEqualTo(word("a"));
        assertThat(parse("(a b)OR(c)")).isEqualTo(or(and(word("a"), word("b")), word("c")));
    }

    @Test
    void bracesShouldBeAGroupOfAlternatives() {
        assertThat(parse("{a b} c")).isEqualTo(and(or(word("a"), word("b")), word("c")));
        assertThat(parse("{a OR b c}")).isEqualTo(or(word("a"), word("b"), word("c")));
        assertThat(parse("{a b AND c}")).isEqualTo(or(word("a"), and(word("b"), word("c"))));
    }

    @Test
    void aQueryOfOnlyNegationsShouldMatchEverythingElse() {
        assertThat(parse("-from:bob")).isEqualTo(and(all(), not(Q.word(Field.FROM, "bob"))));
        assertThat(parse("-a -b")).isEqualTo(and(all(), not(word("a")), not(word("b"))));
        assertThat(parse("NOT (a b)")).isEqualTo(and(all(), not(and(word("a"), word("b")))));
        assertThat(parse("* -a")).isEqualTo(and(all(), not(word("a"))));
    }

    @Test
    void aNegationAmongAlternativesShouldBeAnchoredToEveryMessage() {
        assertThat(parse("a OR -b")).isEqualTo(or(word("a"), and(all(), not(word("b")))));
        assertThat(parse("c -(a OR -b)")).isEqualTo(and(word("c"), not(or(word("a"), and(all(), not(word("b")))))));
    }

    @Test
    void doubleNegationShouldCancelOut() {
        assertThat(parse("--a")).isEqualTo(word("a"));
        assertThat(parse("-(-a) b")).isEqualTo(and(word("a"), word("b")));
        assertThat(parse("NOT -a")).isEqualTo(word("a"));
    }

    @Test
    void starShouldDisappearFromAndAndAbsorbOr() {
        assertThat(parse("a *")).isEqualTo(word("a"));
        assertThat(parse("a OR *")).isEqualTo(all());
        assertThat(parse("-*")).isEqualTo(and(all(), not(all())));
    }

    @ParameterizedTest
    @CsvSource({
        "from:alice, FROM", "to:alice, TO", "cc:alice, CC", "bcc:alice, BCC", "subject:alice, SUBJECT",
        "body:alice, BODY", "filename:alice, FILENAME", "folder:alice, FOLDER", "label:alice, FOLDER",
        "in:alice, FOLDER", "account:alice, ACCOUNT", "list:alice, LIST", "thread:alice, THREAD",
        "id:alice, MESSAGE_ID", "mid:alice, MESSAGE_ID", "rfc822msgid:alice, MESSAGE_ID", "FROM:alice, FROM",
        "Subject:alice, SUBJECT"
    })
    void eachFieldOperatorShouldSearchItsField(String query, Field field) {
        assertThat(parse(query)).isEqualTo(Q.word(field, "alice"));
    }

    @Test
    void messageIdsShouldLoseTheirAngleBrackets() {
        assertThat(parse("id:<abc.123@mail.example>")).isEqualTo(Q.word(Field.MESSAGE_ID, "abc.123@mail.example"));
        assertThat(parse("mid:\"<abc@x>\"")).isEqualTo(Q.phrase(Field.MESSAGE_ID, "abc@x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing@acme.com", "acme.com", "first_last+tag@x-y.org", "a:b@c"})
    void fieldValuesShouldKeepTheirPunctuation(String address) {
        assertThat(parse("from:" + address)).isEqualTo(Q.word(Field.FROM, address));
    }

    @Test
    void fileNamesShouldKeepTheirPunctuation() {
        assertThat(parse("filename:report-2024.pdf")).isEqualTo(Q.word(Field.FILENAME, "report-2024.pdf"));
    }

    @Test
    void aTrailingStarShouldStayInTheTextForAPrefixSearch() {
        assertThat(parse("repo*")).isEqualTo(word("repo*"));
        assertThat(parse("from:ali*")).isEqualTo(Q.word(Field.FROM, "ali*"));
    }

    @Test
    void aQuotedFieldValueShouldBeAPhraseInThatField() {
        assertThat(parse("subject:\"quarterly report\"")).isEqualTo(Q.phrase(Field.SUBJECT, "quarterly report"));
        assertThat(parse("folder:\"Sent Items\" x")).isEqualTo(and(Q.phrase(Field.FOLDER, "Sent Items"), word("x")));
    }

    @Test
    void aGroupAfterAFieldShouldSearchEachOfItsWordsInThatField() {
        QueryNode a = Q.word(Field.SUBJECT, "a");
        QueryNode b = Q.word(Field.SUBJECT, "b");
        assertThat(parse("subject:(a b)")).isEqualTo(and(a, b));
        assertThat(parse("subject:(a OR b)")).isEqualTo(or(a, b));
        assertThat(parse("subject:{a b}")).isEqualTo(or(a, b));
        assertThat(parse("subject:(a -b \"c d\")")).isEqualTo(and(a, not(b), Q.phrase(Field.SUBJECT, "c d")));
        assertThat(parse("subject:(a b) c")).isEqualTo(and(a, b, word("c")));
    }

    @Test
    void anOperatorInsideAFieldGroupShouldKeepItsOwnField() {
        assertThat(parse("subject:(a from:bob)")).isEqualTo(and(Q.word(Field.SUBJECT, "a"), Q.word(Field.FROM, "bob")));
    }

    @Test
    void aSpaceAfterTheColonShouldNotMakeTheNextWordTheValue() {
        assertThat(parse("subject:a b")).isEqualTo(and(Q.word(Field.SUBJECT, "a"), word("b")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:30", "https://example.org/a?b=c", "Re:", "Fwd:", "12:00:00", "v2:beta", ":colon"})
    void textThatOnlyLooksLikeAnOperatorShouldStayText(String text) {
        assertThat(parse(text)).isEqualTo(word(text));
    }

    @Test
    void aReplyPrefixShouldBeSearchedAsAWord() {
        assertThat(parse("Re: lunch")).isEqualTo(and(word("Re:"), word("lunch")));
    }

    @ParameterizedTest
    @CsvSource({
        "is:unread, UNREAD", "is:read, READ", "is:seen, READ", "is:starred, FLAGGED", "is:flagged, FLAGGED",
        "is:important, FLAGGED", "is:unstarred, UNFLAGGED", "is:unflagged, UNFLAGGED", "is:replied, REPLIED",
        "is:answered, REPLIED", "is:draft, DRAFT", "is:deleted, DELETED", "is:trashed, DELETED",
        "is:forwarded, FORWARDED", "is:passed, FORWARDED", "has:attachment, HAS_ATTACHMENT",
        "has:attachments, HAS_ATTACHMENT", "IS:UNREAD, UNREAD", "is:\"unread\", UNREAD"
    })
    void isAndHasShouldAskForAState(String query, MessageState state) {
        assertThat(parse(query)).isEqualTo(flag(state));
    }

    @Test
    void aRealisticQueryShouldCombineEverything() {
        assertThat(parse("from:billing@acme.com subject:(invoice OR receipt) has:attachment -is:read larger:1M"))
                .isEqualTo(and(
                        Q.word(Field.FROM, "billing@acme.com"),
                        or(Q.word(Field.SUBJECT, "invoice"), Q.word(Field.SUBJECT, "receipt")),
                        flag(MessageState.HAS_ATTACHMENT),
                        not(flag(MessageState.READ)),
                        Q.sizes(1L << 20, null)));
    }
}
