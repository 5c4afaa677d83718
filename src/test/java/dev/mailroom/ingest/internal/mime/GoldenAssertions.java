package dev.mailroom.ingest.internal.mime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.ingest.ParsedMessageJson;
import dev.mailroom.shared.Json;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;

/**
 * Compares a parsed message with an expected-values JSON file. Every key of the expected object
 * that is a key of the JSON view must be equal; for lists of objects, each expected element's keys
 * are compared with the actual element at the same position. Extra keys check what equality cannot:
 * {@code text_contains}, {@code html_contains}, {@code defects_contain} (substrings), {@code
 * attachment_count}, {@code to_count}. Keys starting with {@code _} are notes for the reader.
 */
final class GoldenAssertions {

    private GoldenAssertions() {}

    @SuppressWarnings("unchecked")
    static void assertMatches(String name, ParsedMessage message, Map<String, Object> expected) {
        Map<String, Object> actual = Json.mapper().readValue(Json.write(ParsedMessageJson.toJson(name, message)), Map.class);
        SoftAssertions soft = new SoftAssertions();
        expected.forEach((key, want) -> {
            switch (key) {
                case "text_contains" -> ((List<String>) want).forEach(s -> soft.assertThat((String) actual.get("text")).as(name + " text").contains(s));
                case "html_contains" -> ((List<String>) want).forEach(s -> soft.assertThat((String) actual.get("html")).as(name + " html").contains(s));
                case "defects_contain" -> ((List<String>) want).forEach(s -> soft.assertThat(String.join("\n", (List<String>) actual.get("defects"))).as(name + " defects").contains(s));
                case "attachment_count" -> soft.assertThat((List<?>) actual.get("attachments")).as(name + " attachments").hasSize(((Number) want).intValue());
                case "to_count" -> soft.assertThat((List<?>) actual.get("to")).as(name + " to").hasSize(((Number) want).intValue());
                default -> {
                    if (!key.startsWith("_")) {
                        assertThat(actual).as(name + " has key " + key).containsKey(key);
                        compare(soft, name + " " + key, want, actual.get(key));
                    }
                }
            }
        });
        soft.assertAll();
    }

    @SuppressWarnings("unchecked")
    private static void compare(SoftAssertions soft, String what, Object want, Object got) {
        if (want instanceof List<?> wl && got instanceof List<?> gl && wl.stream().anyMatch(Map.class::isInstance)) {
            soft.assertThat(gl).as(what + " size").hasSize(wl.size());
            for (int i = 0; i < Math.min(wl.size(), gl.size()); i++) {
                compare(soft, what + "[" + i + "]", wl.get(i), gl.get(i));
            }
        } else if (want instanceof Map<?, ?> wm && got instanceof Map<?, ?> gm) {
            ((Map<String, Object>) wm).forEach((k, v) -> compare(soft, what + "." + k, v, gm.get(k)));
        } else if (want instanceof Number wn && got instanceof Number gn) {
            soft.assertThat(gn.longValue()).as(what).isEqualTo(wn.longValue());
        } else {
            soft.assertThat(got).as(what).isEqualTo(want);
        }
    }
}
