package dev.mailroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help reads as paragraphs wrapped to the width, not as source lines wrapped one by one. */
class HelpTextTest {

    private static void collect(CommandLine cli, List<CommandLine> out) {
        out.add(cli);
        cli.getSubcommands().values().forEach(c -> collect(c, out));
    }

    @Test
    void descriptionsAreParagraphsSoNoSentenceIsCutWhereTheSourceLineEnded() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        assertThat(all).hasSizeGreaterThan(20);
        for (CommandLine c : all) {
            String[] lines = c.getCommandSpec().usageMessage().description();
            for (int i = 1; i < lines.length; i++) {
                assertThat(lines[i].isBlank() || lines[i].startsWith(" ") || lines[i].startsWith("- ")).as(
                        "%s: description line %d starts a paragraph: %s", c.getCommandName(), i, lines[i]).isTrue();
            }
            String usage = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(usage.lines()).as(c.getCommandName()).allMatch(l -> l.length() <= 80);
        }
    }

    @Test
    void theEvalPaymentsHelpWrapsItsDescriptionAsOneParagraph() {
        String usage = Main.commandLine().getSubcommands().get("eval").getSubcommands().get("payments")
                .getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(usage).contains("Measure payment extraction (the product's PaymentExtractor) on labelled\nmessages. FILE has one message");
    }
}
