package dev.mailroom.classify.rules;
import java.time.Instant;
import java.util.List;
public final class RuleEngine { public static RuleOutcome apply(List<Rule> rules, RuleMessage m, Instant now) { return null; } }
