package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.db.Database;
import dev.mailroom.extract.ExtractedPayment;
import dev.mailroom.extract.PaymentKind;
import dev.mailroom.extract.PaymentSettings;
import dev.mailroom.extract.PaymentsService;
import dev.mailroom.mailbox.internal.SqlMetadataStore;
import dev.mailroom.mailbox.internal.SqliteBlobStore;
import dev.mailroom.shared.Json;
import dev.mailroom.shared.Progress;
import dev.mailroom.testing.TestMail;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The payments commands as a user runs them, on a data dir whose mail was imported by the command
 * line and whose ledger was filled through the facade with chosen payments (so that these tests do
 * not depend on what the extractor finds).
 */
class PaymentsCommandsTest {

    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate TODAY = LocalDate.now(ZONE);

    @TempDir
    static Path tmp;

    static Path data;
    private static int copies;

    @BeforeAll
    static void ledger() throws IOException {
        data = tmp.resolve("data");
        Path in = Files.createDirectories(tmp.resolve("mail"));
        Map<String, List<ExtractedPayment>> planted = new HashMap<>();
        write(in, planted, "soon", TODAY.minusDays(3), pay(PaymentKind.BILL, "Power Co", "80.00", TODAY.plusDays(2)));
        write(in, planted, "late", TODAY.minusDays(20), pay(PaymentKind.INVOICE, "Water Works", "35.10", TODAY.minusDays(5)));
        write(in, planted, "n1", TODAY.minusDays(90), pay(PaymentKind.RECEIPT, "Netflix", "15.99", null));
        write(in, planted, "n2", TODAY.minusDays(60), pay(PaymentKind.RECEIPT, "Netflix", "15.99", null));
        write(in, planted, "n3", TODAY.minusDays(30), pay(PaymentKind.RECEIPT, "Netflix", "15.99", null));
        write(in, planted, "hi", TODAY.minusDays(2));
        Cli imported = Cli.run("import", in.toString(), "--no-embeddings", "--json", "--data-dir", data.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Database db = Database.sqlite(data).migrate();
        var store = SqlMetadataStore.open(db, Clock.systemUTC());
        SqliteBlobStore blobs = new SqliteBlobStore(data.resolve("blobs.db"));
        try (PaymentsService p = PaymentsService.open(db, store, blobs, Clock.system(ZONE), PaymentSettings.defaults(ZONE),
                (parsed, header) -> planted.getOrDefault(parsed.messageId(), List.of()))) {
            assertThat(p.reanalyze(Progress.NONE).messages()).isEqualTo(6);
        } finally {
            store.close();
            blobs.close();
        }
    }

    private static ExtractedPayment pay(PaymentKind kind, String payee, String amount, LocalDate due) {
        return new ExtractedPayment(kind, payee, new BigDecimal(amount), "EUR", due, null, null, null, 0.9);
    }

    private static void write(Path in, Map<String, List<ExtractedPayment>> planted, String id, LocalDate day,
            ExtractedPayment... payments) throws IOException {
        planted.put(id, List.of(payments));
        Files.write(in.resolve(id + ".eml"), TestMail.message().from("Billing <billing@" + id + ".example>").to("me@example.org")
                .id(id).date(RFC.format(day.atTime(9, 0).atZone(ZONE))).subject("Document " + id).body("Hello.\n").bytes());
    }

    /** A copy of the data dir, so that a test's decisions do not reach the others. */
    private static Path fresh() {
        return Cli.copyDataDir(data, tmp.resolve("copy" + ++copies));
    }

    private static Cli run(Path dir, String... args) {
        return Cli.runIn(dir, args);
    }

    private static JsonNode json(Cli r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out().strip());
    }

    private static long idOf(Path dir, String payee) {
        for (JsonNode p : json(run(dir, "payments", "--json")).get("payments")) {
            if (p.get("payee").asString().equals(payee) && !p.get("expected").asBoolean()) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no entry for " + payee);
    }

    @Test
    void paymentsJsonListsEveryEntryByDateWithTheDocumentedKeys() {
        JsonNode out = json(run(data, "payments", "--json"));

        JsonNode list = out.get("payments");
        assertThat(out.get("count").asInt()).isEqualTo(list.size()).isEqualTo(6);
        List<String> keys = new ArrayList<>();
        list.get(0).propertyNames().forEach(keys::add);
        assertThat(keys).startsWith("id", "message_id", "kind", "payee", "amount", "currency", "due_date", "status", "paid_on",
                "recurring", "confidence");
        List<String> dates = new ArrayList<>();
        list.forEach(p -> dates.add(p.get("due_date").asString()));
        assertThat(dates).isSorted();
        JsonNode water = list.get(3);
        assertThat(water.get("payee").asString()).isEqualTo("Water Works");
        assertThat(water.get("status").asString()).isEqualTo("overdue");
        assertThat(water.get("amount").isString()).isTrue();
        assertThat(water.get("amount").asString()).isEqualTo("35.10");
        assertThat(water.get("due_date").asString()).isEqualTo(TODAY.minusDays(5).toString());
        assertThat(list).filteredOn(p -> p.get("payee").asString().equals("Netflix")).allMatch(p -> p.get("recurring").asBoolean())
                .anyMatch(p -> p.get("expected").asBoolean() && p.get("message_id").isNull());
    }

    @Test
    void paymentsFiltersByStatusAndDateAndPrintsATable() {
        JsonNode overdue = json(run(data, "payments", "--status", "overdue", "--json")).get("payments");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("payee").asString()).isEqualTo("Water Works");
        JsonNode recent = json(run(data, "payments", "--from", TODAY.minusDays(6).toString(), "--to", TODAY.plusDays(2).toString(),
                "--json")).get("payments");
        List<String> payees = new ArrayList<>();
        recent.forEach(p -> payees.add(p.get("payee").asString()));
        assertThat(payees).contains("Water Works", "Power Co").doesNotContain("Book Shop");

        Cli table = run(data, "payments", "--status", "upcoming");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("ID", "STATUS", "PAYEE", "Power Co", "80.00 EUR", "upcoming").doesNotContain("Water Works");
    }

    @Test
    void wrongOptionValuesAndUnknownIdsExitWithCodeTwoAndSayWhatIsWrong() {
        Cli status = run(data, "payments", "--status", "late");
        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.err()).contains("unknown status 'late'; use upcoming, overdue, paid, cancelled or all");
        Cli from = run(data, "payments", "--from", "31/12/2026");
        assertThat(from.exit()).isEqualTo(2);
        assertThat(from.err()).contains("--from takes a date as YYYY-MM-DD");
        Cli unknown = run(data, "payments", "confirm", "424242");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no payment entry 424242");
        Cli amount = run(data, "payments", "edit", "1", "--amount", "ten");
        assertThat(amount.exit()).isEqualTo(2);
        assertThat(amount.err()).contains("--amount takes a number");
        Cli kind = run(data, "payments", "edit", "1", "--kind", "gift");
        assertThat(kind.exit()).isEqualTo(2);
        assertThat(kind.err()).contains("unknown payment kind 'gift'");
        Cli nothing = run(data, "payments", "edit", "1");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("say what to change");
    }

    @Test
    void summaryAndSubscriptionsGiveTheFiguresAsJsonAndText() {
        JsonNode s = json(run(data, "payments", "summary", "--json"));
        assertThat(s.get("today").asString()).isEqualTo(TODAY.toString());
        assertThat(s.get("upcoming")).anyMatch(e -> e.get("payee").asString().equals("Power Co"));
        assertThat(s.get("overdue")).singleElement().satisfies(e -> assertThat(e.get("payee").asString()).isEqualTo("Water Works"));
        assertThat(s.get("paid_count").asLong()).isEqualTo(3);
        assertThat(s.get("open_count").asLong()).isEqualTo(2);
        assertThat(s.get("paid_ratio").asDouble()).isEqualTo(0.6);
        assertThat(s.get("per_payee")).anySatisfy(t -> {
            assertThat(t.get("payee").asString()).isEqualTo("Netflix");
            assertThat(t.get("amount").asString()).isEqualTo("47.97");
        });
        assertThat(s.get("per_month")).isNotEmpty();
        assertThat(s.get("yearly_cost").get("EUR").asString()).isEqualTo("191.88");

        JsonNode subs = json(run(data, "payments", "subscriptions", "--json")).get("subscriptions");
        assertThat(subs).singleElement().satisfies(sub -> {
            assertThat(sub.get("payee").asString()).isEqualTo("Netflix");
            assertThat(sub.get("cadence").asString()).isEqualTo("monthly");
            assertThat(sub.get("yearly_cost").asString()).isEqualTo("191.88");
            assertThat(sub.get("occurrences").asInt()).isEqualTo(3);
        });
        Cli text = run(data, "payments", "summary");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Upcoming in the next 30 days", "Overdue: 1", "Water Works", "Netflix", "monthly");
    }

    @Test
    void exportWritesTheChosenEntriesAsCsvCalendarAndPdf() throws IOException {
        Path csv = tmp.resolve("ledger.csv");
        Cli c = run(data, "payments", "export", "--format", "csv", "--out", csv.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("Wrote ").contains("ledger.csv (csv)");
        String table = Files.readString(csv);
        assertThat(table).contains("id,message_id,kind,payee,amount,currency,due_date,status,paid_on,recurring,confidence")
                .contains("Power Co").contains("Water Works").contains("15.99");

        Path ics = tmp.resolve("due.ics");
        Cli i = run(data, "payments", "export", "--format", "ics", "--status", "overdue", "--out", ics.toString());
        assertThat(i.exit()).as(i.err()).isZero();
        String calendar = Files.readString(ics);
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("Water Works").doesNotContain("Power Co")
                .contains("BEGIN:VALARM").contains("TRIGGER:-P3D");

        Path pdf = tmp.resolve("statement.pdf");
        Cli d = run(data, "payments", "export", "--format", "pdf", "--out", pdf.toString());
        assertThat(d.exit()).as(d.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Netflix").contains("Power Co");
        }
    }

    @Test
    void exportRefusesAnUnknownFormatAndAMissingFolder() {
        Cli format = run(data, "payments", "export", "--format", "xlsx", "--out", tmp.resolve("x.xlsx").toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown export format 'xlsx'; known formats: csv, ics, pdf");
        Cli folder = run(data, "payments", "export", "--format", "csv", "--out", tmp.resolve("nowhere/x.csv").toString());
        assertThat(folder.exit()).isNotZero();
        assertThat(folder.err()).contains("does not exist");
    }

    @Test
    void remindersAreRaisedOnceAndListedAgainAsStored() {
        Path dir = fresh();
        JsonNode first = json(run(dir, "payments", "reminders", "--json")).get("reminders");
        List<String> kinds = new ArrayList<>();
        first.forEach(r -> kinds.add(r.get("payee").asString() + " " + r.get("kind").asString() + " " + r.get("new").asBoolean()));
        assertThat(kinds).containsExactlyInAnyOrder("Power Co due_soon true", "Water Works overdue true");

        JsonNode again = json(run(dir, "payments", "reminders", "--json")).get("reminders");
        assertThat(again).hasSize(2).allMatch(r -> !r.get("new").asBoolean());
        assertThat(json(run(dir, "payments", "reminders", "--all", "--json")).get("reminders")).hasSize(2);
        assertThat(run(dir, "payments", "reminders").out()).contains("OVERDUE", "Water Works", "DUE SOON", "Power Co");
    }

    @Test
    void decisionsChangeTheLedgerAndPrintTheEntry() {
        Path dir = fresh();
        long water = idOf(dir, "Water Works");
        JsonNode paid = json(run(dir, "payments", "paid", String.valueOf(water), "--on", TODAY.toString(), "--json"));
        assertThat(paid.get("status").asString()).isEqualTo("paid");
        assertThat(paid.get("paid_on").asString()).isEqualTo(TODAY.toString());
        assertThat(paid.get("user_decided").asBoolean()).isTrue();

        long power = idOf(dir, "Power Co");
        JsonNode edited = json(run(dir, "payments", "edit", String.valueOf(power), "--amount", "82.40", "--payee", "Power Company",
                "--currency", "chf", "--json"));
        assertThat(edited.get("amount").asString()).isEqualTo("82.40");
        assertThat(edited.get("payee").asString()).isEqualTo("Power Company");
        assertThat(edited.get("currency").asString()).isEqualTo("CHF");
        assertThat(json(run(dir, "payments", "confirm", String.valueOf(power), "--json")).get("confidence").asDouble())
                .isEqualTo(1.0);

        Cli dismissed = run(dir, "payments", "dismiss", String.valueOf(power));
        assertThat(dismissed.exit()).isZero();
        assertThat(dismissed.out()).contains("#" + power, "cancelled");

        JsonNode list = json(run(dir, "payments", "--json")).get("payments");
        long first = list.get(0).get("id").asLong();
        long second = water;
        JsonNode merged = json(run(dir, "payments", "merge", String.valueOf(second), String.valueOf(first), "--json"));
        assertThat(merged.get("id").asLong()).isEqualTo(first);
        assertThat(json(run(dir, "payments", "--json")).get("count").asInt()).isEqualTo(list.size() - 1);
        Cli again = run(dir, "payments", "confirm", String.valueOf(second));
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("was merged into entry " + first);
    }

    @Test
    void reanalyzeKeepsItsKeysAndAddsThePaymentsLedger() {
        Path dir = fresh();
        JsonNode out = json(run(dir, "reanalyze", "--json"));
        assertThat(out.has("messages")).isTrue();
        assertThat(out.has("changed")).isTrue();
        assertThat(out.has("kept")).isTrue();
        assertThat(out.has("needs_review")).isTrue();
        assertThat(out.has("seconds")).isTrue();
        JsonNode payments = out.get("payments");
        assertThat(payments.get("messages").asLong()).isEqualTo(6);
        assertThat(payments.has("payments")).isTrue();
        assertThat(payments.has("entries")).isTrue();
        assertThat(payments.has("decisions_replayed")).isTrue();
        assertThat(run(dir, "reanalyze").out()).contains("Payments: analysed 6 messages");
    }

    @Test
    void paymentSettingsAreValidatedWithClearMessages() {
        Path dir = fresh();
        Cli ok = run(dir, "config", "set", "payments.scan-window", "2 years");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("payments.scan-window = 2 years");
        assertThat(run(dir, "config", "set", "payments.scan-window", "all").exit()).isZero();
        Cli bad = run(dir, "config", "set", "payments.scan-window", "12 parsecs");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("payments.scan-window", "unknown unit parsecs");
        Cli days = run(dir, "config", "set", "payments.reminder-days", "2.5");
        assertThat(days.exit()).isEqualTo(2);
        assertThat(days.err()).contains("payments.reminder-days must be a whole number from 0 to 365");
        Cli typo = run(dir, "config", "set", "payments.reminder-day", "5");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean payments.reminder-days?");
        assertThat(run(dir, "config", "set", "payments.reminder-days", "5").exit()).isZero();
        assertThat(json(run(dir, "config", "--json"))).anySatisfy(v -> {
            assertThat(v.get("key").asString()).isEqualTo("payments.reminder-days");
            assertThat(v.get("value").asString()).isEqualTo("5");
        });
    }
}
