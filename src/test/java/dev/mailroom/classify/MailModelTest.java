package dev.mailroom.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.testing.TestMail;
import org.junit.jupiter.api.Test;

class MailModelTest {

    private static ParsedMessage mail(String subject, String body) {
        return IngestService.parseMessage(TestMail.message().from("a@shop.example").subject(subject).body(body).bytes(), null);
    }

    private static MailModel trained() {
        MailModel model = MailModel.empty();
        for (int i = 0; i < 5; i++) {
            model.learn(mail("Your receipt " + i, "Total paid: $1" + i + ".00 thank you for your order"), null, true);
            model.learn(mail("Lunch on Friday " + i, "Shall we meet at noon by the lake " + i), null, false);
        }
        return model;
    }

    @Test
    void aModelWithoutBothAnswersShouldSayNothing() {
        assertThat(MailModel.empty().probability(mail("Your receipt", "Total paid"), null)).isEqualTo(0.5);
        MailModel onlyYes = MailModel.empty();
        onlyYes.learn(mail("Your receipt", "Total paid"), null, true);
        assertThat(onlyYes.probability(mail("Your receipt", "Total paid"), null)).isEqualTo(0.5);
    }

    @Test
    void itShouldTellTheAnswersApartAfterLearningThem() {
        MailModel model = trained();
        assertThat(model.examples()).isEqualTo(10);
        assertThat(model.probability(mail("Your receipt", "Total paid: $44.00, thank you for your order"), null)).isGreaterThan(0.8);
        assertThat(model.probability(mail("Lunch?", "Shall we meet by the lake at noon"), null)).isLessThan(0.2);
    }

    @Test
    void itShouldReadBackWhatItWroteAndLeaveOutRareFeatures() {
        MailModel model = trained();
        ParsedMessage receipt = mail("Your receipt", "Total paid: $44.00, thank you for your order");
        MailModel copy = MailModel.fromBytes(model.toBytes(1));
        assertThat(copy.probability(receipt, null)).isEqualTo(model.probability(receipt, null));
        assertThat(copy.examples()).isEqualTo(10);
        assertThat(model.toBytes(5).length).isLessThan(model.toBytes(1).length);
        assertThat(MailModel.fromBytes(model.toBytes(5)).probability(receipt, null)).isGreaterThan(0.8);
    }

    @Test
    void itShouldRejectBytesThatAreNoModel() {
        assertThatThrownBy(() -> MailModel.fromBytes(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
