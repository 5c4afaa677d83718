package dev.mailroom.classify.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.demo.DemoMailbox;
import dev.mailroom.demo.DemoMessage;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.ParsedMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The built-in tier on the demo mailbox, against the category a person would give each message. */
class BuiltinClassifierDemoTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");

    @Test
    void demoMailboxShouldBeSortedRightWithoutTraining() {
        DemoMailbox mailbox = DemoMailbox.create(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Zurich"));
        List<byte[]> raw = mailbox.messages();
        List<DemoMessage> catalogue = mailbox.catalogue();
        BuiltinClassifier classifier = new BuiltinClassifier();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        int right = 0;
        int confident = 0;
        int confidentRight = 0;
        for (int i = 0; i < raw.size(); i++) {
            ParsedMessage parsed = IngestService.parseMessage(raw.get(i), NOW);
            BuiltinClassifier.Verdict verdict = classifier.classify(parsed, MailHeaders.parse(raw.get(i)));
            String expected = catalogue.get(i).category().name().toLowerCase(Locale.ROOT);
            confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(verdict.category(), 1, Integer::sum);
            boolean ok = expected.equals(verdict.category());
            right += ok ? 1 : 0;
            if (verdict.confidence() >= 0.85) {
                confident++;
                confidentRight += ok ? 1 : 0;
            }
            if (!ok) {
                System.out.printf("MISS %s -> %s (%.2f) %s | %s%n", expected, verdict.category(), verdict.confidence(),
                        parsed.subject(), verdict.reasons());
            }
        }
        double accuracy = (double) right / raw.size();
        System.out.printf(Locale.ROOT, "Demo mailbox: %d messages, accuracy %.3f; %d with confidence >= 0.85, %.3f of them right%n",
                raw.size(), accuracy, confident, confident == 0 ? 0 : (double) confidentRight / confident);
        confusion.forEach((expected, got) -> {
            int total = got.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf(Locale.ROOT, "  %-10s %3d  recall %.3f  %s%n", expected, total,
                    got.getOrDefault(expected, 0) / (double) total, got);
        });
        assertThat(accuracy).isGreaterThanOrEqualTo(0.85);
    }
}
