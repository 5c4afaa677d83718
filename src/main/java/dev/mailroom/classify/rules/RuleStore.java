package dev.mailroom.classify.rules;
import dev.mailroom.db.Sql;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
public final class RuleStore { public RuleStore(Sql sql, Clock clock) {} public List<Rule> list() { return List.of(); } public Rule add(Rule r) { return r; } public Optional<Rule> find(String s) { return Optional.empty(); } }
