package dev.mailroom.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileEverySettingHasItsDefault() {
        Settings s = Settings.load(dir, Map.of());
        assertThat(s.number("classification.confidence-threshold")).isEqualTo(0.85);
        assertThat(s.flag("classification.learning-enabled")).isTrue();
        assertThat(s.values()).allSatisfy(v -> assertThat(v.origin()).isEqualTo("default"));
        assertThat(s.file()).isEqualTo(dir.resolve("mailroom.yml"));
    }

    @Test
    void theFileSetsValuesAndTheEnvironmentOverridesThem() throws Exception {
        Files.writeString(dir.resolve("mailroom.yml"), """
                mailroom:
                  classification: { confidence-threshold: 0.9, learning-enabled: false }
                """);
        Settings fromFile = Settings.load(dir, Map.of());
        assertThat(fromFile.number("classification.confidence-threshold")).isEqualTo(0.9);
        assertThat(fromFile.flag("classification.learning-enabled")).isFalse();
        assertThat(fromFile.values().getFirst().origin()).isEqualTo(dir.resolve("mailroom.yml").toString());

        Settings overridden = Settings.load(dir, Map.of("MAILROOM_CLASSIFICATION_LEARNING_ENABLED", "yes"));
        assertThat(overridden.flag("classification.learning-enabled")).isTrue();
        assertThat(overridden.values().get(1).origin()).isEqualTo("MAILROOM_CLASSIFICATION_LEARNING_ENABLED");
    }

    @Test
    void mailroomConfigNamesAnotherFile() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("other.yml"), "mailroom:\n  classification:\n    confidence-threshold: 0.5\n");
        assertThat(Settings.load(dir, Map.of("MAILROOM_CONFIG", elsewhere.toString())).number("classification.confidence-threshold"))
                .isEqualTo(0.5);
        assertThatThrownBy(() -> Settings.load(dir, Map.of("MAILROOM_CONFIG", dir.resolve("missing.yml").toString())))
                .hasMessageContaining("MAILROOM_CONFIG names").hasMessageContaining("not a file");
    }

    @Test
    void wrongKeysAndValuesFailWithAMessageThatNamesThem() throws Exception {
        Path file = dir.resolve("mailroom.yml");
        Files.writeString(file, "mailroom:\n  classification:\n    learning-enable: false\n");
        assertThatThrownBy(() -> Settings.load(dir, Map.of()))
                .hasMessageContaining("unknown setting classification.learning-enable")
                .hasMessageContaining("did you mean classification.learning-enabled?")
                .hasMessageContaining(file.toString());

        Files.writeString(file, "mailroom:\n  classification:\n    confidence-threshold: 1.5\n");
        assertThatThrownBy(() -> Settings.load(dir, Map.of()))
                .hasMessageContaining("classification.confidence-threshold must be a number from 0 to 1, not \"1.5\"");

        Files.writeString(file, "mailroom:\n  clasification:\n    confidence-threshold: 0.5\n");
        assertThatThrownBy(() -> Settings.load(dir, Map.of())).hasMessageContaining("unknown setting section clasification");

        Files.writeString(file, "classification:\n  confidence-threshold: 0.5\n");
        assertThatThrownBy(() -> Settings.load(dir, Map.of())).hasMessageContaining("must hold one section, mailroom:");

        Files.writeString(file, "mailroom: [unclosed\n");
        assertThatThrownBy(() -> Settings.load(dir, Map.of())).hasMessageContaining("is not valid YAML");

        Files.delete(file);
        assertThatThrownBy(() -> Settings.load(dir, Map.of("MAILROOM_CLASSIFICATION_LEARNING_ENABLED", "maybe")))
                .hasMessageContaining("classification.learning-enabled must be true or false, not \"maybe\"")
                .hasMessageContaining("MAILROOM_CLASSIFICATION_LEARNING_ENABLED");
    }

    @Test
    void writeSetsOneKeyAndKeepsTheOthers() {
        Path file = dir.resolve("mailroom.yml");
        Settings.write(file, "classification.learning-enabled", "off");
        Settings.write(file, "mailroom.classification.confidence-threshold", "0.7");
        Settings s = Settings.load(dir, Map.of());
        assertThat(s.flag("classification.learning-enabled")).isFalse();
        assertThat(s.number("classification.confidence-threshold")).isEqualTo(0.7);
        assertThatThrownBy(() -> Settings.write(file, "nope", "1")).hasMessageContaining("unknown setting nope");
    }

    @Test
    void paymentSettingsReadSpansAndWholeNumbersFromTheFileAndTheEnvironment() throws Exception {
        Settings defaults = Settings.load(dir, Map.of());
        assertThat(defaults.period("payments.scan-window")).contains(java.time.Period.ofMonths(12));
        assertThat(defaults.integer("payments.reminder-days")).isEqualTo(3);

        java.nio.file.Files.writeString(dir.resolve("mailroom.yml"),
                "mailroom:\n  payments:\n    scan-window: 2 Years\n    reminder-days: 7\n");
        Settings fromFile = Settings.load(dir, Map.of());
        assertThat(fromFile.period("payments.scan-window")).contains(java.time.Period.ofYears(2));
        assertThat(fromFile.integer("payments.reminder-days")).isEqualTo(7);
        assertThat(Settings.load(dir, Map.of("MAILROOM_PAYMENTS_SCAN_WINDOW", "all")).period("payments.scan-window")).isEmpty();
        assertThat(Settings.load(dir, Map.of("MAILROOM_PAYMENTS_SCAN_WINDOW", "6 weeks")).period("payments.scan-window"))
                .contains(java.time.Period.ofWeeks(6));

        assertThatThrownBy(() -> Settings.load(dir, Map.of("MAILROOM_PAYMENTS_SCAN_WINDOW", "forever")))
                .hasMessage("payments.scan-window: expected N days, weeks, months or years (N from 1), or all, not \"forever\""
                        + " (set in MAILROOM_PAYMENTS_SCAN_WINDOW)");
        assertThatThrownBy(() -> Settings.load(dir, Map.of("MAILROOM_PAYMENTS_REMINDER_DAYS", "-1")))
                .hasMessageContaining("payments.reminder-days must be a whole number from 0 to 365, not \"-1\"");

        Path file = dir.resolve("mailroom.yml");
        Settings.write(file, "payments.scan-window", "90 days");
        Settings.write(file, "payments.reminder-days", "0");
        Settings written = Settings.load(dir, Map.of());
        assertThat(written.period("payments.scan-window")).contains(java.time.Period.ofDays(90));
        assertThat(written.integer("payments.reminder-days")).isZero();
    }

    @Test
    void thePaymentGateShouldBeShippedUnlessSetToNoneOrAFile() throws Exception {
        assertThat(Settings.load(dir, Map.of()).text("payments.gate")).isEqualTo("shipped");
        assertThat(Settings.load(dir, Map.of("MAILROOM_PAYMENTS_GATE", " none ")).text("payments.gate")).isEqualTo("none");
        assertThatThrownBy(() -> Settings.check(Settings.key("payments.gate"), " ", "test"))
                .hasMessageContaining("payments.gate must not be empty");
        Settings.write(dir.resolve("mailroom.yml"), "payments.gate", "models/gate.bin");
        assertThat(Settings.load(dir, Map.of()).text("payments.gate")).isEqualTo("models/gate.bin");
    }
}
