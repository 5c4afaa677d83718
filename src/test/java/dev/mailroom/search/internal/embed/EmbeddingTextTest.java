package dev.mailroom.search.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbeddingTextTest {

    @Test
    void theSubjectShouldComeFirstAndEndAsASentence() {
        assertThat(EmbeddingText.of("Invoice for March", "Please pay by Friday."))
                .isEqualTo("Invoice for March. Please pay by Friday.");
        assertThat(EmbeddingText.of("Lunch tomorrow?", "Noon at the usual place."))
                .isEqualTo("Lunch tomorrow? Noon at the usual place.");
    }

    @Test
    void aMissingOrBlankPartShouldBeLeftOut() {
        assertThat(EmbeddingText.of(null, "Only a body")).isEqualTo("Only a body");
        assertThat(EmbeddingText.of("Only a subject", " \n ")).isEqualTo("Only a subject");
        assertThat(EmbeddingText.of(null, null)).isEmpty();
        assertThat(EmbeddingText.of("https://example.com/x", "-----")).isEmpty();
    }

    @Test
    void whitespaceShouldCollapseToSingleSpaces() {
        assertThat(EmbeddingText.of("  Weekly\treport ", "Line one\r\n\r\n  line\u00A0two\u200B\u3000three\n"))
                .isEqualTo("Weekly report. Line one line two three");
    }

    @Test
    void urlsShouldBeRemoved() {
        assertThat(EmbeddingText.of("", "Read it at https://example.com/a?b=c&d=e, or <http://x.org/y>, "
                + "www.example.org/page and mailto:someone@example.com today"))
                .isEqualTo("Read it at or and today");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hash d41d8cd98f00b204e9800998ecf8427e here|hash here",
        "base64 SGVsbG8gd29ybGQsIHRoaXMgaXMgYmFzZTY0IQ== here|base64 here",
        "id 6f1b0c2a-3f4e-4b8a-9c1d-2e5f6a7b8c9d here|id here",
        "card 4111111111111111 here|card here",
        "token AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMnOp here|token here",
        "word internationalization here|word internationalization here",
        "compound state-of-the-art-approach here|compound state-of-the-art-approach here",
        "order INV2024 and year 2024 stay|order INV2024 and year 2024 stay",
    })
    void longCodeLikeStringsShouldBeRemovedAndWordsKept(String body, String expected) {
        assertThat(EmbeddingText.of("", body)).isEqualTo(expected);
    }

    @Test
    void rulerLinesShouldBeRemovedButOrdinaryPunctuationKept() {
        assertThat(EmbeddingText.of("", "Totals\n==========\nItems... 3\n-----\n*** Done! *** 🎉🎉🎉🎉🎉"))
                .isEqualTo("Totals Items... 3 *** Done! ***");
    }

    @Test
    void aLongBodyShouldBeCutAtTwoHundredWords() {
        String body = "word ".repeat(500);

        String text = EmbeddingText.of("Hi", body);

        assertThat(text).hasSizeLessThanOrEqualTo(EmbeddingText.MAX_CHARS);
        assertThat(text.split(" ")).hasSize(EmbeddingText.MAX_WORDS);
        assertThat(text).startsWith("Hi. word word").endsWith("word");
    }

    @Test
    void aLongBodyShouldBeCutAtAWordBoundaryWithinTheCharacterBudget() {
        String body = "antidisestablishmentarianism ".repeat(60);

        String text = EmbeddingText.of("", body);

        assertThat(text).hasSizeLessThanOrEqualTo(EmbeddingText.MAX_CHARS).endsWith("antidisestablishmentarianism");
        assertThat(text.length()).isGreaterThan(EmbeddingText.MAX_CHARS - 30);
    }

    @Test
    void textWithoutSpacesShouldBeCutAtTheBudgetWithoutSplittingACharacter() {
        assertThat(EmbeddingText.of("", "請".repeat(3_000))).hasSize(EmbeddingText.MAX_CHARS);
        assertThat(EmbeddingText.of("", "x" + "😀🙂".repeat(500))).hasSize(EmbeddingText.MAX_CHARS - 1).endsWith("😀");
    }

    @Test
    void aQueryShouldOnlyBeTrimmedAndCollapsed() {
        assertThat(EmbeddingText.query("  unpaid \n invoices  from https://x.org ")).isEqualTo("unpaid invoices from https://x.org");
        assertThat(EmbeddingText.query(null)).isEmpty();
    }
}
