package dev.mailroom.classify.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnlineClassifierTest {

    private static final List<String> INVOICE = List.of("s:invoice", "b:payment", "b:due", "fromd:bank.example");
    private static final List<String> PARTY = List.of("s:party", "b:friday", "b:drinks", "fromd:friends.example");
    private static final List<String> WINNER = List.of("s:winner", "b:prize", "b:claim", "fromd:lotto.example");

    private static OnlineClassifier trained() {
        OnlineClassifier model = new OnlineClassifier();
        for (int i = 0; i < 3; i++) {
            model.learn(INVOICE, "finance");
            model.learn(PARTY, "social");
            model.learn(WINNER, "spam");
        }
        return model;
    }

    @Test
    void predictShouldFollowWhatWasJustLearnt() {
        OnlineClassifier model = trained();
        List<String> newsletter = List.of("s:newsletter", "b:issue", "fromd:news.example");
        model.learn(List.of("s:party"), "social");
        assertThat(model.predict(newsletter).label()).isNotEqualTo("updates");

        model.learn(newsletter, "updates");

        assertThat(model.predict(List.of("s:newsletter", "b:issue", "b:new")).label()).isEqualTo("updates");
    }

    @Test
    void unlearnShouldTakeBackExactlyWhatLearnGave() {
        OnlineClassifier model = trained();
        byte[] before = model.toBytes();
        Prediction expected = model.predict(INVOICE);

        model.learn(INVOICE, "spam");
        assertThat(model.unlearn(INVOICE, "spam")).isTrue();

        assertThat(model.predict(INVOICE)).isEqualTo(expected);
        assertThat(model.examples()).isEqualTo(9);
        assertThat(OnlineClassifier.fromBytes(model.toBytes()).predict(PARTY))
                .isEqualTo(OnlineClassifier.fromBytes(before).predict(PARTY));
    }

    @Test
    void unlearnShouldRefuseALabelWithoutExamples() {
        OnlineClassifier model = trained();

        assertThat(model.unlearn(INVOICE, "travel")).isFalse();
        assertThat(model.examples()).isEqualTo(9);
    }

    @Test
    void correctingAMistakenCorrectionShouldMoveThePredictionBack() {
        OnlineClassifier model = trained();
        List<String> receipt = List.of("s:receipt", "b:payment", "fromd:shop.example");
        model.learn(receipt, "spam");

        model.unlearn(receipt, "spam");
        model.learn(receipt, "finance");

        assertThat(model.predict(receipt).label()).isEqualTo("finance");
        assertThat(model.labels()).containsExactlyInAnyOrder("finance", "social", "spam");
    }

    @Test
    void aLabelNeverSeenBeforeShouldBeLearntAtOnce() {
        OnlineClassifier model = trained();

        model.learn(List.of("s:choir", "b:rehearsal", "fromd:choir.example"), "Choir 🎵");

        assertThat(model.predict(List.of("s:choir", "b:rehearsal")).label()).isEqualTo("Choir 🎵");
        assertThat(model.predict(List.of("s:choir")).scores()).containsKeys("finance", "social", "spam", "Choir 🎵");
    }

    @Test
    void confidenceShouldBeAProbabilityThatIsHigherForClearCases() {
        OnlineClassifier model = trained();

        Prediction clear = model.predict(INVOICE);
        Prediction mixed = model.predict(List.of("s:invoice", "b:drinks", "b:prize"));
        Prediction unknown = model.predict(List.of("b:never-seen"));

        for (Prediction p : List.of(clear, mixed, unknown)) {
            assertThat(p.confidence()).isBetween(0.0, 1.0);
            assertThat(p.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        }
        assertThat(clear.label()).isEqualTo("finance");
        assertThat(clear.confidence()).isGreaterThan(mixed.confidence()).isGreaterThan(0.5);
        assertThat(unknown.topFeatures()).isEmpty();
    }

    @Test
    void explanationShouldNameTheFeaturesThatDecided() {
        OnlineClassifier model = trained();

        Prediction prediction = model.predict(List.of("s:winner", "b:prize", "b:claim", "b:unknown-word"));

        assertThat(prediction.label()).isEqualTo("spam");
        assertThat(prediction.topFeatures()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(prediction.topFeatures()).extracting(Prediction.Contribution::feature)
                .isSubsetOf("s:winner", "b:prize", "b:claim")
                .doesNotContain("b:unknown-word");
        assertThat(prediction.topFeatures()).allSatisfy(c -> assertThat(c.weight()).isPositive());
    }

    @Test
    void anEmptyModelShouldPredictNothing() {
        Prediction prediction = new OnlineClassifier().predict(INVOICE);

        assertThat(prediction.label()).isEmpty();
        assertThat(prediction.confidence()).isZero();
    }

    @Test
    void aModelReadFromItsBytesShouldPredictExactlyTheSame() {
        OnlineClassifier model = trained();
        model.learn(List.of("s:trip", "b:flight"), "travel");

        OnlineClassifier copy = OnlineClassifier.fromBytes(model.toBytes());

        assertThat(copy.examples()).isEqualTo(model.examples());
        assertThat(copy.labels()).isEqualTo(model.labels());
        for (List<String> features : List.of(INVOICE, PARTY, WINNER, List.of("s:trip", "b:prize"))) {
            assertThat(copy.predict(features)).isEqualTo(model.predict(features));
        }
    }

    @Test
    void fromBytesShouldRejectWhatItDidNotWrite() {
        assertThatThrownBy(() -> OnlineClassifier.fromBytes(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a Mailroom classifier model");
        byte[] future = trained().toBytes();
        future[4] = 99;
        assertThatThrownBy(() -> OnlineClassifier.fromBytes(future))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported classifier model version 99");
    }

    @Test
    void aBlankLabelShouldBeRefused() {
        assertThatThrownBy(() -> new OnlineClassifier().learn(INVOICE, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label must not be blank");
    }
}
