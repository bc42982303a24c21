-- The local library, schema version 1.
--
-- Conventions: every row that syncs has a UUID text `id`, `updated_at` (hybrid logical clock text,
-- which sorts as the clock does) and a `deleted` tombstone flag; rows are never removed, so a
-- deletion reaches the other devices. Times are UTC ISO 8601 text with milliseconds
-- ("2024-05-01T09:15:00.000Z"), which also sorts correctly as text.
--
-- Foreign keys are deferred: sync may deliver a lecture before the course it belongs to within
-- one batch, and the check at commit is what matters.

-- Marks the file as a Lectern library ("LCTR"), so a foreign SQLite file is refused instead of
-- being migrated.
PRAGMA application_id = 1279480914;

-- Identity of this library in the hybrid logical clock. One row, never synced.
CREATE TABLE local_node (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    node_id     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE course (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    colour      TEXT NOT NULL DEFAULT '',
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX course_updated ON course (updated_at);

CREATE TABLE lecture (
    id            TEXT PRIMARY KEY NOT NULL,
    course_id     TEXT REFERENCES course (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    title         TEXT NOT NULL,
    recorded_at   TEXT,
    duration_ms   INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    audio_path    TEXT NOT NULL DEFAULT '',
    audio_sha256  TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX lecture_by_course ON lecture (course_id, recorded_at);
CREATE INDEX lecture_by_audio ON lecture (audio_sha256) WHERE audio_sha256 <> '';
CREATE INDEX lecture_updated ON lecture (updated_at);

-- `local_id` is the rowid the full-text index refers to; it is declared so that VACUUM keeps it.
CREATE TABLE transcript_segment (
    local_id     INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    lecture_id   TEXT NOT NULL REFERENCES lecture (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    start_ms     INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms       INTEGER NOT NULL CHECK (end_ms >= start_ms),
    text         TEXT NOT NULL,
    -- The student's correction; NULL while the segment shows the machine text.
    edited_text  TEXT,
    speaker      TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX segment_by_lecture ON transcript_segment (lecture_id, start_ms);
CREATE INDEX segment_updated ON transcript_segment (updated_at);

-- One note per lecture. Its id is derived from the lecture id, so two devices that both start a
-- note for the same lecture offline write the same row and last writer wins.
CREATE TABLE note (
    local_id    INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    lecture_id  TEXT NOT NULL UNIQUE REFERENCES lecture (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    markdown    TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX note_updated ON note (updated_at);

CREATE TABLE study_item (
    id          TEXT PRIMARY KEY NOT NULL,
    lecture_id  TEXT NOT NULL REFERENCES lecture (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    kind        TEXT NOT NULL CHECK (kind IN ('summary', 'key_term', 'quiz_question')),
    position    INTEGER NOT NULL DEFAULT 0,
    content     TEXT NOT NULL CHECK (json_valid(content)),
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX study_item_by_lecture ON study_item (lecture_id, kind, position);
CREATE INDEX study_item_updated ON study_item (updated_at);

CREATE TABLE flashcard (
    id                 TEXT PRIMARY KEY NOT NULL,
    lecture_id         TEXT NOT NULL REFERENCES lecture (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    front              TEXT NOT NULL,
    back               TEXT NOT NULL,
    source_segment_id  TEXT REFERENCES transcript_segment (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX flashcard_by_lecture ON flashcard (lecture_id, created_at);
CREATE INDEX flashcard_updated ON flashcard (updated_at);

-- FSRS state per card: a local cache recomputed from review_log, therefore not synced.
CREATE TABLE card_state (
    card_id      TEXT PRIMARY KEY NOT NULL REFERENCES flashcard (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    state        INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
    stability    REAL NOT NULL DEFAULT 0,
    difficulty   REAL NOT NULL DEFAULT 0,
    due          TEXT NOT NULL,
    last_review  TEXT,
    reps         INTEGER NOT NULL DEFAULT 0,
    lapses       INTEGER NOT NULL DEFAULT 0,
    step         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX card_state_due ON card_state (due);

-- Append-only: a card's schedule is the replay of its log, and two devices' logs merge by union.
CREATE TABLE review_log (
    id            TEXT PRIMARY KEY NOT NULL,
    card_id       TEXT NOT NULL REFERENCES flashcard (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    reviewed_at   TEXT NOT NULL,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    elapsed_ms    INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
    state_before  INTEGER NOT NULL CHECK (state_before BETWEEN 0 AND 3),
    state_after   INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 3),
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX review_log_by_card ON review_log (card_id, reviewed_at);
CREATE INDEX review_log_updated ON review_log (updated_at);

-- Study-group chat as last received from the server, for reading offline. The server is the
-- truth; messages the student wrote offline wait here with pending = 1 until acknowledged.
CREATE TABLE chat_message (
    id             TEXT PRIMARY KEY NOT NULL,
    group_id       TEXT NOT NULL,
    client_msg_id  TEXT UNIQUE,
    sender_id      TEXT NOT NULL DEFAULT '',
    sender_name    TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    sent_at        TEXT NOT NULL,
    pending        INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1)),
    updated_at     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX chat_message_by_group ON chat_message (group_id, sent_at);

-- Settings that follow the student to every device. The id is derived from the key, so the same
-- setting changed on two devices is one record for last-writer-wins.
CREATE TABLE setting (
    id          TEXT PRIMARY KEY NOT NULL,
    key         TEXT NOT NULL UNIQUE,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
