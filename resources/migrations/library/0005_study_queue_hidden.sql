-- One flag for everything that keeps a card out of the review of every course, so that reading
-- today's due cards is a single range scan of one narrow index instead of checking each due card's
-- flags and lecture against the lectures left out.
--
-- card_state.hidden is 1 when the card is deleted or suspended, its lecture is deleted, or the
-- lecture's course is deleted or archived (and for a cache row whose card is missing). Buried
-- cards are not in it: burying ends at a time, so the queue still compares buried_until with now.
-- Studying one course explicitly still includes an archived course, so that read keeps checking
-- the course's lectures and reads `shelved`, not `hidden`.
--
-- The same expression is repeated in every trigger below, as SQLite has no stored functions; it
-- is written against card_state.card_id so that each trigger only chooses which rows to recompute.
ALTER TABLE card_state ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));

UPDATE card_state SET hidden = COALESCE((SELECT f.deleted OR f.suspended OR EXISTS (
        SELECT 1 FROM lecture l LEFT JOIN course c ON c.id = l.course_id
        WHERE l.id = f.lecture_id AND (l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1))
    FROM flashcard f WHERE f.id = card_state.card_id), 1);

-- A cache row written by the schedule code rather than by the card's own trigger.
CREATE TRIGGER card_state_hidden_for_new_row AFTER INSERT ON card_state
BEGIN
    UPDATE card_state SET hidden = COALESCE((SELECT f.deleted OR f.suspended OR EXISTS (
            SELECT 1 FROM lecture l LEFT JOIN course c ON c.id = l.course_id
            WHERE l.id = f.lecture_id AND (l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1))
        FROM flashcard f WHERE f.id = card_state.card_id), 1)
    WHERE card_id = NEW.card_id;
END;

-- The card's own triggers from 0004, now also setting `hidden`: a separate trigger on the same
-- event could run before the cache row exists, as SQLite does not promise an order.
DROP TRIGGER card_state_for_new_card;
CREATE TRIGGER card_state_for_new_card AFTER INSERT ON flashcard
BEGIN
    INSERT OR IGNORE INTO card_state (card_id, state, due) VALUES (NEW.id, 0, NEW.created_at);
    -- Sync may deliver a card's reviews before the card itself.
    UPDATE card_state SET lecture_id = NEW.lecture_id, shelved = (NEW.deleted OR NEW.suspended),
        buried_until = NEW.buried_until,
        stale = stale OR EXISTS (SELECT 1 FROM review_log r WHERE r.card_id = NEW.id),
        hidden = COALESCE((SELECT f.deleted OR f.suspended OR EXISTS (
            SELECT 1 FROM lecture l LEFT JOIN course c ON c.id = l.course_id
                WHERE l.id = f.lecture_id AND (l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1))
            FROM flashcard f WHERE f.id = card_state.card_id), 1)
    WHERE card_id = NEW.id;
END;

DROP TRIGGER card_state_follows_card;
CREATE TRIGGER card_state_follows_card AFTER UPDATE OF lecture_id, deleted, suspended, buried_until ON flashcard
BEGIN
    UPDATE card_state SET lecture_id = NEW.lecture_id, shelved = (NEW.deleted OR NEW.suspended),
        buried_until = NEW.buried_until,
        hidden = COALESCE((SELECT f.deleted OR f.suspended OR EXISTS (
            SELECT 1 FROM lecture l LEFT JOIN course c ON c.id = l.course_id
                WHERE l.id = f.lecture_id AND (l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1))
            FROM flashcard f WHERE f.id = card_state.card_id), 1)
    WHERE card_id = NEW.id;
END;

-- A lecture deleted or restored, moved to another course (or out of one, also when its course
-- row is removed), or arriving by sync after its cards.
-- Saving a lecture writes every field, so only a real change is followed.
CREATE TRIGGER card_state_hidden_follows_lecture AFTER UPDATE OF deleted, course_id ON lecture
WHEN OLD.deleted IS NOT NEW.deleted OR OLD.course_id IS NOT NEW.course_id
BEGIN
    UPDATE card_state SET hidden = COALESCE((SELECT f.deleted OR f.suspended OR EXISTS (
            SELECT 1 FROM lecture l LEFT JOIN course c ON c.id = l.course_id
            WHERE l.id = f.lecture_id AND (l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1))
        FROM flashcard f WHERE f.id = card_state.card_id), 1)
    WHERE card_id IN (SELECT id FROM flashcard WHERE lecture_id = NEW.id);
END;

CREATE TRIGGER card_state_hidden_for_new_lecture AFTER INSERT ON lecture
BEGIN
    UPDATE card_state SET hidden = COALESCE((SELECT f.deleted OR f.suspended OR EXISTS (
            SELECT 1 FROM lecture l LEFT JOIN course c ON c.id = l.course_id
            WHERE l.id = f.lecture_id AND (l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1))
        FROM flashcard f WHERE f.id = card_state.card_id), 1)
    WHERE card_id IN (SELECT id FROM flashcard WHERE lecture_id = NEW.id);
END;

-- A course archived or unarchived, deleted or restored, or arriving by sync after its lectures.
CREATE TRIGGER card_state_hidden_follows_course AFTER UPDATE OF deleted, archived ON course
WHEN OLD.deleted IS NOT NEW.deleted OR OLD.archived IS NOT NEW.archived
BEGIN
    UPDATE card_state SET hidden = COALESCE((SELECT f.deleted OR f.suspended OR EXISTS (
            SELECT 1 FROM lecture l LEFT JOIN course c ON c.id = l.course_id
            WHERE l.id = f.lecture_id AND (l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1))
        FROM flashcard f WHERE f.id = card_state.card_id), 1)
    WHERE card_id IN (SELECT f.id FROM flashcard f JOIN lecture l ON l.id = f.lecture_id WHERE l.course_id = NEW.id);
END;

CREATE TRIGGER card_state_hidden_for_new_course AFTER INSERT ON course
BEGIN
    UPDATE card_state SET hidden = COALESCE((SELECT f.deleted OR f.suspended OR EXISTS (
            SELECT 1 FROM lecture l LEFT JOIN course c ON c.id = l.course_id
            WHERE l.id = f.lecture_id AND (l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1))
        FROM flashcard f WHERE f.id = card_state.card_id), 1)
    WHERE card_id IN (SELECT f.id FROM flashcard f JOIN lecture l ON l.id = f.lecture_id WHERE l.course_id = NEW.id);
END;

-- Today's queue of every course: only the studied cards are in these indexes, each entry carrying
-- what the queue orders on and the one flag (buried) that depends on the time. `state` and
-- `hidden` are repeated as columns because SQLite only reads an index alone (without the table)
-- when every column the query names is in it, those of the index's WHERE included.
CREATE INDEX card_state_studied_scheduled
    ON card_state (due_ms, card_id, state, stability, last_review_ms, buried_until, hidden) WHERE state <> 0 AND hidden = 0;
CREATE INDEX card_state_studied_new
    ON card_state (due_ms, card_id, buried_until, state, hidden) WHERE state = 0 AND hidden = 0;
