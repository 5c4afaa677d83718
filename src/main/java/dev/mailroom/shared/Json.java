package dev.mailroom.shared;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the project: snake_case keys, ISO-8601 dates, nulls written out so that
 * every documented key is present.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

    /** The shared mapper; thread-safe. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON for {@code value}. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Pretty-printed JSON for {@code value}. */
    public static String writePretty(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
