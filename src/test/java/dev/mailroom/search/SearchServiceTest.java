package dev.mailroom.search;

import static dev.mailroom.search.SearchFixture.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.search.query.QuerySyntaxException;
import dev.mailroom.testing.TestMail;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operator of the query language against a real index filled by a real import. */
class SearchServiceTest {

    @TempDir
    static Path dir;

    static SearchFixture f;

    @BeforeAll
    static void fill() {
        f = new SearchFixture(dir);
        f.add("", "S", mail("Invoice March 2026", "ACME Billing <billing@mail.acme.com>",
                "Your invoice INV-2041 for March is ready. Please pay by Friday."));
        f.add("", "", mail("Lunch on Friday?", "Alice Smith <alice@example.org>",
                "Shall we meet at the café near the station? Bring the running shoes."));
        f.add("", "S", mail("Budget ready", "Dave Jones <dave@bigcorp.example>", "The budget for next year is ready for review."));
        f.add("", "S", mail("Re: Budget ready", "Erin <erin@bigcorp.example>",
                "Thanks, looks good to me.\n\nOn Mon, 2 Nov 2026, Dave Jones wrote:\n> The budget for next year is ready for review.\n"));
        f.add("", "S", mail("Meeting with Mr Wells", "Frank <frank@example.org>", "Wells will join us at noon."));
        f.add("", "S", mail("All is fine", "Grace <grace@example.org>", "Everything went well yesterday."));
        f.add("", "S", mail("東京出張", "Hiro <hiro@example.jp>", "来週東京に出張します。よろしくお願いします。"));
        f.add("Work/Projects", "FS", mail("Project kickoff", "Carol Danvers <carol@bigcorp.example>",
                "Kickoff is on Thursday in room 4.").header("Cc", "Dave Jones <dave@bigcorp.example>"));
        f.add("", "S", mail("[dev] release 1.2", "Dev list <noreply@lists.example.org>", "Release notes for version 1.2.",
                "Tue, 3 Mar 2026 09:00:00 +0100").header("List-Id", "Developers <dev.lists.example.org>"));
        f.add("", "S", mail("Huge log file", "Ops <ops@example.org>", "log line with many words ".repeat(2_000)));
        f.add("", "RS", mail("Question about the contract", "Ivan <ivan@example.org>", "Can you check clause 7?"));
        f.add("", "S", mail("Ancient history", "Judy <judy@example.org>", "From a long time ago.",
                "Wed, 10 Jan 2024 12:00:00 +0000"));
        f.add("", "S", withAttachment());
        f.add("", "S", withPdf());
        f.add("", "S", signed());
        f.importAll();
        f.importOne(mail("Work account hello", "Kim <kim@example.org>", "Hello from the work account."), "work");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static TestMail withAttachment() {
        String notes = Base64.getMimeEncoder().encodeToString("minutes of the board meeting".getBytes());
        return TestMail.message()
                .id("attach@test.example")
                .from("Lena <lena@example.org>")
                .to("alex@morgan-home.example")
                .subject("Quarterly report")
                .date("Mon, 2 Nov 2026 11:00:00 +0100")
                .header("MIME-Version", "1.0")
                .header("Content-Type", "multipart/mixed; boundary=\"b1\"")
                .body("--b1\nContent-Type: text/plain; charset=utf-8\n\nSee the attached report.\n"
                        + "--b1\nContent-Type: text/plain; name=\"board-notes.txt\"\n"
                        + "Content-Disposition: attachment; filename=\"board-notes.txt\"\nContent-Transfer-Encoding: base64\n\n"
                        + notes + "\n--b1--\n");
    }

    private static TestMail withPdf() {
        String pdf = Base64.getMimeEncoder().encodeToString(pdf("Flamingo lodge reservation confirmed for three nights"));
        return TestMail.message()
                .id("pdf@test.example")
                .from("Lodge <bookings@lodge.example>")
                .to("alex@morgan-home.example")
                .subject("Your booking")
                .date("Mon, 2 Nov 2026 12:00:00 +0100")
                .header("MIME-Version", "1.0")
                .header("Content-Type", "multipart/mixed; boundary=\"b2\"")
                .body("--b2\nContent-Type: text/plain; charset=utf-8\n\nThe confirmation is attached.\n"
                        + "--b2\nContent-Type: application/pdf; name=\"confirmation.pdf\"\n"
                        + "Content-Disposition: attachment; filename=\"confirmation.pdf\"\nContent-Transfer-Encoding: base64\n\n"
                        + pdf + "\n--b2--\n");
    }

    private static TestMail signed() {
        return TestMail.message()
                .id("signed@test.example")
                .from("Mia <mia@example.org>")
                .to("alex@morgan-home.example")
                .subject("Signed note")
                .date("Mon, 2 Nov 2026 13:00:00 +0100")
                .header("MIME-Version", "1.0")
                .header("Content-Type", "multipart/signed; micalg=pgp-sha1; protocol=\"application/pgp-signature\"; boundary=\"s1\"")
                .body("--s1\nContent-Type: text/plain; charset=utf-8\n\nSigned words.\n"
                        + "--s1\nContent-Type: application/pgp-signature\n\n-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n"
                        + "--s1--\n");
    }

    static byte[] pdf(String text) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pdfAttachmentsShouldBeSearchableByTheirText() {
        assertThat(f.subjects("flamingo lodge")).containsExactly("Your booking");
        assertThat(f.subjects("\"reservation confirmed\"")).containsExactly("Your booking");
        assertThat(f.subjects("body:flamingo")).isEmpty();
        assertThat(f.subjects("filename:pdf")).containsExactly("Your booking");
    }

    @Test
    void freeWordsShouldFindTheMessageThatHasThemAll() {
        assertThat(f.subjects("invoice friday")).containsExactly("Invoice March 2026");
        assertThat(f.subjects("invoice tuesday")).isEmpty();
    }

    @Test
    void quotedPhraseShouldNeedTheWordsInOrder() {
        assertThat(f.subjects("\"pay by friday\"")).containsExactly("Invoice March 2026");
        assertThat(f.subjects("\"friday by pay\"")).isEmpty();
    }

    @Test
    void lowerCaseWordsShouldMatchOtherFormsOfTheWord() {
        assertThat(f.subjects("run")).contains("Lunch on Friday?");
        assertThat(f.subjects("invoices")).contains("Invoice March 2026");
    }

    @Test
    void capitalisedNamesShouldNotBeStemmed() {
        assertThat(f.subjects("Wells")).containsExactly("Meeting with Mr Wells");
        assertThat(f.subjects("well")).contains("All is fine", "Meeting with Mr Wells");
    }

    @Test
    void accentsAndCaseShouldFold() {
        assertThat(f.subjects("CAFE")).containsExactly("Lunch on Friday?");
        assertThat(f.subjects("café")).containsExactly("Lunch on Friday?");
    }

    @Test
    void cjkTextShouldBeSearchable() {
        assertThat(f.subjects("東京")).containsExactly("東京出張");
        assertThat(f.subjects("出張")).containsExactly("東京出張");
    }

    @Test
    void newTextShouldRankAboveTheSameWordsInAQuote() {
        assertThat(f.subjects("budget review")).containsExactly("Budget ready", "Re: Budget ready");
    }

    @Test
    void fromShouldMatchWholeAddressesAndParts() {
        assertThat(f.subjects("from:billing@mail.acme.com")).containsExactly("Invoice March 2026");
        assertThat(f.subjects("from:acme.com")).containsExactly("Invoice March 2026");
        assertThat(f.subjects("from:billing")).containsExactly("Invoice March 2026");
        assertThat(f.subjects("from:acme")).containsExactly("Invoice March 2026");
        assertThat(f.subjects("from:\"Alice Smith\"")).containsExactly("Lunch on Friday?");
        assertThat(f.subjects("from:alice")).containsExactly("Lunch on Friday?");
        assertThat(f.subjects("from:bigcorp.example")).containsExactlyInAnyOrder("Budget ready", "Re: Budget ready",
                "Project kickoff");
    }

    @Test
    void toAndCcShouldMatchRecipients() {
        assertThat(f.subjects("cc:dave@bigcorp.example")).containsExactly("Project kickoff");
        assertThat(f.subjects("to:morgan-home.example")).hasSize(16);
    }

    @Test
    void subjectAndBodyShouldLookOnlyThere() {
        assertThat(f.subjects("subject:kickoff")).containsExactly("Project kickoff");
        assertThat(f.subjects("subject:thursday")).isEmpty();
        assertThat(f.subjects("body:thursday")).containsExactly("Project kickoff");
        assertThat(f.subjects("body:quarterly")).isEmpty();
    }

    @Test
    void attachmentsShouldBeFoundByFlagNameAndText() {
        assertThat(f.subjects("has:attachment")).as("a PGP signature is no attachment")
                .containsExactlyInAnyOrder("Quarterly report", "Your booking");
        assertThat(f.subjects("signed")).containsExactly("Signed note");
        assertThat(f.subjects("filename:board-notes.txt")).containsExactly("Quarterly report");
        assertThat(f.subjects("filename:txt")).containsExactly("Quarterly report");
    }

    @Test
    void foldersLabelsAndAccountsShouldFilter() {
        assertThat(f.subjects("folder:Work/Projects")).containsExactly("Project kickoff");
        assertThat(f.subjects("label:work")).containsExactly("Project kickoff");
        assertThat(f.subjects("account:work")).containsExactly("Work account hello");
        assertThat(f.subjects("hello account:local")).isEmpty();
    }

    @Test
    void flagsShouldFilter() {
        assertThat(f.subjects("is:unread")).containsExactlyInAnyOrder("Lunch on Friday?", "Work account hello");
        assertThat(f.subjects("is:starred")).containsExactly("Project kickoff");
        assertThat(f.subjects("is:replied")).containsExactly("Question about the contract");
        assertThat(f.subjects("is:read")).doesNotContain("Lunch on Friday?").contains("Project kickoff");
    }

    @Test
    void datesShouldFilterAbsoluteAndRelative() {
        assertThat(f.subjects("before:2025-01-01")).containsExactly("Ancient history");
        assertThat(f.subjects("after:2026-03-01 before:2026-03-04")).containsExactly("[dev] release 1.2");
        assertThat(f.subjects("older_than:1y")).containsExactly("Ancient history");
        assertThat(f.subjects("newer_than:30d")).doesNotContain("Ancient history", "[dev] release 1.2").hasSize(14);
    }

    @Test
    void sizesShouldFilter() {
        assertThat(f.subjects("larger:20K")).containsExactly("Huge log file");
        assertThat(f.subjects("smaller:20K")).doesNotContain("Huge log file");
    }

    @Test
    void listShouldMatchTheListIdAndItsParts() {
        assertThat(f.subjects("list:dev.lists.example.org")).containsExactly("[dev] release 1.2");
        assertThat(f.subjects("list:lists.example.org")).containsExactly("[dev] release 1.2");
    }

    @Test
    void negationOrAndParenthesesShouldCombine() {
        assertThat(f.subjects("from:bigcorp.example -subject:budget")).containsExactly("Project kickoff");
        assertThat(f.subjects("subject:kickoff OR subject:contract")).containsExactlyInAnyOrder("Project kickoff",
                "Question about the contract");
        assertThat(f.subjects("(subject:kickoff OR subject:contract) -is:replied")).containsExactly("Project kickoff");
    }

    @Test
    void dateSortShouldOrderNewestOrOldestFirst() {
        var newest = f.search.search(new SearchRequest("from:example.org", 50, SearchMode.KEYWORD, SortOrder.NEWEST, false));
        var oldest = f.search.search(new SearchRequest("from:example.org", 50, SearchMode.KEYWORD, SortOrder.OLDEST, false));
        assertThat(newest.results().getLast().subject()).isEqualTo("Ancient history");
        assertThat(oldest.results().getFirst().subject()).isEqualTo("Ancient history");
    }

    @Test
    void threadViewShouldCollapseAThreadToItsBestMessage() {
        var all = f.search.search(new SearchRequest("budget", 10, SearchMode.KEYWORD, SortOrder.RELEVANCE, false));
        var threads = f.search.search(new SearchRequest("budget", 10, SearchMode.KEYWORD, SortOrder.RELEVANCE, true));
        assertThat(all.total()).isEqualTo(2);
        assertThat(threads.total()).isEqualTo(1);
        assertThat(threads.results()).singleElement().satisfies(h -> {
            assertThat(h.subject()).isEqualTo("Budget ready");
            assertThat(h.threadMatches()).isEqualTo(2);
        });
    }

    @Test
    void resultsShouldCarryIdsHeadersAndAHighlightedSnippet() {
        SearchResults r = f.search("clause");
        assertThat(r.total()).isEqualTo(1);
        SearchHit h = r.results().getFirst();
        assertThat(h.messageId()).endsWith("@test.example");
        assertThat(h.from()).isEqualTo("Ivan <ivan@example.org>");
        assertThat(h.date()).isEqualTo("2026-11-02T10:00+01:00");
        assertThat(h.snippet()).contains("<mark>clause</mark>");
        assertThat(h.threadId()).isPositive();
        assertThat(f.store.message(h.id())).get().extracting(m -> m.subject()).isEqualTo("Question about the contract");
    }

    @Test
    void messageIdShouldFindExactlyThatMessage() {
        assertThat(f.subjects("id:attach@test.example")).containsExactly("Quarterly report");
        assertThat(f.subjects("id:<attach@test.example>")).containsExactly("Quarterly report");
    }

    @Test
    void aMalformedQueryShouldSayWhereItIsWrong() {
        assertThatThrownBy(() -> f.search("from:alice (invoice"))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("^");
    }

    @Test
    void theEmptyQueryShouldMatchEverything() {
        assertThat(f.search("").total()).isEqualTo(16);
    }
}
