package dev.mailroom.classify;

import dev.mailroom.classify.internal.store.ClassificationStore;
import dev.mailroom.classify.rules.Condition;
import dev.mailroom.classify.rules.Rule;
import dev.mailroom.classify.rules.RuleActions;
import dev.mailroom.classify.rules.RuleEngine;
import dev.mailroom.classify.rules.RuleMessage;
import dev.mailroom.classify.rules.RuleOutcome;
import dev.mailroom.classify.rules.RuleStore;
import dev.mailroom.classify.rules.TextField;
import dev.mailroom.classify.rules.TextMatch;
import dev.mailroom.classify.rules.TextPattern;
import dev.mailroom.db.Database;
import dev.mailroom.db.DatabaseException;
import dev.mailroom.db.Sql;
import dev.mailroom.ingest.AnalysisStage;
import dev.mailroom.ingest.IngestService;
import dev.mailroom.ingest.MessageFlag;
import dev.mailroom.ingest.MessagesStored;
import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.MetadataStore;
import dev.mailroom.mailbox.StoredMessage;
import dev.mailroom.shared.Progress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classification module's facade, for the CLI and the API alike: classifies stored messages
 * (as an analysis stage of imports, and for what an import left behind), shows why a message got
 * its category, takes corrections, lists the review queue and re-classifies everything while
 * keeping every user decision.
 *
 * <p>Tiers in order: a category the user set by hand; the user's rules; the learned model (what
 * the user taught about a sender, then the naive-Bayes model once it has enough corrections);
 * built-in knowledge. Under the confidence threshold a message gets the best answer and is marked
 * {@code needs_review}. The model learns from corrections only, never from its own guesses.
 */
public final class ClassificationService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClassificationService.class);

    /** The built-in category of spam, which the payments ledger leaves out. */
    public static final String SPAM = "spam";

    private static final Pattern CATEGORY_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final int BATCH = 500;

    private final ClassificationStore db;
    private final RuleStore rules;
    private final MetadataStore store;
    private final BlobStore blobs;
    private final Clock clock;
    private final ClassificationSettings settings;
    private final MessageClassifier classifier;

    private ClassificationService(ClassificationStore db, MetadataStore store, BlobStore blobs, Clock clock,
            ClassificationSettings settings) {
        this.db = db;
        this.rules = new RuleStore(db.sql(), clock);
        this.store = store;
        this.blobs = blobs;
        this.clock = clock;
        this.settings = settings;
        this.classifier = loadModel();
    }

    /**
     * Opens classification on a migrated database (its own connection) beside the message store.
     */
    public static ClassificationService open(Database database, MetadataStore store, BlobStore blobs, Clock clock,
            ClassificationSettings settings) {
        try {
            return new ClassificationService(new ClassificationStore(new Sql(database.open()), clock), store, blobs,
                    clock, settings);
        } catch (SQLException e) {
            throw new DatabaseException("cannot open " + database + ": " + e.getMessage(), e);
        }
    }

    /** The settings in force. */
    public ClassificationSettings settings() {
        return settings;
    }

    /** The saved model, or one rebuilt from the decisions it learned from when it is missing or unreadable. */
    private MessageClassifier loadModel() {
        Optional<byte[]> saved = db.model();
        if (saved.isPresent()) {
            try {
                return new MessageClassifier(settings, saved.get());
            } catch (IllegalArgumentException e) {
                LOG.warn("the saved classifier model is unreadable ({}); rebuilding it from the corrections", e.getMessage());
            }
        }
        MessageClassifier fresh = new MessageClassifier(settings.confidenceThreshold(), true);
        List<ClassificationStore.Decision> learned = db.learnedDecisions();
        for (ClassificationStore.Decision d : learned) {
            store.message(d.messageId()).flatMap(this::load).ifPresent(l -> fresh.learn(l.parsed(), l.header(), d.category()));
        }
        MessageClassifier model = new MessageClassifier(settings, fresh.modelBytes());
        if (!learned.isEmpty()) {
            db.saveModel(model.examples(), model.modelBytes());
        }
        return model;
    }

    // ---------------------------------------------------------------- analysis

    /** The analysis stage that classifies each stored batch; it runs before indexing, since rules may mark mail read. */
    public AnalysisStage stage() {
        return new AnalysisStage() {
            @Override
            public void messagesStored(MessagesStored batch) {
                process(batch);
            }

            @Override
            public MessagesStored process(MessagesStored batch) {
                return classifyBatch(batch);
            }
        };
    }

    private MessagesStored classifyBatch(MessagesStored batch) {
        List<Rule> active = rules.list();
        Instant now = clock.instant();
        Map<Long, ClassificationStore.Decision> decisions =
                db.decisions(batch.messages().stream().map(MessagesStored.Message::id).toList());
        List<MessagesStored.Message> out = new ArrayList<>(batch.messages().size());
        // classified on every core, as the indexing stage builds its documents; each message alone
        List<Outcome> outcomes = batch.messages().parallelStream()
                .map(m -> decide(new RuleMessage(m.id(), batch.account(), m.parsed(), m.header(), m.size()),
                        decisions.get(m.id()), active, now))
                .toList();
        for (int i = 0; i < outcomes.size(); i++) {
            MessagesStored.Message m = batch.messages().get(i);
            Outcome o = outcomes.get(i);
            Set<MessageFlag> flags = m.flags();
            if (o.markRead() || o.markImportant()) {
                EnumSet<MessageFlag> changed = flags.isEmpty() ? EnumSet.noneOf(MessageFlag.class) : EnumSet.copyOf(flags);
                if (o.markRead()) {
                    changed.add(MessageFlag.SEEN);
                }
                if (o.markImportant()) {
                    changed.add(MessageFlag.FLAGGED);
                }
                flags = changed;
            }
            out.add(flags.equals(m.flags()) ? m : m.withFlags(flags));
        }
        // the message store has its own connection: its writes go before this module's transaction, not inside it
        for (int i = 0; i < out.size(); i++) {
            MessagesStored.Message m = out.get(i);
            if (m != batch.messages().get(i)) {
                store.setFlags(m.id(), names(m.flags()));
            }
        }
        db.transaction(() -> {
            saveOutcomes(outcomes);
            return null;
        });
        return new MessagesStored(batch.account(), out);
    }

    /**
     * Classifies the stored messages that have no category yet (an interrupted import, or mail
     * stored before classification existed). Returns how many were classified.
     */
    public long catchUp(Progress progress) {
        long pending = db.unclassifiedCount();
        if (pending == 0) {
            return 0;
        }
        progress.started("classify", pending);
        long done = 0;
        long after = 0;
        while (true) {
            List<Long> ids = db.unclassified(after, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            classifyStored(ids, false);
            after = ids.getLast();
            done += ids.size();
            progress.advanced(done);
        }
        return done;
    }

    /**
     * Re-classifies every stored message with today's rules, model and built-in knowledge, keeping
     * every category the user set by hand. Labels from rules are recomputed; marking read or
     * important happens only when mail arrives, so a message the user has since marked unread stays
     * so. Returns how many messages changed category.
     */
    public ReanalyzeSummary reanalyze(Progress progress) {
        long total = store.counts().messages();
        progress.started("reanalyze", total);
        long done = 0;
        long changed = 0;
        long after = 0;
        long started = System.nanoTime();
        while (true) {
            List<StoredMessage> batch = store.messagesAfter(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            changed += classifyStored(batch.stream().map(StoredMessage::id).toList(), true);
            after = batch.getLast().id();
            done += batch.size();
            progress.advanced(done);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new ReanalyzeSummary(done, changed, db.decisionCount(), db.reviewCount(), seconds);
    }

    /**
     * How a re-analysis went.
     *
     * @param messages how many messages were classified again
     * @param changed how many got another category than before
     * @param kept how many categories set by hand were kept
     * @param needsReview how many messages are marked for review now
     * @param seconds how long it took
     */
    public record ReanalyzeSummary(long messages, long changed, long kept, long needsReview, double seconds) {}

    private long classifyStored(List<Long> ids, boolean countChanges) {
        List<Rule> active = rules.list();
        Instant now = clock.instant();
        Map<Long, ClassificationStore.Decision> decisions = db.decisions(ids);
        List<Outcome> outcomes = new ArrayList<>();
        long changed = 0;
        for (long id : ids) {
            Optional<StoredMessage> s = store.message(id);
            if (s.isEmpty()) {
                continue;
            }
            Optional<Loaded> l = load(s.get());
            ClassificationStore.Decision decision = decisions.get(id);
            Outcome o;
            if (l.isPresent()) {
                o = decide(new RuleMessage(id, s.get().account(), l.get().parsed(), l.get().header(), s.get().size()),
                        decision, active, now);
            } else if (decision != null) {
                o = new Outcome(id, byHand(decision), Set.of(), false, false);
            } else {
                o = failed(id, "its raw mail is missing from the blob store");
            }
            if (countChanges) {
                Optional<ClassificationStore.Row> before = db.get(id);
                if (before.isEmpty() || !before.get().classification().category().equals(o.classification().category())) {
                    changed++;
                }
            }
            outcomes.add(o);
        }
        db.transaction(() -> {
            saveOutcomes(outcomes);
            return null;
        });
        return changed;
    }

    private void saveOutcomes(List<Outcome> outcomes) {
        Instant now = clock.instant();
        List<ClassificationStore.Row> rows = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            rows.add(new ClassificationStore.Row(o.messageId(), o.classification(), now));
            db.replaceRuleLabels(o.messageId(), o.labels());
        }
        db.save(rows);
    }

    /** What classification decided for one message. */
    private record Outcome(long messageId, Classification classification, Set<String> labels, boolean markRead,
            boolean markImportant) {}

    private Outcome decide(RuleMessage m, ClassificationStore.Decision decision, List<Rule> active, Instant now) {
        try {
            RuleOutcome r = active.isEmpty() ? null : RuleEngine.apply(active, m, now);
            Set<String> labels = r == null ? Set.of() : r.labels();
            boolean read = r != null && r.markRead();
            boolean important = r != null && r.markImportant();
            if (decision != null) {
                return new Outcome(m.id(), byHand(decision), labels, read, important);
            }
            if (r != null && r.category() != null) {
                Rule rule = r.categoryRule();
                List<String> why = new ArrayList<>();
                why.add("Rule \"" + rule.name() + "\" (#" + rule.id() + ") matched");
                for (Rule fired : r.fired()) {
                    if (fired != rule) {
                        why.add("Rule \"" + fired.name() + "\" (#" + fired.id() + ") also matched");
                    }
                }
                return new Outcome(m.id(), new Classification(r.category(), 1.0, Tier.RULE, false, why), labels, read,
                        important);
            }
            return new Outcome(m.id(), classifier.classify(m.parsed(), m.header()), labels, read, important);
        } catch (RuntimeException e) {
            LOG.warn("could not classify message {}: {}", m.id(), e.getClass().getSimpleName());
            return failed(m.id(), "classification failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Outcome failed(long id, String why) {
        return new Outcome(id, new Classification("primary", 0, Tier.BUILTIN, true,
                List.of("Not classified: " + why + "; shown in primary for review")), Set.of(), false, false);
    }

    private static Classification byHand(ClassificationStore.Decision d) {
        return new Classification(d.category(), 1.0, Tier.USER, false, List.of("You put this message in " + d.category()
                + (d.previous() == null ? "" : " (it was in " + d.previous() + ")")));
    }

    // ---------------------------------------------------------------- views

    /**
     * A message's category with everything said about it.
     *
     * @param messageId the message
     * @param category the category
     * @param confidence how sure the deciding tier is, 0 to 1
     * @param tier the tier that decided: user, rule, model or builtin
     * @param needsReview whether it waits in the review queue
     * @param explanation readable reasons
     * @param labels labels from rules or the user
     * @param classifiedAt when it was classified
     */
    public record MessageCategory(long messageId, String category, double confidence, String tier, boolean needsReview,
            List<String> explanation, List<String> labels, Instant classifiedAt) {}

    /** The category of one stored message; empty when the message is not classified (or does not exist). */
    public Optional<MessageCategory> show(long messageId) {
        return db.get(messageId).map(this::view);
    }

    private MessageCategory view(ClassificationStore.Row r) {
        Classification c = r.classification();
        return new MessageCategory(r.messageId(), c.category(), c.confidence(), c.tier().name().toLowerCase(Locale.ROOT),
                c.needsReview(), c.explanation(), db.labels(r.messageId()), r.classifiedAt());
    }

    /** The review queue: messages whose best answer is under the threshold, oldest first, after {@code afterId}. */
    public List<MessageCategory> review(long afterId, int limit) {
        return db.review(afterId, limit).stream().map(this::view).toList();
    }

    /** How many messages wait for review. */
    public long reviewCount() {
        return db.reviewCount();
    }

    /** How many messages each category holds. */
    public Map<String, Long> counts() {
        return db.countsByCategory();
    }

    // ---------------------------------------------------------------- corrections

    /**
     * Puts a message in {@code category} by hand: the category is kept from now on, the model learns
     * it at once (unless learning is off), and a decision made earlier about the same message is
     * unlearnt first.
     *
     * @throws NoSuchElementException when there is no such message
     * @throws IllegalArgumentException when the category is unknown
     */
    public MessageCategory correct(long messageId, String category) {
        String name = checkCategory(category);
        StoredMessage s = store.message(messageId).orElseThrow(() -> new NoSuchElementException("no message " + messageId));
        Loaded l = load(s).orElseThrow(() -> new IllegalStateException(
                "the raw mail of message " + messageId + " is missing from the blob store; run mailroom verify"));
        Optional<ClassificationStore.Decision> earlier = db.decision(messageId);
        String previous = earlier.map(ClassificationStore.Decision::category)
                .or(() -> db.get(messageId).map(r -> r.classification().category())).orElse(null);
        synchronized (classifier) {
            if (earlier.isPresent() && earlier.get().learned()) {
                classifier.unlearn(l.parsed(), l.header(), earlier.get().category());
            }
            boolean learned = classifier.learn(l.parsed(), l.header(), name);
            ClassificationStore.Decision d = new ClassificationStore.Decision(messageId, name,
                    earlier.map(ClassificationStore.Decision::previous).orElse(previous), learned, clock.instant());
            db.transaction(() -> {
                db.saveDecision(d);
                db.save(List.of(new ClassificationStore.Row(messageId, byHand(d), clock.instant())));
                if (learned || earlier.map(ClassificationStore.Decision::learned).orElse(false)) {
                    db.saveModel(classifier.examples(), classifier.modelBytes());
                }
                return null;
            });
        }
        LOG.info("message {} put in a category by hand", messageId);
        return show(messageId).orElseThrow();
    }

    /**
     * Turns a correction into a rule: from now on, mail from this message's sender goes to
     * {@code category}. Returns the new rule.
     */
    public Rule senderRule(long messageId, String category) {
        String name = checkCategory(category);
        StoredMessage s = store.message(messageId).orElseThrow(() -> new NoSuchElementException("no message " + messageId));
        if (s.from() == null) {
            throw new IllegalArgumentException("message " + messageId + " has no sender to make a rule for");
        }
        String address = s.from().normalized();
        String ruleName = "Mail from " + address;
        if (rules.find(ruleName).isPresent()) {
            throw new IllegalArgumentException("a rule named \"" + ruleName + "\" exists already; see mailroom rules list");
        }
        return rules.add(new Rule(0, 0, ruleName, senderCondition(address),
                new RuleActions(name, List.of(), false, false), true, true));
    }

    private static Condition senderCondition(String address) {
        return new Condition.Text(TextField.FROM, TextPattern.of(TextMatch.EQUALS, address));
    }

    // ---------------------------------------------------------------- categories

    /** Every category a message can have: the built-in ones, then the user's own. */
    public List<String> categories() {
        return rules.categories();
    }

    /** The user's own categories. */
    public List<ClassificationStore.OwnCategory> ownCategories() {
        return db.ownCategories();
    }

    /** Adds a category of the user's own. */
    public void addCategory(String name, String description) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (!CATEGORY_NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("a category name is 1 to 40 lower-case letters, digits, - or _, not \"" + name + "\"");
        }
        if (RuleStore.BUILTIN_CATEGORIES.contains(n)) {
            throw new IllegalArgumentException(n + " is a built-in category");
        }
        if (!db.addCategory(n, description)) {
            throw new IllegalArgumentException("category " + n + " exists already");
        }
    }

    /** Removes a category of the user's own that no message is in. */
    public void removeCategory(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (RuleStore.BUILTIN_CATEGORIES.contains(n)) {
            throw new IllegalArgumentException(n + " is a built-in category and cannot be removed");
        }
        long uses = db.uses(n);
        if (uses > 0) {
            throw new IllegalArgumentException("category " + n + " still holds " + uses
                    + " messages; put them in another category first");
        }
        if (!db.removeCategory(n)) {
            throw new NoSuchElementException("there is no category " + n);
        }
    }

    /** The category's canonical name, or an error that lists the known ones. */
    public String checkCategory(String category) {
        String n = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
        List<String> known = categories();
        if (!known.contains(n)) {
            throw new IllegalArgumentException("unknown category \"" + category + "\"; known categories: "
                    + String.join(", ", known) + " (add your own with: mailroom categories add NAME)");
        }
        return n;
    }

    // ---------------------------------------------------------------- helpers

    private record Loaded(ParsedMessage parsed, byte[] header) {}

    private Optional<Loaded> load(StoredMessage s) {
        return blobs.get(s.blobSha256()).map(raw -> new Loaded(
                IngestService.parseMessage(raw, s.date() == null ? null : s.date().toInstant()),
                IngestService.headerSection(raw)));
    }

    private static Set<String> names(Set<MessageFlag> flags) {
        Set<String> out = new TreeSet<>();
        flags.forEach(f -> out.add(f.name()));
        return out;
    }

    @Override
    public void close() {
        db.close();
    }
}
