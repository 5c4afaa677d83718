package dev.mailroom.search.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    private static final List<String> MAILS = List.of(
            "The invoice for March is attached, please pay by Friday",
            "Attached is your bill, payment due at the end of the week",
            "Our team won the football match yesterday",
            "Can we move the project meeting to Tuesday afternoon?",
            "Your parcel has been dispatched and will arrive tomorrow");

    @AfterAll
    static void close() {
        EMBEDDER.close();
        POOL.shutdownNow();
    }

    @Test
    void vectorsShouldHave384DimensionsAndUnitLength() {
        for (String mail : MAILS) {
            float[] vector = EMBEDDER.embed(mail);

            assertThat(vector).hasSize(384);
            assertThat(VectorCodec.dot(vector, vector)).isCloseTo(1f, within(1e-5f));
        }
        assertThat(EMBEDDER.dimensions()).isEqualTo(384);
    }

    @Test
    void sentencesThatMeanTheSameShouldScoreHigherThanUnrelatedOnes() {
        float[] invoice = EMBEDDER.embed(MAILS.get(0));
        float[] bill = EMBEDDER.embed(MAILS.get(1));
        float[] football = EMBEDDER.embed(MAILS.get(2));

        float close = VectorCodec.dot(invoice, bill);

        assertThat(close).isGreaterThan(VectorCodec.dot(invoice, football) + 0.2f);
        assertThat(close).isGreaterThan(VectorCodec.dot(bill, football) + 0.2f);
    }

    @Test
    void theSameTextShouldGiveTheSameVector() {
        assertThat(EMBEDDER.embed(MAILS.get(3))).containsExactly(EMBEDDER.embed(MAILS.get(3)));
    }

    @Test
    void embedAllShouldGiveWhatEmbeddingOneByOneGives() {
        List<float[]> oneByOne = MAILS.stream().map(EMBEDDER::embed).toList();

        assertThat(EMBEDDER.embedAll(MAILS)).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(oneByOne);
        assertThat(new MiniLmEmbedder(1, POOL).embedAll(MAILS)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(oneByOne);
        assertThat(EMBEDDER.embedAll(List.of())).isEmpty();
    }

    @Test
    void textWithNothingToEmbedShouldGiveTheZeroVector() {
        List<String> empties = new ArrayList<>(List.of("", " ", "\n\t \r\n", "\u200B\u0000"));
        empties.add(null);

        for (String empty : empties) {
            assertThat(EMBEDDER.embed(empty)).hasSize(384).containsOnly(0f);
        }
        assertThat(EMBEDDER.embedAll(empties)).hasSize(5).allSatisfy(vector -> assertThat(vector).containsOnly(0f));
    }

    @Test
    void aVeryLongTextShouldBeReadOnlyAsFarAsTheModelReads() {
        String words = String.join(" ", MAILS) + " ";
        String longText = words.repeat(100_000 / words.length() + 1);

        float[] vector = EMBEDDER.embed(longText);

        assertThat(longText.length()).isGreaterThan(100_000);
        assertThat(VectorCodec.dot(vector, vector)).isCloseTo(1f, within(1e-5f));
        assertThat(vector).containsExactly(EMBEDDER.embed(longText + " and a different ending about cats"));
        assertThat(vector).containsExactly(EMBEDDER.embed(longText.substring(0, 2_000)));
    }

    @Test
    void textInOtherScriptsShouldEmbedWithoutError() {
        List<String> texts = List.of(
                "請求書を添付しました。金曜日までにお支払いください。",
                "请在周五之前支付三月份的发票",
                "Счёт за март во вложении, оплатите до пятницы",
                "الفاتورة مرفقة، يرجى الدفع قبل يوم الجمعة",
                "Rechnung für März anbei 🧾💶 bitte bis Freitag zahlen",
                "請".repeat(5_000));

        for (String text : texts) {
            float[] vector = EMBEDDER.embed(text);
            assertThat(VectorCodec.dot(vector, vector)).as(text).isCloseTo(1f, within(1e-5f));
        }
        assertThat(EMBEDDER.embed("a lone surrogate \uD83D in text")).hasSize(384);
    }

    @Test
    void twoThreadsAtOnceShouldGetTheVectorsOneThreadGets() throws Exception {
        List<String> texts = IntStream.range(0, 40).mapToObj(i -> MAILS.get(i % MAILS.size()) + " #" + i).toList();
        List<float[]> expected = texts.stream().map(EMBEDDER::embed).toList();

        List<Future<List<float[]>>> results = List.of(
                POOL.submit(() -> texts.stream().map(EMBEDDER::embed).toList()),
                POOL.submit(() -> texts.reversed().stream().map(EMBEDDER::embed).toList().reversed()));

        for (Future<List<float[]>> result : results) {
            assertThat(result.get()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theModelShouldLoadOnTheFirstEmbedAndNotBefore() {
        MiniLmEmbedder embedder = new MiniLmEmbedder(3, Runnable::run);
        assertThat(embedder.isLoaded()).isFalse();

        embedder.embed("hello");

        assertThat(embedder.isLoaded()).isTrue();
        assertThat(new MiniLmEmbedder(3, Runnable::run).isLoaded()).isTrue();
    }

    @Test
    void theModelNameShouldNameTheModelAndItsTokenLimit() {
        assertThat(EMBEDDER.modelName()).isEqualTo("all-minilm-l6-v2-q;max-tokens=256");
    }

    @Test
    void aClosedEmbedderShouldRefuseToEmbed() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        embedder.close();

        assertThatThrownBy(() -> embedder.embed("hello")).isInstanceOf(IllegalStateException.class)
                .hasMessage("this embedder is closed");
        assertThatThrownBy(() -> embedder.embedAll(List.of("hello"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void settingsOutsideTheirRangeShouldBeRefused() {
        assertThatThrownBy(() -> new MiniLmEmbedder(0, Runnable::run)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("intraOpThreads must be between 1 and 64, got 0");
        assertThatThrownBy(() -> new MiniLmEmbedder(1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("executor must not be null");
    }
}
