-- What today's review queue needs, kept cheap to ask for with a large library.
--
-- flashcard.suspended: the student took the card out of review until they put it back; synced with
-- the card. flashcard.buried_until: the card is hidden until this time (the start of the next
-- study day); also synced, so a card buried on the phone stays hidden on the laptop.
ALTER TABLE flashcard ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1));
ALTER TABLE flashcard ADD COLUMN buried_until TEXT;

-- card_state stays a local cache, of the review log and of the card flags the queue filters on:
--   stale         set by the triggers below whenever a review is added or withdrawn, by this
--                 device or by sync, and cleared when the study code has replayed the card's log;
--   due_ms, last_review_ms
--                 `due` and `last_review` as milliseconds since 1970, kept by a trigger: the queue
--                 reads thousands at a time, and numbers are cheaper to read and compare than text;
--   lecture_id, shelved (deleted or suspended), buried_until
--                 copies of the flashcard's columns, kept by triggers, so that finding today's
--                 cards reads one index instead of looking up every due card's row.
-- Every flashcard has a row (a new card's `due` is its creation time), so new cards are found
-- through an index as due cards are.
ALTER TABLE card_state ADD COLUMN stale INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1));
ALTER TABLE card_state ADD COLUMN due_ms INTEGER;
ALTER TABLE card_state ADD COLUMN last_review_ms INTEGER;
ALTER TABLE card_state ADD COLUMN lecture_id TEXT;
ALTER TABLE card_state ADD COLUMN shelved INTEGER NOT NULL DEFAULT 0 CHECK (shelved IN (0, 1));
ALTER TABLE card_state ADD COLUMN buried_until TEXT;

CREATE TRIGGER card_state_times_as_numbers AFTER UPDATE OF due, last_review ON card_state
BEGIN
    UPDATE card_state SET due_ms = CAST(round((julianday(NEW.due) - 2440587.5) * 86400000.0) AS INTEGER),
        last_review_ms = CAST(round((julianday(NEW.last_review) - 2440587.5) * 86400000.0) AS INTEGER)
    WHERE card_id = NEW.card_id;
END;

CREATE TRIGGER card_state_new_times_as_numbers AFTER INSERT ON card_state
BEGIN
    UPDATE card_state SET due_ms = CAST(round((julianday(NEW.due) - 2440587.5) * 86400000.0) AS INTEGER),
        last_review_ms = CAST(round((julianday(NEW.last_review) - 2440587.5) * 86400000.0) AS INTEGER)
    WHERE card_id = NEW.card_id;
END;

UPDATE card_state SET due = due;
INSERT OR IGNORE INTO card_state (card_id, state, due) SELECT id, 0, created_at FROM flashcard;
UPDATE card_state SET
    lecture_id = (SELECT f.lecture_id FROM flashcard f WHERE f.id = card_state.card_id),
    shelved = COALESCE((SELECT f.deleted OR f.suspended FROM flashcard f WHERE f.id = card_state.card_id), 1),
    -- Rows written before the log was watched may not match it.
    stale = (state <> 0 OR EXISTS (SELECT 1 FROM review_log r WHERE r.card_id = card_state.card_id));

CREATE TRIGGER card_state_for_new_card AFTER INSERT ON flashcard
BEGIN
    INSERT OR IGNORE INTO card_state (card_id, state, due) VALUES (NEW.id, 0, NEW.created_at);
    -- Sync may deliver a card's reviews before the card itself.
    UPDATE card_state SET lecture_id = NEW.lecture_id, shelved = (NEW.deleted OR NEW.suspended),
        buried_until = NEW.buried_until,
        stale = stale OR EXISTS (SELECT 1 FROM review_log r WHERE r.card_id = NEW.id)
    WHERE card_id = NEW.id;
END;

CREATE TRIGGER card_state_follows_card AFTER UPDATE OF lecture_id, deleted, suspended, buried_until ON flashcard
BEGIN
    UPDATE card_state SET lecture_id = NEW.lecture_id, shelved = (NEW.deleted OR NEW.suspended),
        buried_until = NEW.buried_until
    WHERE card_id = NEW.id;
END;

CREATE TRIGGER card_state_after_review AFTER INSERT ON review_log
BEGIN
    UPDATE card_state SET stale = 1 WHERE card_id = NEW.card_id;
END;

CREATE TRIGGER card_state_after_review_change AFTER UPDATE OF deleted, reviewed_at, rating, card_id ON review_log
BEGIN
    UPDATE card_state SET stale = 1 WHERE card_id IN (OLD.card_id, NEW.card_id);
END;

CREATE INDEX card_state_stale ON card_state (card_id) WHERE stale = 1;
-- Today's queue: scheduled cards by due time, new cards in the order they were made, each entry
-- carrying everything the queue filters and orders on.
CREATE INDEX card_state_scheduled ON card_state (due_ms, card_id, state, stability, last_review_ms, lecture_id, shelved,
    buried_until) WHERE state <> 0;
CREATE INDEX card_state_new ON card_state (due_ms, card_id, lecture_id, shelved, buried_until) WHERE state = 0;
-- New cards introduced today count against the daily limit.
CREATE INDEX review_log_introductions ON review_log (reviewed_at, card_id) WHERE state_before = 0 AND deleted = 0;
