-- Device sync, the client's side: which local changes the sync server has not acknowledged yet,
-- and where pulling the other devices' changes resumes.
--
-- sync_outbox holds one entry per record changed on this device and not yet acknowledged. The
-- triggers below add it whenever a syncable row is written with a stamp of this library's own
-- clock (the node id is the stamp's last 16 characters). Changes pulled from the server carry
-- the stamp of the device that made them, so applying them never puts them back in the outbox,
-- and nothing that writes the library (the app, a background job, lectern-cli) has to remember
-- to record its changes. A record changed again gets a new change_seq: the sync client removes an
-- entry only by the change_seq it pushed, once the server acknowledged that push, so an edit made
-- while its previous state was on the way is pushed again.
--
-- Each trigger first deletes the record's entry and then inserts it: a plain INSERT cannot
-- conflict, whatever conflict clause the statement that fired the trigger had (SQLite lets an
-- outer INSERT OR IGNORE override the one inside a trigger).
--
-- sync_state: the pull cursor (the server's seq up to which changes were applied, stored in the
-- same transaction as the changes) and the account it belongs to.
CREATE TABLE sync_outbox (
    change_seq  INTEGER PRIMARY KEY AUTOINCREMENT,
    entity      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    UNIQUE (entity, record_id)
);

CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);

CREATE TRIGGER sync_outbox_course_insert AFTER INSERT ON course
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'course' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('course', NEW.id);
END;

CREATE TRIGGER sync_outbox_course_update AFTER UPDATE ON course
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'course' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('course', NEW.id);
END;

CREATE TRIGGER sync_outbox_lecture_insert AFTER INSERT ON lecture
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'lecture' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('lecture', NEW.id);
END;

CREATE TRIGGER sync_outbox_lecture_update AFTER UPDATE ON lecture
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'lecture' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('lecture', NEW.id);
END;

CREATE TRIGGER sync_outbox_transcript_segment_insert AFTER INSERT ON transcript_segment
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'transcript_segment' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('transcript_segment', NEW.id);
END;

CREATE TRIGGER sync_outbox_transcript_segment_update AFTER UPDATE ON transcript_segment
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'transcript_segment' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('transcript_segment', NEW.id);
END;

CREATE TRIGGER sync_outbox_note_insert AFTER INSERT ON note
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'note' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('note', NEW.id);
END;

CREATE TRIGGER sync_outbox_note_update AFTER UPDATE ON note
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'note' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('note', NEW.id);
END;

CREATE TRIGGER sync_outbox_study_item_insert AFTER INSERT ON study_item
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'study_item' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('study_item', NEW.id);
END;

CREATE TRIGGER sync_outbox_study_item_update AFTER UPDATE ON study_item
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'study_item' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('study_item', NEW.id);
END;

CREATE TRIGGER sync_outbox_flashcard_insert AFTER INSERT ON flashcard
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'flashcard' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('flashcard', NEW.id);
END;

CREATE TRIGGER sync_outbox_flashcard_update AFTER UPDATE ON flashcard
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'flashcard' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('flashcard', NEW.id);
END;

CREATE TRIGGER sync_outbox_review_log_insert AFTER INSERT ON review_log
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'review_log' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('review_log', NEW.id);
END;

CREATE TRIGGER sync_outbox_review_log_update AFTER UPDATE ON review_log
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'review_log' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('review_log', NEW.id);
END;

CREATE TRIGGER sync_outbox_setting_insert AFTER INSERT ON setting
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'setting' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('setting', NEW.id);
END;

CREATE TRIGGER sync_outbox_setting_update AFTER UPDATE ON setting
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'setting' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('setting', NEW.id);
END;

-- Everything a library holds from before sync was made on this device and goes up once, parents
-- before their children.
INSERT INTO sync_outbox (entity, record_id) SELECT 'course', id FROM course ORDER BY updated_at;
INSERT INTO sync_outbox (entity, record_id) SELECT 'lecture', id FROM lecture ORDER BY updated_at;
INSERT INTO sync_outbox (entity, record_id) SELECT 'transcript_segment', id FROM transcript_segment ORDER BY updated_at;
INSERT INTO sync_outbox (entity, record_id) SELECT 'note', id FROM note ORDER BY updated_at;
INSERT INTO sync_outbox (entity, record_id) SELECT 'study_item', id FROM study_item ORDER BY updated_at;
INSERT INTO sync_outbox (entity, record_id) SELECT 'flashcard', id FROM flashcard ORDER BY updated_at;
INSERT INTO sync_outbox (entity, record_id) SELECT 'review_log', id FROM review_log ORDER BY updated_at;
INSERT INTO sync_outbox (entity, record_id) SELECT 'setting', id FROM setting ORDER BY updated_at;
