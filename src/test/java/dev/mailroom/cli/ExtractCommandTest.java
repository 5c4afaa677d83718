package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name + ".eml");
        try (InputStream in = getClass().getResourceAsStream("/extract/eml/" + name + ".eml")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    @SuppressWarnings("unchecked")
    void extractPaymentsJsonShouldPrintOneLinePerFileWithTheDocumentedKeys() throws IOException {
        Path bill = fixture("text-bill-due-date");
        Path personal = fixture("personal-money");

        Cli cli = Cli.run("extract", "payments", "--json", bill.toString(), personal.toString());

        assertThat(cli.exit()).isZero();
        List<String> lines = cli.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        Map<String, Object> first = Json.mapper().readValue(lines.get(0), Map.class);
        assertThat(first.keySet()).containsExactly("file", "payments");
        assertThat(first.get("file")).isEqualTo(bill.toString());
        Map<String, Object> payment = ((List<Map<String, Object>>) first.get("payments")).getFirst();
        assertThat(payment.keySet()).containsExactly("kind", "payee", "amount", "currency", "due_date", "invoice_number",
                "account_last4", "period", "confidence");
        assertThat(payment).containsEntry("kind", "bill").containsEntry("amount", "104.34").containsEntry("currency", "USD")
                .containsEntry("due_date", "2026-02-24");
        Map<String, Object> second = Json.mapper().readValue(lines.get(1), Map.class);
        assertThat((List<?>) second.get("payments")).isEmpty();
    }

    @Test
    void aMissingFileShouldBeReportedAndTheOthersStillRead() throws IOException {
        Path bill = fixture("refund");
        Path missing = dir.resolve("nope.eml");

        Cli cli = Cli.run("extract", "payments", "--json", missing.toString(), bill.toString());

        assertThat(cli.exit()).isEqualTo(1);
        List<String> lines = cli.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"payments\":[]").contains("\"error\":\"cannot read " + missing.toString().replace("\\", "\\\\") + ": no such file\"");
        assertThat(lines.get(1)).contains("\"kind\":\"refund\"").contains("\"amount\":\"-64.99\"");
        assertThat(cli.err()).contains("mailroom extract payments: cannot read " + missing + ": no such file");
    }

    @Test
    void humanOutputShouldNameEachFileAndItsPaymentsOrNone() throws IOException {
        Path receipt = fixture("uk-receipt-gbp");
        Path promo = fixture("marketing-prices");

        Cli cli = Cli.run("extract", "payments", receipt.toString(), promo.toString());

        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("== " + receipt).contains("receipt").contains("Harbour Books").contains("9.99 GBP")
                .contains("ref HB-7781").contains("== " + promo).contains("no payment");
    }

    @Test
    void extractWithoutFilesShouldExplainWhatIsMissing() {
        Cli cli = Cli.run("extract", "payments");

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required parameter").contains("FILE");
    }
}
