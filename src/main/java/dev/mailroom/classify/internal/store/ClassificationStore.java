package dev.mailroom.classify.internal.store;

import dev.mailroom.classify.Classification;
import dev.mailroom.classify.Tier;
import dev.mailroom.db.Sql;
import dev.mailroom.shared.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import tools.jackson.core.type.TypeReference;

/**
 * The classification tables of migration V2 on one connection: each message's category, the
 * categories the user set by hand, labels, the user's own categories and the saved model.
 * Calls are serialised.
 */
public final class ClassificationStore implements AutoCloseable {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    /** The owner of the model while Mailroom has one user per data dir. */
    public static final String OWNER = "default";

    private final Sql sql;
    private final Clock clock;

    public ClassificationStore(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The connection's helper, for stores of the same module that share it (rules). */
    public Sql sql() {
        return sql;
    }

    /**
     * A stored classification.
     *
     * @param messageId the message
     * @param classification what was decided
     * @param classifiedAt when
     */
    public record Row(long messageId, Classification classification, Instant classifiedAt) {}

    /**
     * A category the user set by hand.
     *
     * @param messageId the message
     * @param category the category
     * @param previous what the message had before
     * @param learned whether the model learned from it
     * @param decidedAt when
     */
    public record Decision(long messageId, String category, String previous, boolean learned, Instant decidedAt) {}

    /** A user's own category. */
    public record OwnCategory(String name, String description, Instant createdAt) {}

    /** Runs {@code work} in one transaction. */
    public synchronized <T> T transaction(Supplier<T> work) {
        return sql.transaction(work);
    }

    /** Saves (or replaces) the classification of each message. */
    public synchronized void save(Collection<Row> rows) {
        for (Row r : rows) {
            Classification c = r.classification();
            sql.update("""
                    INSERT INTO classifications (message_id, category, confidence, tier, needs_review, explanation, classified_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (message_id) DO UPDATE SET category = excluded.category, confidence = excluded.confidence,
                        tier = excluded.tier, needs_review = excluded.needs_review, explanation = excluded.explanation,
                        classified_at = excluded.classified_at
                    """, r.messageId(), c.category(), c.confidence(), c.tier().name().toLowerCase(Locale.ROOT),
                    c.needsReview(), Json.write(c.explanation()), r.classifiedAt().toString());
        }
    }

    /** The classification of one message. */
    public synchronized Optional<Row> get(long messageId) {
        return sql.first("SELECT * FROM classifications WHERE message_id = ?", ClassificationStore::row, messageId);
    }

    /** Messages marked for review, oldest first, after {@code afterId}. */
    public synchronized List<Row> review(long afterId, int limit) {
        return sql.query("""
                SELECT * FROM classifications WHERE needs_review = ? AND message_id > ?
                ORDER BY message_id LIMIT ?
                """, ClassificationStore::row, true, afterId, limit);
    }

    /** How many messages are marked for review. */
    public synchronized long reviewCount() {
        return sql.count("SELECT count(*) FROM classifications WHERE needs_review = ?", true);
    }

    /** How many messages each category holds, largest first. */
    public synchronized Map<String, Long> countsByCategory() {
        Map<String, Long> counts = new LinkedHashMap<>();
        sql.query("SELECT category, count(*) AS n FROM classifications GROUP BY category ORDER BY n DESC, category",
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** Up to {@code limit} ids of stored messages that have no classification, ascending, above {@code afterId}. */
    public synchronized List<Long> unclassified(long afterId, int limit) {
        return sql.query("""
                SELECT m.id FROM messages m LEFT JOIN classifications c ON c.message_id = m.id
                WHERE c.message_id IS NULL AND m.id > ? ORDER BY m.id LIMIT ?
                """, rs -> rs.getLong(1), afterId, limit);
    }

    /** How many stored messages have no classification. */
    public synchronized long unclassifiedCount() {
        return sql.count("""
                SELECT count(*) FROM messages m LEFT JOIN classifications c ON c.message_id = m.id
                WHERE c.message_id IS NULL
                """);
    }

    /** The user's decision about one message. */
    public synchronized Optional<Decision> decision(long messageId) {
        return sql.first("SELECT * FROM category_decisions WHERE message_id = ?", ClassificationStore::decision, messageId);
    }

    /** The user's decisions about these messages. */
    public synchronized Map<Long, Decision> decisions(Collection<Long> messageIds) {
        Map<Long, Decision> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(messageIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            for (Decision d : sql.query("SELECT * FROM category_decisions WHERE message_id IN (" + marks + ")",
                    ClassificationStore::decision, chunk.toArray())) {
                out.put(d.messageId(), d);
            }
        }
        return out;
    }

    /** Every decision the model learned from, oldest first: what rebuilds the model. */
    public synchronized List<Decision> learnedDecisions() {
        return sql.query("SELECT * FROM category_decisions WHERE learned = ? ORDER BY decided_at, message_id",
                ClassificationStore::decision, true);
    }

    /** How many categories the user set by hand. */
    public synchronized long decisionCount() {
        return sql.count("SELECT count(*) FROM category_decisions");
    }

    /** Saves the user's decision about a message, replacing an earlier one. */
    public synchronized void saveDecision(Decision d) {
        sql.update("""
                INSERT INTO category_decisions (message_id, category, previous, learned, decided_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (message_id) DO UPDATE SET category = excluded.category, previous = excluded.previous,
                    learned = excluded.learned, decided_at = excluded.decided_at
                """, d.messageId(), d.category(), d.previous(), d.learned(), d.decidedAt().toString());
    }

    /** The labels of a message, sorted. */
    public synchronized List<String> labels(long messageId) {
        return sql.query("SELECT label FROM message_labels WHERE message_id = ? ORDER BY label", rs -> rs.getString(1), messageId);
    }

    /** Replaces the labels that rules gave a message; labels the user added stay. */
    public synchronized void replaceRuleLabels(long messageId, Set<String> labels) {
        sql.update("DELETE FROM message_labels WHERE message_id = ? AND source = ?", messageId, "rule");
        for (String label : new TreeSet<>(labels)) {
            sql.update("""
                    INSERT INTO message_labels (message_id, label, source) VALUES (?, ?, ?)
                    ON CONFLICT (message_id, label) DO NOTHING
                    """, messageId, label, "rule");
        }
    }

    /** The saved model, if any. */
    public synchronized Optional<byte[]> model() {
        return sql.first("SELECT model FROM classifier_models WHERE owner = ?",
                rs -> Base64.getDecoder().decode(rs.getString(1)), OWNER);
    }

    /** Saves the model. */
    public synchronized void saveModel(int examples, byte[] model) {
        sql.update("""
                INSERT INTO classifier_models (owner, examples, model, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (owner) DO UPDATE SET examples = excluded.examples, model = excluded.model,
                    updated_at = excluded.updated_at
                """, OWNER, examples, Base64.getEncoder().encodeToString(model), clock.instant().toString());
    }

    /** The user's own categories, by name. */
    public synchronized List<OwnCategory> ownCategories() {
        return sql.query("SELECT name, description, created_at FROM categories ORDER BY name",
                rs -> new OwnCategory(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
    }

    /** Adds one of the user's own categories; false when it exists. */
    public synchronized boolean addCategory(String name, String description) {
        return sql.update("INSERT INTO categories (name, description, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
                name, description, clock.instant().toString()) > 0;
    }

    /** Removes one of the user's own categories; false when there is none by that name. */
    public synchronized boolean removeCategory(String name) {
        return sql.update("DELETE FROM categories WHERE name = ?", name) > 0;
    }

    /** How many messages a category holds, as classified or decided. */
    public synchronized long uses(String category) {
        return sql.count("""
                SELECT count(*) FROM messages m WHERE EXISTS (SELECT 1 FROM classifications c WHERE c.message_id = m.id AND c.category = ?)
                    OR EXISTS (SELECT 1 FROM category_decisions d WHERE d.message_id = m.id AND d.category = ?)
                """, category, category);
    }

    private static Row row(ResultSet rs) throws SQLException {
        Classification c = new Classification(rs.getString("category"), rs.getDouble("confidence"),
                Tier.valueOf(rs.getString("tier").toUpperCase(Locale.ROOT)), rs.getBoolean("needs_review"),
                Json.mapper().readValue(rs.getString("explanation"), STRINGS));
        return new Row(rs.getLong("message_id"), c, Instant.parse(rs.getString("classified_at")));
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong("message_id"), rs.getString("category"), rs.getString("previous"),
                rs.getBoolean("learned"), Instant.parse(rs.getString("decided_at")));
    }

    @Override
    public void close() {
        sql.close();
    }
}
