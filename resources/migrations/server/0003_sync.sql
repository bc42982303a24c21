-- Device sync: the latest state of every synced record of each user, and each user's sequence.
--
-- sync_records holds one row per (user, entity, record id): the change with the greatest hlc
-- seen so far (review_log rows are never replaced). `seq` is the number the user's sequence gave
-- the change that last altered the row; pulls page through a user's rows by it.
-- hlc is compared as text: its fixed-width form sorts like the clock, but only byte-wise, hence
-- COLLATE "C" (a language collation may skip the hyphens).
CREATE TABLE sync_records (
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entity    TEXT NOT NULL,
    record_id UUID NOT NULL,
    hlc       TEXT COLLATE "C" NOT NULL,
    deleted   BOOLEAN NOT NULL,
    fields    JSONB NOT NULL,
    seq       BIGINT NOT NULL CHECK (seq > 0),
    PRIMARY KEY (user_id, entity, record_id)
);
CREATE UNIQUE INDEX sync_records_by_seq ON sync_records (user_id, seq);

-- The last seq handed out per user. A push locks its user's row for the length of its
-- transaction, so pushes of one user (on any connection or server instance) take turns and never
-- hand out the same seq twice.
CREATE TABLE sync_cursors (
    user_id  BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    last_seq BIGINT NOT NULL DEFAULT 0
);
