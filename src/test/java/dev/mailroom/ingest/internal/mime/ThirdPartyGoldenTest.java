package dev.mailroom.ingest.internal.mime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mailroom.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixtures of ruby-mail, nodemailer's mailparser and CPython's email package, read from the shared
 * corpus ({@code mailroom.corpus.dir}/mime-dev); only our expected values live in the repository,
 * under {@code src/test/resources/golden/<lib>/}, taken from what those projects' own tests state.
 */
class ThirdPartyGoldenTest {

    private final MimeParser parser = new MimeParser();

    static Stream<String> goldens() throws IOException, URISyntaxException {
        Path dir = Path.of(ThirdPartyGoldenTest.class.getResource("/golden").toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    @SuppressWarnings("unchecked")
    void parseShouldAgreeWithWhatTheFixturesOwnTestsState(String golden) throws IOException {
        Map<String, Object> expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + golden)) {
            expected = Json.mapper().readValue(in, Map.class);
        }
        String lib = golden.substring(0, golden.indexOf('/'));
        Path fixture = corpus().resolve("mime-dev").resolve(lib).resolve((String) expected.get("_fixture"));
        assumeTrue(Files.isRegularFile(fixture), "third-party fixture not found, skipping: " + fixture
                + " (set -Dmailroom.corpus.dir to the shared data folder)");
        GoldenAssertions.assertMatches(golden, parser.parse(Files.readAllBytes(fixture), null), expected);
    }

    static Path corpus() {
        return Path.of(System.getProperty("mailroom.corpus.dir", "../shared/data"));
    }
}
