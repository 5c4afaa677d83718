package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.search.query.QueryParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerSearchTest {

    private final QueryParser parser = new QueryParser(Clock.systemUTC(), ZoneOffset.UTC);

    @Test
    void translateAllShouldKeepOnlyWhatThePeerCanSearch() {
        PeerSearch notmuch = PeerSearch.notmuch(Path.of("config"), Path.of("db"), Path.of("."));

        Map<String, String> t = notmuch.translateAll(List.of("spam", "list:ilug.linux.ie", "from:bob -razor", "larger:1M", "(("),
                parser);

        assertThat(t).containsOnlyKeys("spam", "from:bob -razor");
        assertThat(t.get("from:bob -razor")).isEqualTo("from:bob and not razor");
    }

    @Test
    void muShouldGetDatesInItsZoneAndSizes() {
        PeerSearch mu = PeerSearch.mu(Path.of("home"), Path.of("."), ZoneOffset.UTC);

        Map<String, String> t = mu.translateAll(List.of("on:2002-09-01", "larger:1M"), parser);

        assertThat(t).containsEntry("on:2002-09-01", "date:20020901000000..20020901235959")
                .containsEntry("larger:1M", "size:1048576..");
    }

    @Test
    void searchCommandsShouldBeWhatAUserTypes() {
        assertThat(PeerSearch.notmuch(Path.of("config"), Path.of("db"), Path.of(".")).searchCommand("spam", 20))
                .containsExactly("notmuch", "search", "--limit=20", "spam");
        assertThat(PeerSearch.mu(Path.of("/h"), Path.of("."), ZoneOffset.UTC).searchCommand("spam", 20))
                .containsExactly("mu", "find", "--muhome=/h", "--maxnum=20", "spam");
    }
}
