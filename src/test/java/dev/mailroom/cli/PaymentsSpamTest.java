package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import dev.mailroom.testing.TestMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Spam stays out of the payments ledger, end to end with the real classifier and extractor: a bill
 * kept in a Junk folder is not listed; a bill the user files as spam leaves the ledger and comes back
 * when taken out of spam; with {@code payments.skip-spam} off everything is listed.
 */
class PaymentsSpamTest {

    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate TODAY = LocalDate.now(ZONE);

    @TempDir
    Path tmp;

    private static TestMail bill(String from, String id, String amount, String spamStatus) {
        TestMail m = TestMail.message().from(from).to("me@example.org").id(id)
                .date(RFC.format(TODAY.minusDays(2).atTime(9, 0).atZone(ZONE))).subject("Your invoice " + id.toUpperCase(Locale.ROOT))
                .body("Hello,\n\nyour invoice " + id.toUpperCase(Locale.ROOT) + " is ready.\n\nAmount due: EUR " + amount
                        + "\nDue date: " + TODAY.plusDays(10) + "\n\nPlease pay by bank transfer.\n");
        return spamStatus == null ? m : m.header("X-Spam-Status", spamStatus);
    }

    private static List<String> payees(Path data) {
        Cli r = Cli.run("payments", "--status", "all", "--json", "--data-dir", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode p : Json.mapper().readTree(r.out().strip()).get("payments")) {
            out.add(p.get("payee").asString());
        }
        return out;
    }

    @Test
    void junkFolderBillsAndMailFiledAsSpamAreNotListedUntilTakenOutOfSpam() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("mail"));
        Files.createDirectories(in.resolve("Inbox"));
        Files.createDirectories(in.resolve("Junk"));
        Files.write(in.resolve("Inbox/1.eml"), bill("Power Co <billing@powerco.example>", "inv-4411", "80.00", null).bytes());
        Files.write(in.resolve("Inbox/2.eml"),
                bill("Domain Registry Services <billing@domain-registry.example>", "inv-9920", "310.00", "Yes, score=9.1").bytes());
        Files.write(in.resolve("Junk/3.eml"), bill("Water Works <billing@waterworks.example>", "inv-7351", "35.10", null).bytes());
        Path data = tmp.resolve("data");
        Cli imported = Cli.run("import", in.toString(), "--no-embeddings", "--json", "--data-dir", data.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(payees(data)).containsExactlyInAnyOrder("Power Co", "Domain Registry");

        Cli hit = Cli.run("search", "subject:INV-9920", "--json", "--data-dir", data.toString());
        assertThat(hit.exit()).as(hit.err()).isZero();
        String id = Json.mapper().readTree(hit.out().strip()).get("results").get(0).get("id").asString();
        Cli spam = Cli.run("classify", "correct", id, "spam", "--data-dir", data.toString());
        assertThat(spam.exit()).as(spam.err()).isZero();
        assertThat(payees(data)).containsExactly("Power Co");

        Cli back = Cli.run("classify", "correct", id, "finance", "--data-dir", data.toString());
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(payees(data)).containsExactlyInAnyOrder("Power Co", "Domain Registry");

        Cli kept = Cli.run("reanalyze", "--json", "--data-dir", data.toString());
        assertThat(kept.exit()).as(kept.err()).isZero();
        JsonNode found = Json.mapper().readTree(kept.out().strip()).get("payments");
        assertThat(found.get("payments").asInt()).isEqualTo(3);
        assertThat(found.get("in_spam").asInt()).isEqualTo(1);
        assertThat(payees(data)).containsExactlyInAnyOrder("Power Co", "Domain Registry");

        Cli off = Cli.run("config", "set", "payments.skip-spam", "false", "--data-dir", data.toString());
        assertThat(off.exit()).as(off.err()).isZero();
        Cli again = Cli.run("reanalyze", "--json", "--data-dir", data.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Json.mapper().readTree(again.out().strip()).get("payments").get("in_spam").asInt()).isZero();
        assertThat(payees(data)).containsExactlyInAnyOrder("Power Co", "Domain Registry", "Water Works");
    }
}
