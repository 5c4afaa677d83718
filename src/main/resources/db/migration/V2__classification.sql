-- Classification. The category of each message is derived state that `mailroom reanalyze` rebuilds;
-- the user's decisions (categories set by hand, rules, their own categories) are kept as such and
-- replayed. The learned model is a cache of what the decisions taught it.

-- The user's own categories; the built-in ones (primary, social, promotions, updates, forums,
-- finance, travel, spam) always exist and are not stored.
CREATE TABLE categories (
    name        TEXT PRIMARY KEY,
    description TEXT,
    created_at  TEXT NOT NULL
) ${clustered};

-- The current category of every classified message.
CREATE TABLE classifications (
    message_id    BIGINT PRIMARY KEY REFERENCES messages (id),
    category      TEXT NOT NULL,
    confidence    DOUBLE PRECISION NOT NULL,
    tier          TEXT NOT NULL,
    needs_review  BOOLEAN NOT NULL,
    explanation   TEXT NOT NULL,
    classified_at TEXT NOT NULL
) ${clustered};
CREATE INDEX classifications_by_review ON classifications (needs_review, message_id);
CREATE INDEX classifications_by_category ON classifications (category, message_id);

-- Categories the user set by hand: never overwritten by a rule or the model. `learned` says whether
-- the model learned from the decision (learning was enabled when it was made).
CREATE TABLE category_decisions (
    message_id  BIGINT PRIMARY KEY REFERENCES messages (id),
    category    TEXT NOT NULL,
    previous    TEXT,
    learned     BOOLEAN NOT NULL,
    decided_at  TEXT NOT NULL
) ${clustered};

-- The user's rules, applied in position order. `definition` holds the conditions and actions as JSON.
CREATE TABLE rules (
    id          ${id},
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    definition  TEXT NOT NULL,
    stop        BOOLEAN NOT NULL,
    enabled     BOOLEAN NOT NULL,
    created_at  TEXT NOT NULL
);

-- Labels on messages, added by rules or by hand (`source` is `rule` or `user`).
CREATE TABLE message_labels (
    message_id  BIGINT NOT NULL REFERENCES messages (id),
    label       TEXT NOT NULL,
    source      TEXT NOT NULL,
    PRIMARY KEY (message_id, label)
) ${clustered};
CREATE INDEX message_labels_by_label ON message_labels (label, message_id);

-- The learned model per owner, serialised (base64); it can always be rebuilt from category_decisions.
CREATE TABLE classifier_models (
    owner       TEXT PRIMARY KEY,
    examples    INTEGER NOT NULL,
    model       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) ${clustered};
