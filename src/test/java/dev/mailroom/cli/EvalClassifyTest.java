package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import dev.mailroom.testing.TestMail;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** eval classify as a script runs it: labelled files in, the figures out. */
class EvalClassifyTest {

    @TempDir
    Path tmp;

    private Path write(String name, TestMail mail) throws Exception {
        Path p = tmp.resolve(name);
        Files.write(p, mail.bytes());
        return p;
    }

    @Test
    void evalShouldPrintTheFiguresAndThePredictions() throws Exception {
        write("ham1.eml", TestMail.message().from("Ann Lee <ann@example.org>").to("bob@example.org").subject("Lunch tomorrow?")
                .body("Hi Bob,\nshall we have lunch tomorrow at noon?\nAnn"));
        write("ham2.eml", TestMail.message().from("Dev list <dev@lists.example.org>").subject("[dev] build broken")
                .header("List-Id", "<dev.lists.example.org>").body("The build is broken since the last merge."));
        write("spam1.eml", TestMail.message().from("WINNER DESK <claims@lotto-win.example>").subject("YOU HAVE WON $1,000,000!!!")
                .body("Dear friend, you have won the lottery prize! Send your bank details and the processing fee now!!!"));
        Files.writeString(tmp.resolve("labels.tsv"), "path\tlabel\tsubset\nham1.eml\tham\tx\nham2.eml\tham\tx\nspam1.eml\tspam\tx\n");
        Path predictions = tmp.resolve("predictions.tsv");

        Cli r = Cli.run("eval", "classify", "--test", tmp.resolve("labels.tsv").toString(), "--predictions", predictions.toString(),
                "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out().strip());
        assertThat(j.propertyNames()).contains("accuracy", "macro_f1", "labels", "needs_review", "ham_false_positive_rate",
                "messages_per_second");
        assertThat(j.get("labels").get("ham").propertyNames()).containsExactly("precision", "recall", "f1", "support");
        assertThat(j.get("labels").get("ham").get("support").asInt()).isEqualTo(2);
        assertThat(j.get("ham_false_positive_rate").asDouble()).isZero();
        assertThat(Files.readAllLines(predictions)).hasSize(3).allSatisfy(l -> assertThat(l.split("\t")).hasSize(5));
    }

    @Test
    void baseShouldResolveThePathsOfALabelsFileKeptElsewhere() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/inbox"));
        Files.write(corpus.resolve("a.eml"), TestMail.message().from("Ann Lee <ann@example.org>").subject("Lunch?")
                .body("Hi Bob,\nlunch tomorrow?\nAnn").bytes());
        Path labels = Files.createDirectories(tmp.resolve("repo")).resolve("labels.tsv");
        Files.writeString(labels, "path\tlabel\ninbox/a.eml\tprimary\n");

        Cli r = Cli.run("eval", "classify", "--test", labels.toString(), "--base", tmp.resolve("corpus").toString(), "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out().strip());
        assertThat(j.get("messages").asInt()).isEqualTo(1);
        assertThat(j.has("unreadable")).isFalse();
    }

    @Test
    void aMissingLabelsFileShouldSaySo() {
        Cli r = Cli.run("eval", "classify", "--test", tmp.resolve("nope.tsv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no such labels file");
    }
}
