package dev.mailroom.ingest.internal.mime;

import dev.mailroom.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own hand-written messages in {@code src/test/resources/eml}, each with its expected {@code .json}. */
class MimeParserGoldenTest {

    static final Instant FILE_TIME = Instant.parse("2020-01-02T03:04:05Z");

    private final MimeParser parser = new MimeParser();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(MimeParserGoldenTest.class.getResource("/eml").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".eml"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @SuppressWarnings("unchecked")
    void parseShouldProduceTheExpectedValuesForEachOwnFixture(String name) throws IOException {
        byte[] raw;
        Map<String, Object> expected;
        try (InputStream eml = getClass().getResourceAsStream("/eml/" + name + ".eml");
                InputStream json = getClass().getResourceAsStream("/eml/" + name + ".json")) {
            raw = eml.readAllBytes();
            expected = Json.mapper().readValue(json, Map.class);
        }
        GoldenAssertions.assertMatches(name, parser.parse(raw, FILE_TIME), expected);
    }
}
