-- Listening to a recorded lecture counts as study time. Each session is one stretch of playback,
-- saved when it pauses or stops; the dashboard adds them up per study day, so like every other
-- figure there it is derived from records that sync rather than from a stored total.
--
-- A session is written once and never edited; it syncs like the other records (last writer wins
-- on its stamp), and a deleted lecture's sessions stay, as its reviews do: the time was spent.
CREATE TABLE listening_session (
    id           TEXT PRIMARY KEY NOT NULL,
    lecture_id   TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    duration_ms  INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    updated_at   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX listening_session_started ON listening_session (started_at);
CREATE INDEX listening_session_updated ON listening_session (updated_at);

CREATE TRIGGER sync_outbox_listening_session_insert AFTER INSERT ON listening_session
WHEN substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'listening_session' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('listening_session', NEW.id);
END;

CREATE TRIGGER sync_outbox_listening_session_update AFTER UPDATE ON listening_session
WHEN NEW.updated_at IS NOT OLD.updated_at
    AND substr(NEW.updated_at, 22) = (SELECT node_id FROM local_node WHERE singleton = 1)
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'listening_session' AND record_id = NEW.id;
    INSERT INTO sync_outbox (entity, record_id) VALUES ('listening_session', NEW.id);
END;
