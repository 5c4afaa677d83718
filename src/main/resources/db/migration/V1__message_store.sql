-- The message store. One migration set for SQLite and PostgreSQL; the few dialect differences are
-- Flyway placeholders set by Database: ${id} (an auto-assigned primary key) and ${clustered}
-- (WITHOUT ROWID on SQLite, so that a table keyed by its primary key is one B-tree, not two).

CREATE TABLE accounts (
    id          ${id},
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE folders (
    id          ${id},
    account_id  BIGINT NOT NULL REFERENCES accounts (id),
    name        TEXT NOT NULL,
    UNIQUE (account_id, name)
);

CREATE TABLE threads (
    id            ${id},
    account_id    BIGINT NOT NULL REFERENCES accounts (id),
    subject       TEXT,
    message_count INTEGER NOT NULL,
    first_date    BIGINT,
    last_date     BIGINT
);
CREATE INDEX threads_by_last_date ON threads (account_id, last_date);

CREATE TABLE messages (
    id             ${id},
    account_id     BIGINT NOT NULL REFERENCES accounts (id),
    folder_id      BIGINT NOT NULL REFERENCES folders (id),
    thread_id      BIGINT NOT NULL REFERENCES threads (id),
    parent_id      BIGINT,
    twin_of        BIGINT,
    blob_sha256    TEXT NOT NULL,
    size           BIGINT NOT NULL,
    message_id     TEXT,
    in_reply_to    TEXT,
    refs           TEXT,
    subject        TEXT,
    norm_subject   TEXT,
    reply          BOOLEAN NOT NULL,
    from_name      TEXT,
    from_address   TEXT,
    date_millis    BIGINT,
    date_text      TEXT,
    date_source    TEXT NOT NULL,
    list_id        TEXT,
    attachments    INTEGER NOT NULL,
    flags          TEXT NOT NULL,
    defects        TEXT,
    location       TEXT,
    imported_at    TEXT NOT NULL,
    UNIQUE (account_id, blob_sha256)
);
CREATE INDEX messages_by_message_id ON messages (account_id, message_id);
CREATE INDEX messages_by_in_reply_to ON messages (account_id, in_reply_to);
-- Covers the threading fallback's look-up, so it never reads the table itself.
CREATE INDEX messages_by_subject ON messages (account_id, norm_subject, date_millis, id, reply, thread_id);
CREATE INDEX messages_by_thread ON messages (thread_id, date_millis);

-- Participants, one row per address in From, Sender, Reply-To, To, Cc and Bcc.
CREATE TABLE addresses (
    message_id  BIGINT NOT NULL REFERENCES messages (id),
    role        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT,
    address     TEXT NOT NULL,
    PRIMARY KEY (message_id, role, position)
) ${clustered};

CREATE TABLE attachments (
    message_id   BIGINT NOT NULL REFERENCES messages (id),
    position     INTEGER NOT NULL,
    filename     TEXT,
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    content_id   TEXT,
    inline       BOOLEAN NOT NULL,
    PRIMARY KEY (message_id, position)
) ${clustered};

-- Every Message-ID a thread knows of (its messages' own and the ones they reference): the
-- connected components that JWZ threading builds, kept incrementally.
CREATE TABLE thread_ids (
    account_id  BIGINT NOT NULL,
    msgid       TEXT NOT NULL,
    thread_id   BIGINT NOT NULL,
    PRIMARY KEY (account_id, msgid)
) ${clustered};
CREATE INDEX thread_ids_by_thread ON thread_ids (thread_id);

CREATE TABLE quarantine (
    id           ${id},
    account_id   BIGINT NOT NULL REFERENCES accounts (id),
    blob_sha256  TEXT NOT NULL,
    size         BIGINT NOT NULL,
    folder       TEXT NOT NULL,
    location     TEXT,
    reason       TEXT NOT NULL,
    attempts     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (account_id, blob_sha256)
);
