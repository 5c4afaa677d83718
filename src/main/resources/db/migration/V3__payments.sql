-- Payments. What was extracted from each message and the ledger built from it are derived state
-- that `mailroom reanalyze` rebuilds; the user's decisions about entries (confirm, edit, paid,
-- dismiss, merge) are kept as such and replayed over every rebuild. Amounts are decimal strings
-- (exact to the cent on both databases), dates ISO-8601 text.

-- Every message the payments stage has analysed, with or without payments: later runs skip them.
CREATE TABLE payment_scans (
    message_id  BIGINT PRIMARY KEY REFERENCES messages (id),
    found       INTEGER NOT NULL,
    scanned_at  TEXT NOT NULL
) ${clustered};

-- The payments found in each message, in the order the extractor gave them (`position`).
CREATE TABLE payment_extractions (
    message_id     BIGINT NOT NULL REFERENCES messages (id),
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    payee          TEXT NOT NULL,
    amount         TEXT NOT NULL,
    currency       TEXT NOT NULL,
    due_date       TEXT,
    invoice_number TEXT,
    account_last4  TEXT,
    period         TEXT,
    confidence     DOUBLE PRECISION NOT NULL,
    message_date   TEXT NOT NULL,
    PRIMARY KEY (message_id, position)
) ${clustered};

-- The ledger, computed from the extractions and the decisions. `entry_key` names what an entry
-- comes from and survives rebuilds, so ids stay stable: `m:MESSAGE:POSITION` for a payment found
-- in a message, `e:PAYEE|CURRENCY|DATE` for one expected from a recurring series. `status` is
-- upcoming, paid or cancelled; overdue is upcoming past its due date, decided when read.
-- `merged_into` holds the key of the entry that absorbed this one (a receipt that paid a bill, a
-- failed-payment notice of a bill, a merge by the user); such entries are not listed or counted.
CREATE TABLE payment_entries (
    id                 ${id},
    entry_key          TEXT NOT NULL UNIQUE,
    message_id         BIGINT REFERENCES messages (id),
    kind               TEXT NOT NULL,
    payee              TEXT NOT NULL,
    amount             TEXT NOT NULL,
    currency           TEXT NOT NULL,
    due_date           TEXT,
    status             TEXT NOT NULL,
    paid_on            TEXT,
    paid_by_message_id BIGINT,
    recurring          BOOLEAN NOT NULL,
    expected           BOOLEAN NOT NULL,
    invoice_number     TEXT,
    account_last4      TEXT,
    period             TEXT,
    confidence         DOUBLE PRECISION NOT NULL,
    user_decided       BOOLEAN NOT NULL,
    merged_into        TEXT,
    sort_date          TEXT NOT NULL
);
CREATE INDEX payment_entries_by_date ON payment_entries (sort_date, id);

-- The user's decisions, replayed in id order over every rebuild. `action` is confirm, edit, paid,
-- dismiss or merge; `detail` holds its JSON (the edited fields, the day paid, the merge target's key).
CREATE TABLE payment_decisions (
    id          ${id},
    entry_key   TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT,
    decided_at  TEXT NOT NULL
);
CREATE INDEX payment_decisions_by_key ON payment_decisions (entry_key, id);

-- Reminder events, raised once each: `due_soon` some days before a due date, `overdue` once it
-- has passed. The notification module delivers them; `delivered_at` is for it to fill.
CREATE TABLE payment_reminders (
    id           ${id},
    entry_key    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    due_date     TEXT NOT NULL,
    payee        TEXT NOT NULL,
    amount       TEXT NOT NULL,
    currency     TEXT NOT NULL,
    raised_at    TEXT NOT NULL,
    delivered_at TEXT,
    UNIQUE (entry_key, kind, due_date)
);
