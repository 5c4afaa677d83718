package dev.mailroom.classify.rules;

import dev.mailroom.classify.internal.rules.RuleCodec;
import dev.mailroom.db.Sql;
import dev.mailroom.shared.Json;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The user's rules in the {@code rules} table, in position order (1 first, no gaps). Writes check
 * each rule (an action, a known category, a free name) before changing anything and change all or
 * nothing: on a connection in auto-commit mode each call is one transaction; otherwise the caller's
 * transaction holds it. The caller owns the {@link Sql} and its connection.
 */
public final class RuleStore {

    /** The categories that always exist; the user's own are rows in the {@code categories} table. */
    public static final List<String> BUILTIN_CATEGORIES =
            List.of("primary", "social", "promotions", "updates", "forums", "finance", "travel", "spam");

    private static final String COLUMNS = "SELECT id, position, name, definition, stop, enabled FROM rules";

    private final Sql sql;
    private final Clock clock;

    public RuleStore(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Every rule, in position order. */
    public List<Rule> list() {
        return sql.query(COLUMNS + " ORDER BY position, id", RuleStore::row);
    }

    /** The rule with this id (all digits) or, failing that, this name. */
    public Optional<Rule> find(String idOrName) {
        String key = idOrName.strip();
        if (key.matches("\\d{1,18}")) {
            Optional<Rule> byId = sql.first(COLUMNS + " WHERE id = ?", RuleStore::row, Long.parseLong(key));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return sql.first(COLUMNS + " WHERE name = ?", RuleStore::row, key);
    }

    /**
     * Saves a new rule: at the end, or at {@code r.position()} when that is 1 or more (later rules
     * move down one). Returns it with its id and position.
     *
     * @throws RuleFormatException when it has no action, an unknown category or a name in use
     */
    public Rule add(Rule r) {
        return addAll(List.of(r)).get(0);
    }

    /** Saves new rules at the end, in list order (or at their positions when set); all or none. */
    public List<Rule> addAll(List<Rule> rules) {
        check(rules);
        Set<String> taken = new HashSet<>(sql.query("SELECT name FROM rules", rs -> rs.getString(1)));
        for (Rule r : rules) {
            if (taken.contains(r.name())) {
                throw new RuleFormatException("a rule named \"" + r.name() + "\" already exists");
            }
        }
        return transaction(() -> {
            List<Rule> saved = new ArrayList<>();
            for (Rule r : rules) {
                int count = (int) sql.count("SELECT count(*) FROM rules");
                int position = r.position() > 0 && r.position() <= count ? r.position() : count + 1;
                sql.update("UPDATE rules SET position = position + 1 WHERE position >= ?", position);
                saved.add(insert(r, position));
            }
            return saved;
        });
    }

    /** Removes the rule with this id or name; later rules move up one. Whether there was one. */
    public boolean remove(String idOrName) {
        Optional<Rule> found = find(idOrName);
        if (found.isEmpty()) {
            return false;
        }
        Rule r = found.get();
        return transaction(() -> {
            sql.update("DELETE FROM rules WHERE id = ?", r.id());
            sql.update("UPDATE rules SET position = position - 1 WHERE position > ?", r.position());
            return true;
        });
    }

    /** Replaces every rule with {@code rules}, in list order (their positions are ignored); all or nothing. */
    public List<Rule> replaceAll(List<Rule> rules) {
        check(rules);
        return transaction(() -> {
            sql.update("DELETE FROM rules");
            List<Rule> saved = new ArrayList<>();
            for (Rule r : rules) {
                saved.add(insert(r, saved.size() + 1));
            }
            return saved;
        });
    }

    /** The categories a rule may set: the built-in ones, then the user's own in name order. */
    public List<String> categories() {
        List<String> all = new ArrayList<>(BUILTIN_CATEGORIES);
        for (String c : sql.query("SELECT name FROM categories ORDER BY name", rs -> rs.getString(1))) {
            if (!all.contains(c)) {
                all.add(c);
            }
        }
        return all;
    }

    private void check(List<Rule> rules) {
        List<String> known = null;
        Set<String> names = new HashSet<>();
        for (Rule r : rules) {
            if (r.then().isEmpty()) {
                throw new RuleFormatException("rule \"" + r.name() + "\" has no action: give a category, labels, mark-read or mark-important");
            }
            if (!names.add(r.name())) {
                throw new RuleFormatException("two rules are named \"" + r.name() + "\"");
            }
            String category = r.then().category();
            if (category != null) {
                known = known == null ? categories() : known;
                if (!known.contains(category)) {
                    throw new RuleFormatException("rule \"" + r.name() + "\": unknown category \"" + category + "\" (known categories: "
                            + String.join(", ", known) + ")");
                }
            }
        }
    }

    private Rule insert(Rule r, int position) {
        long id = sql.insert("INSERT INTO rules (position, name, definition, stop, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                position, r.name(), Json.write(RuleCodec.definition(r)), r.stop(), r.enabled(), clock.instant().toString());
        return r.saved(id, position);
    }

    private static Rule row(java.sql.ResultSet rs) throws SQLException {
        return RuleCodec.fromDefinition(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6));
    }

    private <T> T transaction(Supplier<T> work) {
        return sql.transaction(work);
    }
}
