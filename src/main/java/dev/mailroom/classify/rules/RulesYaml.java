package dev.mailroom.classify.rules;

import dev.mailroom.classify.internal.rules.RuleCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The rules file: YAML that {@code mailroom rules export} writes and {@code rules import} reads,
 * described in docs/rules.md. The order of the rules in the file is their order of application.
 */
public final class RulesYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private static final String HEADER = "# Mailroom rules, applied in this order (see docs/rules.md).\n";

    private RulesYaml() {}

    /** The rules file of {@code rules}, in list order; ids and positions are left out. */
    public static String write(List<Rule> rules) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("rules", rules.stream().map(RuleCodec::rule).toList());
        return HEADER + YAML.writeValueAsString(root);
    }

    /**
     * The rules of a rules file, in file order, not saved (id and position 0). Categories are not
     * checked here: {@link RuleStore} knows which exist.
     *
     * @param source how to name the file in error messages, such as its path
     * @throws RuleFormatException naming the file, the line, the rule and what is wrong
     */
    public static List<Rule> read(String yaml, String source) throws RuleFormatException {
        List<Rule> rules = RuleCodec.readYaml(yaml, source);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Rule r : rules) {
            if (!names.add(r.name())) {
                throw new RuleFormatException(source + ": two rules are named \"" + r.name() + "\"");
            }
        }
        return rules;
    }
}
