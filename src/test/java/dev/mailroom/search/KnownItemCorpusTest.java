package dev.mailroom.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.search.internal.text.BodySplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known-item search on real mail: for a sample of messages of the SpamAssassin ham corpus, the
 * three rarest words of a message's own new text, typed as a query, must find it near the top, the
 * way a person remembers a few odd words of a mail.
 */
class KnownItemCorpusTest {

    @TempDir
    static Path dir;

    static SearchFixture f;

    @BeforeAll
    static void importCorpus() {
        Path corpus = Path.of(System.getProperty("mailroom.corpus.dir", "../shared/data"), "spamassassin", "easy_ham");
        assumeTrue(Files.isDirectory(corpus), "SpamAssassin corpus not found, skipping: " + corpus);
        f = new SearchFixture(dir);
        f.importPath(corpus);
    }

    @AfterAll
    static void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void theRarestWordsOfAMessageShouldFindItAtTheTop() throws Exception {
        List<StoredMessage> all = f.store.messagesAfter(0, 10_000);
        assertThat(all).hasSizeGreaterThan(2_000);
        int tried = 0;
        int first = 0;
        int top10 = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 7; i < all.size(); i += 41) {
            StoredMessage m = all.get(i);
            List<String> words = rarestWords(m, 3);
            if (words.size() < 3) {
                continue;
            }
            tried++;
            String query = String.join(" ", words);
            List<Long> ids = f.search.search(SearchRequest.of(query, 10)).results().stream().map(SearchHit::id).toList();
            if (!ids.isEmpty() && ids.getFirst() == m.id()) {
                first++;
            }
            if (ids.contains(m.id())) {
                top10++;
            } else {
                missed.add(m.id() + ": " + query);
            }
        }
        assertThat(tried).isGreaterThan(50);
        assertThat(missed).as("messages not found in the top 10 by their rarest words").isEmpty();
        assertThat(first).as("found first, of %d", tried).isGreaterThanOrEqualTo(tried * 9 / 10);
    }

    @Test
    void aSubjectTypedAsAPhraseShouldFindItsMessage() {
        List<StoredMessage> all = f.store.messagesAfter(0, 10_000);
        int tried = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 3; i < all.size(); i += 53) {
            StoredMessage m = all.get(i);
            String subject = m.subject() == null ? "" : m.subject().replaceAll("(?i)^(re|fwd?):\\s*", "").replace("\"", "").strip();
            if (subject.split("\\s+").length < 3) {
                continue;
            }
            tried++;
            List<Long> ids = f.search.search(SearchRequest.of("subject:\"" + subject + "\"", 100)).results().stream()
                    .map(SearchHit::id).toList();
            if (!ids.contains(m.id())) {
                missed.add(m.id() + ": " + subject);
            }
        }
        assertThat(tried).isGreaterThan(30);
        assertThat(missed).isEmpty();
    }

    /** Words of the message's new text that occur in the fewest messages (at least in this one). */
    private static List<String> rarestWords(StoredMessage m, int n) {
        byte[] raw = f.blobs.get(m.blobSha256()).orElseThrow();
        ParsedMessage p = IngestService.parseMessage(raw, null);
        String fresh = BodySplitter.split(p.text() == null ? "" : p.text()).fresh();
        Set<String> words = new LinkedHashSet<>();
        for (String w : fresh.split("[^\\p{L}]+")) {
            if (w.length() >= 5 && w.length() <= 14 && w.chars().allMatch(c -> c < 128)) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        record Df(String word, long df) {}
        List<Df> dfs = new ArrayList<>();
        for (String w : words) {
            long df = f.search.search(SearchRequest.of(w, 1)).total();
            if (df > 0) {
                dfs.add(new Df(w, df));
            }
        }
        return dfs.stream().sorted(Comparator.comparingLong(Df::df).thenComparing(Df::word)).limit(n).map(Df::word).toList();
    }
}
