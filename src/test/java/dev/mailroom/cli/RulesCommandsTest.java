package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.shared.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** rules list, add, remove, test, export and import as a user runs them, on the demo mailbox. */
class RulesCommandsTest {

    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void demo() {
        data = tmp.resolve("demo");
        assertThat(Cli.run("demo", "--json", "--data-dir", data.toString()).exit()).isZero();
    }

    @BeforeEach
    void noRules() throws Exception {
        Path empty = tmp.resolve("empty.yml");
        Files.writeString(empty, "rules: []\n");
        assertThat(rules("import", empty.toString(), "--replace").exit()).isZero();
    }

    private static Cli rules(String... args) {
        List<String> all = new ArrayList<>(List.of("rules", args[0], "--data-dir", data.toString()));
        all.addAll(List.of(args).subList(1, args.length));
        return Cli.run(all.toArray(String[]::new));
    }

    private static JsonNode json(Cli r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out().strip());
    }

    @Test
    void addShouldSaveARuleThatListShows() {
        Cli added = rules("add", "Fibrio bills", "--if", "from:fibrio.example subject:invoice", "--category", "finance", "--label", "bills",
                "--label", "internet", "--mark-read", "--stop", "--json");
        JsonNode rule = json(added);
        assertThat(rule.propertyNames()).containsExactly("id", "position", "name", "condition", "actions", "stop", "enabled");
        assertThat(rule.get("condition").asString()).isEqualTo("from:fibrio.example subject:invoice");
        assertThat(rule.get("actions").toString())
                .isEqualTo("{\"category\":\"finance\",\"labels\":[\"bills\",\"internet\"],\"mark_read\":true,\"mark_important\":false}");
        assertThat(rules("add", "Later", "--if", "has:attachment", "--mark-important", "--disabled").exit()).isZero();
        assertThat(rules("add", "First", "--if", "header:List-Id", "--label", "lists", "--position", "1").exit()).isZero();

        JsonNode listed = json(rules("list", "--json")).get("rules");
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("First");
        assertThat(listed.get(1).get("name").asString()).isEqualTo("Fibrio bills");
        assertThat(listed.get(1).get("position").asInt()).isEqualTo(2);
        assertThat(listed.get(2).get("enabled").asBoolean()).isFalse();

        Cli text = rules("list");
        assertThat(text.out()).contains("2. Fibrio bills (id ").contains("   if   from:fibrio.example subject:invoice")
                .contains("   then category finance; labels bills, internet; mark read; stop").contains("3. Later (id ")
                .contains("[disabled]");
    }

    @Test
    void removeShouldTakeANameOrAnId() {
        long id = json(rules("add", "One", "--if", "from:a.example", "--label", "x", "--json")).get("id").asLong();
        rules("add", "Two", "--if", "from:b.example", "--label", "y");
        assertThat(rules("remove", Long.toString(id)).out()).contains("Removed rule \"One\"");
        assertThat(rules("remove", "Two").exit()).isZero();
        Cli missing = rules("remove", "Two");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no rule with id or name \"Two\"");
        assertThat(rules("list").out()).contains("No rules yet");
    }

    @Test
    void aBadExpressionShouldExitWithTwoAndPointAtTheMistake() {
        Cli r = rules("add", "Typo", "--if", "form:alice", "--label", "x");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("mailroom: --if: Unknown field \"form:\" at position 1").contains("form:alice\n  ^")
                .doesNotContain("Exception");
        Cli regex = rules("add", "Regex", "--if", "subject:/(open/", "--label", "x");
        assertThat(regex.exit()).isEqualTo(2);
        assertThat(regex.err()).contains("Invalid regular expression \"(open\"");
    }

    @Test
    void anUnknownCategoryOrNoActionShouldExitWithTwo() {
        Cli unknown = rules("add", "Bad", "--if", "from:a.example", "--category", "bils");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("mailroom: rule \"Bad\": unknown category \"bils\" (known categories: primary, social, "
                + "promotions, updates, forums, finance, travel, spam)\n");
        Cli idle = rules("add", "Idle", "--if", "from:a.example");
        assertThat(idle.exit()).isEqualTo(2);
        assertThat(idle.err()).contains("needs at least one action");
        Cli twice = rules("add", "Dup", "--if", "from:a.example", "--label", "x");
        assertThat(twice.exit()).isZero();
        Cli clash = rules("add", "Dup", "--if", "from:b.example", "--label", "x");
        assertThat(clash.exit()).isEqualTo(2);
        assertThat(clash.err()).contains("a rule named \"Dup\" already exists");
    }

    @Test
    void testShouldListTheMatchingMessagesAndCountThem() {
        JsonNode r = json(rules("test", "--if", "from:fibrio.example", "--json", "--limit", "2"));
        long scanned = r.get("scanned").asLong();
        assertThat(scanned).isGreaterThan(100);
        JsonNode one = r.get("rules").get(0);
        assertThat(one.get("name").isNull()).isTrue();
        assertThat(one.get("condition").asString()).isEqualTo("from:fibrio.example");
        assertThat(one.get("matched").asLong()).isGreaterThan(2).isLessThan(scanned);
        assertThat(one.get("messages")).hasSize(2);
        assertThat(one.get("messages").get(0).propertyNames()).containsExactly("id", "date", "from", "subject");
        assertThat(one.get("messages").get(0).get("from").asString()).contains("fibrio.example");

        Cli text = rules("test", "--if", "from:fibrio.example", "--limit", "1");
        assertThat(text.out()).startsWith("Condition: from:fibrio.example").containsPattern("\\d+ of " + scanned + " messages match \\(1 shown");
        assertThat(rules("list").out()).contains("No rules yet");
    }

    @Test
    void testShouldRunASavedRuleOrEachRuleOfAFile() throws Exception {
        rules("add", "Lists", "--if", "header:List-Id", "--label", "lists", "--disabled");
        JsonNode saved = json(rules("test", "Lists", "--json", "--limit", "0"));
        assertThat(saved.get("rules").get(0).get("name").asString()).isEqualTo("Lists");
        assertThat(saved.get("rules").get(0).get("matched").asLong()).isPositive();
        assertThat(saved.get("rules").get(0).get("messages")).isEmpty();

        Path file = tmp.resolve("try.yml");
        Files.writeString(file, """
                rules:
                  - name: Nothing
                    if: {subject: {equals: "no demo subject is this"}}
                    then: {label: none}
                  - name: Everything
                    if: {not: {subject: {equals: "no demo subject is this"}}}
                    then: {label: all}
                """, StandardCharsets.UTF_8);
        JsonNode fromFile = json(rules("test", "--file", file.toString(), "--json"));
        assertThat(fromFile.get("rules").get(0).get("matched").asLong()).isZero();
        assertThat(fromFile.get("rules").get(1).get("matched").asLong()).isEqualTo(fromFile.get("scanned").asLong());
        assertThat(rules("list", "--json").out()).contains("\"Lists\"").doesNotContain("Everything");
    }

    @Test
    void testShouldNeedExactlyOneRuleToTest() {
        assertThat(rules("test").exit()).isEqualTo(2);
        Cli both = rules("test", "x", "--if", "from:a.example");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("give one of: a rule's NAME or ID, --if EXPR, or --file FILE.yml");
        assertThat(rules("test", "--if", "from:").exit()).isEqualTo(2);
    }

    @Test
    void exportThenImportShouldGiveTheSameRules() throws Exception {
        rules("add", "Bills", "--if", "from:fibrio.example (subject:invoice OR has:attachment)", "--category", "finance", "--stop");
        rules("add", "Old news", "--if", "list:forgehub older_than:1y", "--mark-read", "--label", "archive");
        String yaml = rules("export").out();
        assertThat(yaml).contains("- name: Bills").contains("category: finance");
        Path out = tmp.resolve("export.yml");
        assertThat(rules("export", "--out", out.toString()).out()).contains("Exported 2 rules to ");
        assertThat(Files.readString(out)).isEqualTo(yaml);
        String before = json(rules("list", "--json")).get("rules").toString();

        Cli clash = rules("import", out.toString());
        assertThat(clash.exit()).isEqualTo(2);
        assertThat(clash.err()).contains("a rule named \"Bills\" already exists").contains("--replace");

        assertThat(rules("import", out.toString(), "--replace").out()).contains("Imported 2 rules");
        String after = json(rules("list", "--json")).get("rules").toString();
        assertThat(after.replaceAll("\"id\":\\d+", "")).isEqualTo(before.replaceAll("\"id\":\\d+", ""));
    }

    @Test
    void importShouldAppendAndReportMistakesWithTheirLine() throws Exception {
        rules("add", "Existing", "--if", "from:a.example", "--label", "x");
        Path good = tmp.resolve("good.yml");
        Files.writeString(good, "rules:\n  - name: New\n    if: \"from:b.example\"\n    then: {category: travel}\n");
        assertThat(rules("import", good.toString()).out()).contains("Imported 1 rule from").contains("(2 in all)");

        Path bad = tmp.resolve("bad.yml");
        Files.writeString(bad, "rules:\n  - name: Broken\n    if: {sender: x}\n    then: {category: travel}\n");
        Cli r = rules("import", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("mailroom: " + bad + " line 3, rule \"Broken\": unknown condition \"sender\"");

        Path unknown = tmp.resolve("unknown.yml");
        Files.writeString(unknown, "rules:\n  - name: Cat\n    if: \"from:b.example\"\n    then: {category: holidays}\n");
        Cli u = rules("import", unknown.toString());
        assertThat(u.exit()).isEqualTo(2);
        assertThat(u.err()).contains("rule \"Cat\": unknown category \"holidays\" (known categories: primary,");
        assertThat(json(rules("list", "--json")).get("rules")).hasSize(2);
    }
}
