package dev.mailroom.classify.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    private static final Phrases PHRASES = Phrases.of("sale", "\\d+ ?% off", "deals?", "offers?", "e-?zine",
            "view (this email )?in (your )?browser", "from (chf|eur|usd|gbp|€|\\$|£) ?\\d+", "\\p{L}*rechnung", "^cron <",
            "2fa", "not you\\?", "hi \\p{L}+,", "s?ales", "order #?\\w*\\d");

    /** What one alternation tried at every character finds: the behaviour the grouping must keep. */
    private static List<String> reference(String text, int limit) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = PHRASES.pattern().matcher(text);
        while (found.size() < limit && m.find()) {
            String phrase = m.group().strip();
            found.putIfAbsent(phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase, phrase);
        }
        return List.copyOf(found.values());
    }

    @Test
    void groupingByFirstCharacterFindsWhatTheWholeAlternationFinds() {
        List<String> texts = List.of(
                "cron <root@host> daily; big sale: 20% off, deals and offers from $ 12, from chf 50",
                "hi anna, your stromrechnung is ready. not you? turn on 2fa. order #a12 and order 9 shipped",
                "wholesale resale salesman sales ales e-zine ezine view this email in your browser",
                "presale.20 %off 30 % off x2fa 2fa. hi bob hi carl, 100% off",
                "", "sale", "no phrases here at all");
        for (String text : texts) {
            for (int limit : new int[] {1, 3, 10}) {
                assertThat(PHRASES.found(text, limit)).as("%s (limit %d)", text, limit).isEqualTo(reference(text, limit));
            }
            assertThat(PHRASES.in(text)).as(text).isEqualTo(!reference(text, 1).isEmpty());
        }
    }

    @Test
    void aBookFindsForEachSetWhatTheSetFindsAlone() {
        Phrases other = Phrases.of("sales?", "(daily|weekly) (news|digest)", "\\d+ new commits?", "hi", "order now",
                "(was|has been) shipped", "\\p{L}*rechnung");
        PhraseBook book = PhraseBook.of(PHRASES, other);
        List<String> texts = List.of(
                "cron <root@host> daily news: big sale, 3 new commits, hi anna, order now! it has been shipped",
                "hi anna, your stromrechnung is ready. not you? weekly digest; sales and salesman; 1 new commit",
                "presale.20 %off 30 % off x2fa 2fa. hi bob hi carl, 100% off", "", "fällig: order #9 rechnung");
        for (String text : texts) {
            PhraseBook.Scan scan = book.scan(text);
            assertThat(scan.found(PHRASES, 0, text.length(), 10)).as(text).isEqualTo(PHRASES.found(text, 10));
            assertThat(scan.found(other, 0, text.length(), 10)).as(text).isEqualTo(other.found(text, 10));
            assertThat(scan.in(other, 0, text.length())).as(text).isEqualTo(other.in(text));
        }
    }

    @Test
    void aBookAnswersForPartsOfTheText() {
        Phrases sale = Phrases.of("sales?", "deals?");
        String text = "big sale\nno deals here, but sales";
        PhraseBook.Scan scan = PhraseBook.of(sale).scan(text);
        assertThat(scan.found(sale, 0, 8, 5)).containsExactly("sale");
        assertThat(scan.found(sale, 9, text.length(), 5)).containsExactly("deals", "sales");
        assertThat(scan.in(sale, 0, 3)).isFalse();
    }

    @Test
    void aPhraseWhoseStartIsNotPlainIsTriedEverywhere() {
        assertThat(Phrases.firstCharacters("sale")).isEqualTo("s");
        assertThat(Phrases.firstCharacters("\\d+ ?% off")).isEqualTo("0123456789");
        assertThat(Phrases.firstCharacters("\\$5")).isEqualTo("$");
        assertThat(Phrases.firstCharacters("s?ales")).isNull();
        assertThat(Phrases.firstCharacters("(daily|weekly) news")).isEqualTo("dw");
        assertThat(Phrases.firstCharacters("(daily|weekly)? news")).isNull();
        assertThat(Phrases.literal("deals?")).containsExactly("deal", "s");
        assertThat(Phrases.literal("not you\\?")).containsExactly("not you?", "");
        assertThat(Phrases.literal("e-?zine")).isNull();
        assertThat(Phrases.firstCharacters("\\p{L}*rechnung")).isNull();
        assertThat(Phrases.firstCharacters("^cron <")).isNull();
        assertThat(Phrases.firstTwo("deals?")).isEqualTo("de");
        assertThat(Phrases.firstTwo("e-?zine")).isNull();
        assertThat(Phrases.requiredLiteral("\\p{L}*rechnung")).isEqualTo("rechnung");
        assertThat(Phrases.requiredLiteral("(didn't|did not) go through")).isEqualTo("through");
        assertThat(Phrases.requiredLiteral("(a|b) ok")).isNull();
    }
}
