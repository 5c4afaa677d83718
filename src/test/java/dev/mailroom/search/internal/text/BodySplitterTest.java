package dev.mailroom.search.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.ingest.internal.mime.MimeParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of {@link BodySplitter} on made-up bodies, then on real replies of the SpamAssassin corpus. */
class BodySplitterTest {

    @Test
    void splitShouldQuoteEverythingFromAWrappedGmailHeaderOfATopPostedReply() {
        SplitBody split = BodySplitter.split("""
                Sounds good, see you Friday.

                Ann

                On Mon, Mar 2, 2020 at 10:00 AM Bob Example <
                bob@example.org> wrote:

                > Lunch on Friday?
                > Bob
                """);

        assertThat(split.fresh()).isEqualTo("Sounds good, see you Friday.\n\nAnn");
        assertThat(split.quoted()).isEqualTo("""
                On Mon, Mar 2, 2020 at 10:00 AM Bob Example <
                bob@example.org> wrote:

                > Lunch on Friday?
                > Bob""");
        assertThat(split.signature()).isEmpty();
    }

    @Test
    void splitShouldQuoteAGermanOutlookReplyFromItsVonLine() {
        SplitBody split = BodySplitter.split("""
                Hallo Anna,

                passt, ich schicke die Unterlagen morgen.

                Viele Grüße
                Max

                Von: Anna Beispiel <anna@example.de>
                Gesendet: Montag, 2. März 2020 10:00
                An: Max Muster <max@example.de>
                Betreff: Unterlagen

                Hallo Max,
                kannst du mir die Unterlagen schicken?
                Anna
                """);

        assertThat(split.fresh()).isEqualTo("Hallo Anna,\n\npasst, ich schicke die Unterlagen morgen.\n\nViele Grüße\nMax");
        assertThat(split.quoted()).startsWith("Von: Anna Beispiel").endsWith("kannst du mir die Unterlagen schicken?\nAnna");
    }

    @Test
    void splitShouldQuoteFromTheUnderscoreLineAboveAnOutlookBlock() {
        SplitBody split = BodySplitter.split("""
                Approved.

                ________________________________
                From: Carol <carol@example.com>
                Sent: Tuesday, March 3, 2020 9:12 AM
                To: Dan <dan@example.com>
                Subject: Budget

                Please approve the budget.
                """);

        assertThat(split.fresh()).isEqualTo("Approved.");
        assertThat(split.quoted()).startsWith("________________________________\nFrom: Carol").endsWith("Please approve the budget.");
    }

    @Test
    void splitShouldKeepTheAnswersOfAnInterleavedReplyFreshAndQuoteOnlyTheHeaderAndMarkedLines() {
        SplitBody split = BodySplitter.split("""
                On Tue, 3 Mar 2020, Erin wrote:

                > Can you make Thursday?

                Yes, after 2pm.

                > And bring the slides?

                Will do.

                --\s
                Frank
                """);

        assertThat(split.fresh()).isEqualTo("Yes, after 2pm.\n\nWill do.");
        assertThat(split.quoted()).isEqualTo("On Tue, 3 Mar 2020, Erin wrote:\n\n> Can you make Thursday?\n\n> And bring the slides?");
        assertThat(split.signature()).isEqualTo("-- \nFrank");
    }

    @Test
    void splitShouldKeepABottomPostedReplyFreshAfterAQuoteWithoutHeader() {
        SplitBody split = BodySplitter.split("> > Is the build green?\n> Not yet.\n\nIt is now.\n");

        assertThat(split.fresh()).isEqualTo("It is now.");
        assertThat(split.quoted()).isEqualTo("> > Is the build green?\n> Not yet.");
    }

    @Test
    void splitShouldQuoteAForwardedMessageToTheEndEvenWhenItHoldsAnInterleavedReply() {
        SplitBody split = BodySplitter.split("""
                FYI, see below.

                ---------- Forwarded message ---------
                From: Grace <grace@example.org>
                Date: Wed, Mar 4, 2020 at 8:00 AM
                Subject: Outage
                To: Team <team@example.org>

                > Is the site down?
                Yes, since 7am.
                """);

        assertThat(split.fresh()).isEqualTo("FYI, see below.");
        assertThat(split.quoted()).startsWith("---------- Forwarded message ---------").endsWith("Yes, since 7am.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-------- Forwarded Message --------",
        "---------- Forwarded message ----------",
        "Begin forwarded message:",
        "-----Original Message-----",
        "----- Original Message -----",
        "-----Ursprüngliche Nachricht-----",
        "On Wed, Mar 4, 2020 at 8:00 AM Grace <grace@example.org> wrote:",
        "On 04/03/2020 08:00, Grace wrote:",
        "Am Mi., 4. März 2020 um 08:00 Uhr schrieb Grace <grace@example.org>:",
        "Le mer. 4 mars 2020 à 08:00, Grace <grace@example.org> a\u00a0écrit\u00a0:",
        "El mié., 4 mar. 2020 a las 08:00, Grace (<grace@example.org>) escribió:",
        "Il giorno mer 4 mar 2020 alle ore 08:00 Grace <grace@example.org> ha scritto:",
        "Op wo 4 mrt. 2020 om 08:00 schreef Grace <grace@example.org>:",
    })
    void splitShouldQuoteEverythingAfterEachKnownHeader(String header) {
        SplitBody split = BodySplitter.split("New text here.\n\n" + header + "\nOld text there.\nMore old text.\n");

        assertThat(split.fresh()).isEqualTo("New text here.");
        assertThat(split.quoted()).isEqualTo(header + "\nOld text there.\nMore old text.");
    }

    @Test
    void splitShouldTakeANameWroteLineAsHeaderOnlyWhenAQuoteFollows() {
        SplitBody quoting = BodySplitter.split("Right.\n\nHelen Example wrote:\n> The deadline moved.\n");
        SplitBody prose = BodySplitter.split("This is what my teacher wrote:\nPractice every day.\n");

        assertThat(quoting.quoted()).isEqualTo("Helen Example wrote:\n> The deadline moved.");
        assertThat(prose.fresh()).isEqualTo("This is what my teacher wrote:\nPractice every day.");
        assertThat(prose.quoted()).isEmpty();
    }

    @Test
    void splitShouldFindTheStandardSignatureDelimiterBeforeAQuote() {
        SplitBody split = BodySplitter.split("""
                Thanks!

                --\s
                Ivan Example
                +41 44 000 00 00

                On Thu, 5 Mar 2020, Judy wrote:
                > Here are the numbers.
                """);

        assertThat(split.fresh()).isEqualTo("Thanks!");
        assertThat(split.signature()).isEqualTo("-- \nIvan Example\n+41 44 000 00 00");
        assertThat(split.quoted()).startsWith("On Thu, 5 Mar 2020, Judy wrote:");
    }

    @Test
    void splitShouldTakeABareDoubleDashAsSignatureOnlyBeforeAShortBlock() {
        SplitBody shortBlock = BodySplitter.split("See you.\n--\nKen\nken@example.org\n");
        SplitBody longBlock = BodySplitter.split("Results:\n--\none\ntwo\nthree\nfour\nfive\nsix\nseven\n");

        assertThat(shortBlock.fresh()).isEqualTo("See you.");
        assertThat(shortBlock.signature()).isEqualTo("--\nKen\nken@example.org");
        assertThat(longBlock.signature()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sent from my iPhone", "Sent from my Android phone", "Get Outlook for iOS",
        "Get Outlook for Android<https://aka.ms/ghei36>", "Von meinem iPhone gesendet", "Envoyé de mon iPad"})
    void splitShouldTakeAMobileClientsLineAsSignature(String line) {
        SplitBody split = BodySplitter.split("On my way.\n\n" + line + "\n\nOn Fri, 6 Mar 2020, Leo wrote:\n> Where are you?\n");

        assertThat(split.fresh()).isEqualTo("On my way.");
        assertThat(split.signature()).isEqualTo(line);
        assertThat(split.quoted()).startsWith("On Fri, 6 Mar 2020, Leo wrote:");
    }

    @Test
    void splitShouldTakeAMailingListFooterAsSignature() {
        SplitBody split = BodySplitter.split("""
                The patch works for me.

                _______________________________________________
                Dev mailing list
                Dev@lists.example.org
                https://lists.example.org/mailman/listinfo/dev
                """);

        assertThat(split.fresh()).isEqualTo("The patch works for me.");
        assertThat(split.signature()).startsWith("_______________________________________________\nDev mailing list")
                .endsWith("listinfo/dev");
    }

    @Test
    void splitShouldNeverTakeMoreThanFifteenNonBlankLinesAsSignature() {
        StringBuilder text = new StringBuilder("Body.\n-- \n");
        for (int i = 1; i <= 20; i++) {
            text.append("line ").append(i).append('\n');
        }

        SplitBody split = BodySplitter.split(text.toString());

        assertThat(split.signature()).isEmpty();
        assertThat(split.fresh()).startsWith("Body.\n-- \nline 1").endsWith("line 20");
    }

    @Test
    void splitShouldLeaveTextWithoutQuotesAllFresh() {
        String text = "Hi Mia,\n\nthe invoice is attached.\nPlease pay by Friday.\n\nNoah";

        assertThat(BodySplitter.split(text)).isEqualTo(new SplitBody(text, "", ""));
        assertThat(BodySplitter.split(text.replace("\n", "\r\n"))).isEqualTo(new SplitBody(text, "", ""));
    }

    @Test
    void splitShouldQuoteOnlyTheMarkedLineInACodeSample() {
        SplitBody split = BodySplitter.split("""
                Try this:

                    if (a > b) { return a -> b; }
                cat log | grep error | sort
                | name | count |
                > this line is a quote
                x >= 3 && y <= 4
                """);

        assertThat(split.quoted()).isEqualTo("> this line is a quote");
        assertThat(split.fresh()).isEqualTo("""
                Try this:

                    if (a > b) { return a -> b; }
                cat log | grep error | sort
                | name | count |

                x >= 3 && y <= 4""");
    }

    @Test
    void splitShouldQuoteTheWrappedTailOfALongQuotedLine() {
        SplitBody split = BodySplitter.split("""
                > For toddlers, pressing play must cause the music to start immediately,
                > within half a second, for the toddler to get the causality and not press
                the
                > button multiple times.
                Or some sound.
                """);

        assertThat(split.fresh()).isEqualTo("Or some sound.");
        assertThat(split.quoted()).contains("\nthe\n");
    }

    @Test
    void splitShouldGiveThreeEmptyPartsForEmptyBlankOrNullText() {
        SplitBody empty = new SplitBody("", "", "");

        assertThat(BodySplitter.split("")).isEqualTo(empty);
        assertThat(BodySplitter.split(" \n\n\t\n")).isEqualTo(empty);
        assertThat(BodySplitter.split(null)).isEqualTo(empty);
    }

    @Test
    void splitShouldSeparateTheInterleavedAnswersOfARealFoRKReply() throws IOException {
        SplitBody split = BodySplitter.split(corpusText("easy_ham/00521.900f67b5696388c58966c58e3aaaf90c"));

        assertThat(split.fresh()).startsWith("Did I claim \"all gay people are hyperpromiscuous\"?")
                .contains("work (well, pretend to).\n\nThis is getting better and better.")
                .endsWith("I find this entire exchange hee-lay-rious.")
                .doesNotContain(">");
        assertThat(split.quoted()).isEqualTo("""
                On Mon, 9 Sep 2002, Lucas Gonze wrote:

                > a linearly greater number of sexual partners on the order of 1.5-2X.  But
                > then again, it not a monolithic or homogeneous community.  Who knows?

                > 3K is utter shite.""");
        assertThat(split.signature()).isEmpty();
    }

    @Test
    void splitShouldKeepTheAnswersBelowARealOutlookExpressQuoteWithWrappedLinesFresh() throws IOException {
        SplitBody split = BodySplitter.split(corpusText("easy_ham/00432.039993123f40c5865c1a9831b3e32297"));

        assertThat(split.fresh()).isEqualTo("""
                Or some sound indicating that the music will start real soon now.

                Idempotency everywhere you look...

                It'd be an MP3 player with solid state storage... instant on.""");
        assertThat(split.quoted()).startsWith("----- Original Message -----\nFrom: \"Jim Whitehead\" <ejw@cse.ucsc.edu>")
                .contains("> within half a second, for the toddler to get the causality and not press\nthe\n")
                .endsWith("> playing a CD after it was loaded.");
    }

    @Test
    void splitShouldFindTheSignatureAndYahooGroupsFooterOfARealBottomPostedReply() throws IOException {
        SplitBody split = BodySplitter.split(corpusText("easy_ham/00005.bf27cdeaf0b8c4647ecd61b1d09da613"));

        assertThat(split.quoted()).isEqualTo("""
                >  in adding cream to spaghetti carbonara, which has the same effect on pasta as
                >  making a pizza a deep-pie;""");
        assertThat(split.fresh()).startsWith("I just had to jump in here as Carbonara").endsWith("except for the creme fraiche.\n\nStew");
        assertThat(split.signature()).startsWith("-- \nStewart Smith\nScottish Microelectronics Centre")
                .contains("Yahoo! Groups Sponsor")
                .endsWith("Your use of Yahoo! Groups is subject to http://docs.yahoo.com/info/terms/");
    }

    @Test
    void splitShouldQuoteARealOriginalMessageBlockAndTheForwardInsideIt() throws IOException {
        SplitBody split = BodySplitter.split(corpusText("easy_ham/01610.b932de9054af897c91eb2296e8be689c"));

        assertThat(split.fresh()).isEqualTo("For everyone's benefit/edification, regardless of Razor usage.\n\n--jordan");
        assertThat(split.quoted()).startsWith("-----Original Message-----\nFrom: InterNAP Backbone Status Reports")
                .contains("---------- Forwarded message ----------")
                .endsWith("The contents of this email message are confidential and proprietary.");
        assertThat(split.signature()).isEmpty();
    }

    @Test
    void splitShouldKeepEveryWordOfEveryHamMessageOfTheCorpus() throws IOException {
        Path dir = corpus();
        assumeTrue(Files.isDirectory(dir), "SpamAssassin corpus not found, skipping: " + dir);
        MimeParser parser = new MimeParser();
        int quoted = 0;
        List<String> lost = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("labels.tsv"))) {
            String[] f = line.split("\t");
            if (f.length > 1 && f[1].equals("ham")) {
                String text = parser.parse(Files.readAllBytes(dir.resolve(f[0])), null).text();
                SplitBody split = BodySplitter.split(text);
                quoted += split.quoted().isEmpty() ? 0 : 1;
                if (!words(split).equals(words(text))) {
                    lost.add(f[0]);
                }
            }
        }
        assertThat(lost).isEmpty();
        assertThat(quoted).isGreaterThan(2000);
    }

    private static String corpusText(String file) throws IOException {
        Path path = corpus().resolve(file);
        assumeTrue(Files.isRegularFile(path), "SpamAssassin corpus not found, skipping: " + path);
        return new MimeParser().parse(Files.readAllBytes(path), null).text();
    }

    private static Path corpus() {
        return Path.of(System.getProperty("mailroom.corpus.dir", "../shared/data")).resolve("spamassassin");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).sorted().toList();
    }

    private static List<String> words(SplitBody split) {
        return Stream.of(split.fresh(), split.quoted(), split.signature()).flatMap(s -> words(s).stream()).sorted().toList();
    }
}
