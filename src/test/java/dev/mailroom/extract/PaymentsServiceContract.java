package dev.mailroom.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.db.Database;
import dev.mailroom.db.Sql;
import dev.mailroom.ingest.ImportListener;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.mailbox.internal.SqlMetadataStore;
import dev.mailroom.mailbox.internal.SqliteBlobStore;
import dev.mailroom.shared.Progress;
import dev.mailroom.testing.TestMail;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the payments ledger promises on every database (ADR 0012): statuses by date, receipts that
 * pay bills, recurring series and their expected next payment, the scan window, incremental
 * scanning, user decisions that survive reanalyze, merges, reminders raised once, summary figures.
 * Payments come from a finder that returns chosen payments per Message-ID, so these tests do not
 * depend on the extractor.
 */
abstract class PaymentsServiceContract {

    static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    @TempDir
    Path dir;

    private final AtomicInteger inputs = new AtomicInteger();
    private final Map<String, List<ExtractedPayment>> planted = new ConcurrentHashMap<>();
    final AtomicInteger finderCalls = new AtomicInteger();
    private Database database;
    private MetadataStore store;
    private SqliteBlobStore blobs;
    private final List<PaymentsService> open = new ArrayList<>();

    /** A migrated database for one test. */
    abstract Database database(Path dir);

    @AfterEach
    void closeAll() {
        open.forEach(PaymentsService::close);
        open.clear();
        if (store != null) {
            store.close();
            store = null;
        }
        if (blobs != null) {
            blobs.close();
            blobs = null;
        }
    }

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZoneOffset.UTC);
    }

    PaymentsService service(LocalDate today, PaymentSettings settings) {
        if (database == null) {
            database = database(dir);
            store = SqlMetadataStore.open(database, Clock.systemUTC());
            blobs = new SqliteBlobStore(dir.resolve("blobs.db"));
        }
        PaymentsService s = PaymentsService.open(database, store, blobs, clockOn(today), settings, (parsed, header) -> {
            finderCalls.incrementAndGet();
            return planted.getOrDefault(parsed.messageId(), List.of());
        });
        open.add(s);
        return s;
    }

    PaymentsService service() {
        return service(TODAY, PaymentSettings.defaults(ZONE));
    }

    /** A message sent on {@code day} whose finder result is {@code payments}. */
    TestMail mail(String id, LocalDate day, ExtractedPayment... payments) {
        planted.put(id, List.of(payments));
        return TestMail.message().from("Billing <billing@" + id + ".example>").to("me@example.org").id(id)
                .date(RFC.format(day.atTime(9, 30).atZone(ZONE))).subject("Document " + id).body("Your document.\n");
    }

    /** Imports the messages through the service's stage; returns their ids in order. */
    List<Long> importMail(PaymentsService service, TestMail... mails) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in" + inputs.incrementAndGet()));
        for (int i = 0; i < mails.length; i++) {
            Files.write(in.resolve(String.format("%03d.eml", i)), mails[i].bytes());
        }
        long before = store.lastMessageId();
        new IngestService(store, blobs, Clock.systemUTC(), 2, List.of(service.stage())).importPaths(List.of(in), "local",
                ImportListener.NONE);
        return store.messagesAfter(before, 10_000).stream().map(StoredMessage::id).toList();
    }

    static ExtractedPayment payment(PaymentKind kind, String payee, String amount, String currency, LocalDate due) {
        return new ExtractedPayment(kind, payee, new BigDecimal(amount), currency, due, null, null, null, 0.9);
    }

    static ExtractedPayment bill(String payee, String amount, LocalDate due) {
        return payment(PaymentKind.BILL, payee, amount, "EUR", due);
    }

    static ExtractedPayment receipt(String payee, String amount) {
        return payment(PaymentKind.RECEIPT, payee, amount, "EUR", null);
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static LedgerEntry only(List<LedgerEntry> entries) {
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }

    private static List<LedgerEntry> real(PaymentsService s) {
        return s.list(PaymentQuery.ALL).stream().filter(e -> !e.expected()).toList();
    }

    // ---------------------------------------------------------------- statuses

    @Test
    void aBillIsUpcomingUntilItsDueDateAndOverdueAfterIt() throws IOException {
        PaymentsService s = service();
        List<Long> ids = importMail(s, mail("power", day(6, 1), bill("Power Co", "80.00", day(6, 20))),
                mail("water", day(5, 20), bill("Water Works", "35.10", day(6, 10))),
                mail("phone", day(6, 2), bill("Phone Ltd", "19.90", null)),
                mail("letter", day(6, 3)));

        LedgerEntry power = only(s.list(new PaymentQuery(null, day(6, 16), null)));
        assertThat(power.status()).isEqualTo(PaymentStatus.UPCOMING);
        assertThat(power.messageId()).isEqualTo(ids.get(0));
        assertThat(power.amount()).isEqualByComparingTo("80.00");
        LedgerEntry water = only(s.list(new PaymentQuery(PaymentStatus.OVERDUE, null, null)));
        assertThat(water.payee()).isEqualTo("Water Works");
        assertThat(water.dueDate()).isEqualTo(day(6, 10));
        assertThat(s.list(new PaymentQuery(PaymentStatus.UPCOMING, null, null))).extracting(LedgerEntry::payee)
                .containsExactly("Phone Ltd", "Power Co");
        assertThat(s.list(PaymentQuery.ALL)).hasSize(3);
        assertThat(s.scannedCount()).isEqualTo(4);
    }

    @Test
    void aReceiptThatNamesItsNextChargeIsDatedByTheDayItWasPaid() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("music", day(6, 3), payment(PaymentKind.RECEIPT, "Music", "11.99", "EUR", day(7, 3))));

        LedgerEntry music = only(real(s));
        assertThat(music.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(music.paidOn()).isEqualTo(day(6, 3));
        assertThat(music.dueDate()).isEqualTo(day(6, 3));
        assertThat(s.list(new PaymentQuery(PaymentStatus.UPCOMING, null, null))).isEmpty();
    }

    @Test
    void receiptsAndRefundsArePaidOnTheirMessagesDayAndRefundsAreNegative() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("shop", day(6, 4), receipt("Book Shop", "12.00")),
                mail("back", day(6, 6), payment(PaymentKind.REFUND, "Book Shop", "5.00", "EUR", null)));

        List<LedgerEntry> all = s.list(PaymentQuery.ALL);
        assertThat(all).extracting(LedgerEntry::status).containsOnly(PaymentStatus.PAID);
        assertThat(all).extracting(LedgerEntry::paidOn).containsExactly(day(6, 4), day(6, 6));
        assertThat(all.get(1).amount()).isEqualByComparingTo("-5.00");
        assertThat(s.summary().perPayee()).singleElement().satisfies(t -> {
            assertThat(t.amount()).isEqualByComparingTo("7.00");
            assertThat(t.count()).isEqualTo(2);
        });
    }

    @Test
    void aLaterReceiptForTheSamePayeeAndAmountMarksTheBillPaidAndLinksTheMessages() throws IOException {
        PaymentsService s = service();
        List<Long> ids = importMail(s, mail("inv", day(6, 1), bill("ACME Inc.", "42.50", day(6, 10))),
                mail("other", day(6, 2), bill("ACME Inc.", "99.00", day(6, 30))),
                mail("paid", day(6, 5), receipt("acme inc", "42.5")));

        List<LedgerEntry> all = s.list(PaymentQuery.ALL);
        assertThat(all).hasSize(2);
        LedgerEntry bill = all.getFirst();
        assertThat(bill.messageId()).isEqualTo(ids.get(0));
        assertThat(bill.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(bill.paidOn()).isEqualTo(day(6, 5));
        assertThat(bill.paidByMessageId()).isEqualTo(ids.get(2));
        assertThat(all.get(1).status()).isEqualTo(PaymentStatus.UPCOMING);
        PaymentSummary summary = s.summary();
        assertThat(summary.perPayee()).singleElement().satisfies(t -> {
            assertThat(t.amount()).isEqualByComparingTo("141.50");
            assertThat(t.count()).isEqualTo(2);
        });
        assertThat(summary.paidCount()).isEqualTo(1);
        assertThat(summary.openCount()).isEqualTo(1);
        assertThat(summary.paidRatio()).isEqualTo(0.5);
    }

    @Test
    void aReminderOfABillIsTheSamePaymentNotASecondOne() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("bill", day(6, 1), bill("Power Co", "80.00", day(6, 20))),
                mail("reminder", day(6, 15), bill("Power Co", "80.00", day(6, 20))),
                mail("next", day(7, 1), bill("Power Co", "80.00", day(7, 20))));

        List<LedgerEntry> all = s.list(PaymentQuery.ALL);
        assertThat(all).extracting(LedgerEntry::dueDate).containsExactly(day(6, 20), day(7, 20));
        assertThat(s.summary().perPayee()).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(2));
    }

    @Test
    void aFailedChargeWithNoBillIsDueUntilALaterReceiptSettlesIt() throws IOException {
        PaymentsService s = service();
        List<Long> ids = importMail(s, mail("failed", day(6, 3), payment(PaymentKind.FAILED_PAYMENT, "Stream", "9.99", "EUR", null)),
                mail("retry", day(6, 6), receipt("Stream", "9.99")));

        assertThat(s.list(PaymentQuery.ALL)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(PaymentKind.FAILED_PAYMENT);
            assertThat(e.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(e.paidByMessageId()).isEqualTo(ids.get(1));
        });
    }

    @Test
    void aFailedPaymentNoticeKeepsTheBillDue() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("bill", day(6, 1), bill("Gym", "30.00", day(6, 12))),
                mail("ok", day(6, 2), payment(PaymentKind.PAYMENT_CONFIRMATION, "Gym", "30.00", "EUR", null)),
                mail("failed", day(6, 3), payment(PaymentKind.FAILED_PAYMENT, "Gym", "30.00", "EUR", null)));

        LedgerEntry e = only(s.list(PaymentQuery.ALL).stream().filter(x -> x.kind() == PaymentKind.BILL).toList());
        assertThat(e.status()).isEqualTo(PaymentStatus.OVERDUE);
        assertThat(e.paidOn()).isNull();
        assertThat(s.list(PaymentQuery.ALL)).noneMatch(x -> x.kind() == PaymentKind.FAILED_PAYMENT);
    }

    // ---------------------------------------------------------------- recurring

    @Test
    void monthlyPaymentsAreRecurringAndTheNextOneIsExpectedUntilItArrives() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("n3", day(3, 10), receipt("Netflix", "15.99")), mail("n4", day(4, 10), receipt("Netflix", "15.99")),
                mail("n5", day(5, 11), receipt("Netflix", "15.99")), mail("n6", day(6, 10), receipt("Netflix", "17.49")),
                mail("book", day(6, 1), receipt("Book Shop", "15.99")));

        List<LedgerEntry> netflix = s.list(PaymentQuery.ALL).stream().filter(e -> e.payee().equals("Netflix")).toList();
        assertThat(netflix).hasSize(5).allMatch(LedgerEntry::recurring);
        LedgerEntry next = netflix.getLast();
        assertThat(next.expected()).isTrue();
        assertThat(next.messageId()).isNull();
        assertThat(next.status()).isEqualTo(PaymentStatus.UPCOMING);
        assertThat(next.dueDate()).isEqualTo(day(7, 10));
        assertThat(next.amount()).isEqualByComparingTo("17.49");
        assertThat(s.list(PaymentQuery.ALL)).filteredOn(e -> e.payee().equals("Book Shop")).noneMatch(LedgerEntry::recurring);

        PaymentsService later = service(day(7, 12), PaymentSettings.defaults(ZONE));
        importMail(later, mail("n7", day(7, 10), receipt("Netflix", "17.49")));
        List<LedgerEntry> expected = later.list(PaymentQuery.ALL).stream().filter(LedgerEntry::expected).toList();
        assertThat(only(expected).dueDate()).isEqualTo(day(8, 10));
    }

    @Test
    void subscriptionsShowTheirCadenceTypicalAmountAndYearlyCost() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("q1", day(1, 5), bill("Insurer", "120.00", day(1, 20))),
                mail("q2", day(4, 5), bill("Insurer", "120.00", day(4, 20))),
                mail("q3", day(7, 5), bill("Insurer", "130.00", day(7, 20))),
                mail("y1", LocalDate.of(2025, 9, 1), payment(PaymentKind.SUBSCRIPTION_RENEWAL, "Domains", "20.00", "USD",
                        LocalDate.of(2025, 9, 1))),
                mail("y2", day(3, 1), payment(PaymentKind.SUBSCRIPTION_RENEWAL, "Domains", "22.00", "USD", day(9, 1))),
                mail("two", day(5, 1), receipt("Cafe", "4.00")), mail("two2", day(6, 1), receipt("Cafe", "4.00")));

        List<Subscription> subs = s.subscriptions();
        assertThat(subs).extracting(Subscription::payee).containsExactly("Domains", "Insurer");
        Subscription insurer = subs.get(1);
        assertThat(insurer.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(insurer.typicalAmount()).isEqualByComparingTo("120.00");
        assertThat(insurer.yearlyCost()).isEqualByComparingTo("480.00");
        assertThat(insurer.occurrences()).isEqualTo(3);
        assertThat(insurer.nextDate()).isEqualTo(day(10, 20));
        Subscription domains = subs.getFirst();
        assertThat(domains.cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(domains.yearlyCost()).isEqualByComparingTo("21.00");
        assertThat(s.summary().yearlyCost()).containsEntry("EUR", new BigDecimal("480.00"))
                .containsEntry("USD", new BigDecimal("21.00"));
    }

    // ---------------------------------------------------------------- scanning

    @Test
    void mailOlderThanTheScanWindowIsIgnoredUntilTheWindowIsWidenedAndCatchUpRuns() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("old", LocalDate.of(2025, 3, 1), bill("Old Co", "10.00", LocalDate.of(2025, 3, 15))),
                mail("new", day(6, 1), bill("New Co", "20.00", day(6, 30))));

        assertThat(s.list(PaymentQuery.ALL)).extracting(LedgerEntry::payee).containsExactly("New Co");
        assertThat(s.scannedCount()).isEqualTo(1);
        assertThat(s.catchUp(Progress.NONE)).isZero();

        PaymentsService wide = service(TODAY, PaymentSettings.defaults(ZONE).withScanWindow(Period.ofYears(2)));
        assertThat(wide.catchUp(Progress.NONE)).isEqualTo(1);
        assertThat(wide.list(PaymentQuery.ALL)).extracting(LedgerEntry::payee).containsExactly("Old Co", "New Co");
        assertThat(wide.catchUp(Progress.NONE)).isZero();
    }

    @Test
    void scanningIsIncrementalSoASecondImportAnalysesOnlyTheNewMail() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("a", day(6, 1), bill("A", "1.00", day(6, 30))), mail("b", day(6, 2)));
        assertThat(finderCalls.get()).isEqualTo(2);

        importMail(s, mail("c", day(6, 3), bill("C", "3.00", day(6, 30))));

        assertThat(finderCalls.get()).isEqualTo(3);
        assertThat(s.catchUp(Progress.NONE)).isZero();
        assertThat(finderCalls.get()).isEqualTo(3);
        assertThat(s.list(PaymentQuery.ALL)).extracting(LedgerEntry::payee).containsExactly("A", "C");
    }

    @Test
    void catchUpAnalysesMessagesStoredWithoutTheStage() throws IOException {
        PaymentsService s = service();
        Path in = Files.createDirectories(dir.resolve("plain"));
        Files.write(in.resolve("x.eml"), mail("x", day(6, 1), bill("X", "9.00", day(6, 20))).bytes());
        new IngestService(store, blobs, Clock.systemUTC(), 2).importPaths(List.of(in), "local", ImportListener.NONE);
        assertThat(s.list(PaymentQuery.ALL)).isEmpty();

        assertThat(s.catchUp(Progress.NONE)).isEqualTo(1);

        assertThat(only(s.list(PaymentQuery.ALL)).payee()).isEqualTo("X");
    }

    // ---------------------------------------------------------------- spam

    @Test
    void billsInAJunkFolderStayOutOfTheLedgerUnlessSkipSpamIsOff() throws IOException {
        PaymentsService s = service();
        Path in = Files.createDirectories(dir.resolve("tree"));
        Files.createDirectories(in.resolve("Junk"));
        Files.createDirectories(in.resolve("Bills"));
        Files.write(in.resolve("Junk/001.eml"), mail("junk", day(6, 1), bill("Lottery Fees", "49.00", day(6, 20))).bytes());
        Files.write(in.resolve("Bills/001.eml"), mail("power", day(6, 1), bill("Power Co", "80.00", day(6, 20))).bytes());
        new IngestService(store, blobs, Clock.systemUTC(), 2, List.of(s.stage())).importPaths(List.of(in), "local",
                ImportListener.NONE);

        assertThat(s.scannedCount()).isEqualTo(2);
        assertThat(s.list(PaymentQuery.ALL)).extracting(LedgerEntry::payee).containsExactly("Power Co");

        PaymentsService all = service(TODAY, new PaymentSettings(Period.ofMonths(12), 3, ZONE, false));
        assertThat(all.refresh()).isEqualTo(2);
        assertThat(all.list(PaymentQuery.ALL)).extracting(LedgerEntry::payee).containsExactlyInAnyOrder("Power Co", "Lottery Fees");
    }

    @Test
    void mailFiledAsSpamLeavesTheLedgerAndComesBackWhenTakenOutOfSpam() throws IOException, SQLException {
        PaymentsService s = service();
        List<Long> ids = importMail(s, mail("fake", day(6, 1), bill("Fake Invoice Co", "310.00", day(6, 20))),
                mail("power", day(6, 2), bill("Power Co", "80.00", day(6, 20))));
        assertThat(s.list(PaymentQuery.ALL)).hasSize(2);

        try (Sql sql = new Sql(database.open())) {
            sql.update("""
                    INSERT INTO classifications (message_id, category, confidence, tier, needs_review, explanation, classified_at)
                    VALUES (?, 'spam', 0.99, 'builtin', false, '[]', '2026-06-15T10:00:00Z')
                    """, ids.get(0));
            assertThat(s.refresh()).isEqualTo(1);
            assertThat(s.list(PaymentQuery.ALL)).extracting(LedgerEntry::payee).containsExactly("Power Co");

            sql.update("UPDATE classifications SET category = 'finance' WHERE message_id = ?", ids.get(0));
        }
        assertThat(s.refresh()).isEqualTo(2);
        assertThat(s.list(PaymentQuery.ALL)).extracting(LedgerEntry::payee).containsExactlyInAnyOrder("Fake Invoice Co", "Power Co");
    }

    // ---------------------------------------------------------------- decisions

    @Test
    void everyUserDecisionSurvivesReanalyzeAndIdsStayTheSame() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("d1", day(6, 1), bill("Confirmed", "10.00", day(6, 30))),
                mail("d2", day(6, 1), bill("Edited", "20.00", day(6, 30))),
                mail("d3", day(6, 1), bill("Paid", "30.00", day(6, 30))),
                mail("d4", day(6, 1), bill("Dismissed", "40.00", day(6, 30))));
        Map<String, Long> id = new java.util.HashMap<>();
        s.list(PaymentQuery.ALL).forEach(e -> id.put(e.payee(), e.id()));

        assertThat(s.confirm(id.get("Confirmed")).confidence()).isEqualTo(1.0);
        LedgerEntry edited = s.edit(id.get("Edited"), new PaymentEdit("Edited Co", new BigDecimal("21.50"), "chf",
                day(6, 12), PaymentKind.INVOICE));
        assertThat(edited.status()).isEqualTo(PaymentStatus.OVERDUE);
        s.markPaid(id.get("Paid"), day(6, 14));
        s.dismiss(id.get("Dismissed"));
        List<LedgerEntry> before = s.list(PaymentQuery.ALL);

        PaymentsService.Reanalysis r = s.reanalyze(Progress.NONE);

        assertThat(r.messages()).isEqualTo(4);
        assertThat(r.decisionsReplayed()).isEqualTo(4);
        assertThat(s.list(PaymentQuery.ALL)).isEqualTo(before);
        LedgerEntry e = s.entry(id.get("Edited")).orElseThrow();
        assertThat(e.payee()).isEqualTo("Edited Co");
        assertThat(e.amount()).isEqualByComparingTo("21.50");
        assertThat(e.currency()).isEqualTo("CHF");
        assertThat(e.dueDate()).isEqualTo(day(6, 12));
        assertThat(e.kind()).isEqualTo(PaymentKind.INVOICE);
        assertThat(e.userDecided()).isTrue();
        LedgerEntry paid = s.entry(id.get("Paid")).orElseThrow();
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.paidOn()).isEqualTo(day(6, 14));
        assertThat(s.entry(id.get("Dismissed")).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(s.entry(id.get("Confirmed")).orElseThrow().userDecided()).isTrue();
    }

    @Test
    void anEditedAmountDecidesWhichReceiptPaysTheBill() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("e1", day(6, 1), bill("Garage", "100.00", day(6, 30))));
        long bill = only(s.list(PaymentQuery.ALL)).id();
        s.edit(bill, new PaymentEdit(null, new BigDecimal("110.00"), null, null, null));

        importMail(s, mail("e2", day(6, 5), receipt("Garage", "110.00")));

        LedgerEntry e = only(s.list(PaymentQuery.ALL));
        assertThat(e.id()).isEqualTo(bill);
        assertThat(e.status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void mergingTwoEntriesOfOnePaymentKeepsOneWithWhatBothKnew() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("m1", day(6, 1), bill("Hosting", "60.00", day(6, 25))),
                mail("m2", day(6, 2), new ExtractedPayment(PaymentKind.INVOICE, "Hosting GmbH", new BigDecimal("60.00"), "EUR",
                        null, "INV-7", "4242", null, 0.8)));
        List<LedgerEntry> two = s.list(PaymentQuery.ALL);
        long keep = two.get(0).id();
        long gone = two.get(1).id();

        LedgerEntry merged = s.merge(gone, keep);

        assertThat(merged.id()).isEqualTo(keep);
        assertThat(merged.invoiceNumber()).isEqualTo("INV-7");
        assertThat(merged.accountLast4()).isEqualTo("4242");
        assertThat(merged.dueDate()).isEqualTo(day(6, 25));
        assertThat(s.list(PaymentQuery.ALL)).extracting(LedgerEntry::id).containsExactly(keep);
        assertThat(s.entry(gone)).isEmpty();
        assertThatThrownBy(() -> s.confirm(gone)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("payment entry " + gone + " was merged into entry " + keep + "; use that one");

        s.reanalyze(Progress.NONE);
        assertThat(s.list(PaymentQuery.ALL)).extracting(LedgerEntry::id).containsExactly(keep);
        assertThat(s.entry(keep).orElseThrow().invoiceNumber()).isEqualTo("INV-7");
    }

    @Test
    void decisionsAboutUnknownOrExpectedEntriesAreRefusedWithAClearMessage() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("r1", day(4, 1), receipt("Music", "9.99")), mail("r2", day(5, 1), receipt("Music", "9.99")),
                mail("r3", day(6, 1), receipt("Music", "9.99")));
        long expected = s.list(PaymentQuery.ALL).stream().filter(LedgerEntry::expected).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> s.confirm(999_999)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no payment entry 999999");
        assertThatThrownBy(() -> s.markPaid(expected, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected from a recurring series");
        assertThatThrownBy(() -> s.merge(expected, expected)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an entry cannot be merged into itself");
        assertThatThrownBy(() -> s.edit(expected, new PaymentEdit(null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("say what to change");
    }

    // ---------------------------------------------------------------- reminders and summary

    @Test
    void remindersAreRaisedOnceBeforeTheDueDateAndOnceWhenOverdueAndStored() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("soon", day(6, 1), bill("Soon", "5.00", day(6, 17))),
                mail("late", day(6, 1), bill("Late", "6.00", day(6, 14))),
                mail("far", day(6, 1), bill("Far", "7.00", day(6, 25))),
                mail("done", day(6, 1), receipt("Done", "8.00")));

        List<ReminderEvent> first = s.reminders();
        assertThat(first).extracting(ReminderEvent::payee, ReminderEvent::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Soon", ReminderEvent.Kind.DUE_SOON),
                org.assertj.core.groups.Tuple.tuple("Late", ReminderEvent.Kind.OVERDUE));
        assertThat(first).allMatch(ReminderEvent::newlyRaised);
        List<ReminderEvent> again = s.reminders();
        assertThat(again).extracting(ReminderEvent::id).containsExactlyInAnyOrderElementsOf(
                first.stream().map(ReminderEvent::id).toList());
        assertThat(again).noneMatch(ReminderEvent::newlyRaised);
        assertThat(s.reminderEvents()).hasSize(2);

        long late = first.stream().filter(r -> r.payee().equals("Late")).findFirst().orElseThrow().entryId();
        s.markPaid(late, TODAY);
        assertThat(s.reminders()).extracting(ReminderEvent::payee).containsExactly("Soon");

        PaymentsService later = service(day(6, 22), PaymentSettings.defaults(ZONE));
        assertThat(later.reminders()).extracting(ReminderEvent::payee, ReminderEvent::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Soon", ReminderEvent.Kind.OVERDUE),
                org.assertj.core.groups.Tuple.tuple("Far", ReminderEvent.Kind.DUE_SOON));
        assertThat(later.reminderEvents()).hasSize(4);
    }

    @Test
    void theSummaryHasUpcomingOverdueTotalsPerMonthAndPayeeAndThePaidRatio() throws IOException {
        PaymentsService s = service();
        importMail(s, mail("s1", day(5, 2), bill("Power Co", "80.00", day(5, 20))),
                mail("s2", day(5, 25), receipt("Power Co", "80.00")),
                mail("s3", day(6, 2), bill("Power Co", "75.00", day(6, 20))),
                mail("s4", day(6, 3), bill("Water", "30.00", day(6, 5))),
                mail("s5", day(6, 4), bill("Later", "10.00", day(8, 1))),
                mail("s6", day(6, 5), payment(PaymentKind.RECEIPT, "Store", "12.00", "USD", null)));

        PaymentSummary sum = s.summary();

        assertThat(sum.today()).isEqualTo(TODAY);
        assertThat(sum.upcoming()).extracting(LedgerEntry::payee).containsExactly("Power Co");
        assertThat(sum.overdue()).extracting(LedgerEntry::payee).containsExactly("Water");
        assertThat(sum.perMonth()).extracting(t -> t.month() + " " + t.currency() + " " + t.amount().toPlainString() + " " + t.count())
                .containsExactly("2026-05 EUR 80.00 1", "2026-06 EUR 105.00 2", "2026-06 USD 12.00 1", "2026-08 EUR 10.00 1");
        assertThat(sum.perPayee()).extracting(t -> t.payee() + " " + t.amount().toPlainString())
                .containsExactly("Power Co 155.00", "Water 30.00", "Store 12.00", "Later 10.00");
        assertThat(sum.paidCount()).isEqualTo(2);
        assertThat(sum.openCount()).isEqualTo(3);
        assertThat(sum.paidRatio()).isEqualTo(0.4);
    }
}
