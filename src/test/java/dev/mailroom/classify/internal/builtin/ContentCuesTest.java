package dev.mailroom.classify.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentCuesTest {

    @Test
    void amountsAreFoundWithTheCurrencyBeforeOrAfter() {
        for (String text : new String[] {"total: chf 12.50", "only $5 today", "€3,50", "you paid 12 eur", "1'000.- francs",
                "100 euros", "5€", "price 9. chf", "us$ 1,000", "fr. 20"}) {
            assertThat(ContentCues.hasAmount(text)).as(text).isTrue();
        }
        for (String text : new String[] {"", "europe in 2024", "12 europeans", "amateur", "$ sign", "chf", "the 5 chfoo",
                "dollar", "5 francophones"}) {
            assertThat(ContentCues.hasAmount(text)).as(text).isFalse();
        }
    }

    @Test
    void tagsAreCountedWhateverTheirCase() {
        String html = "<A HREF='x'>a</A> <a\nhref=y> <abbr title=z> <img src=1> <IMG\tsrc=2> <image> <a";
        assertThat(ContentCues.countTags(html, "a")).isEqualTo(2);
        assertThat(ContentCues.countTags(html, "img")).isEqualTo(2);
        assertThat(ContentCues.countTags("", "a")).isZero();
    }
}
