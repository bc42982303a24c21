-- Full-text search over transcripts and notes (FTS5, external content: the text is stored once,
-- in the tables, and the index only refers to their local_id).
--
-- The index holds what the student sees: a segment's correction if it has one, else the machine
-- text; tombstoned rows are left out. The views below define exactly that, and the triggers keep
-- the index in step with them. `remove_diacritics 2` makes "Zelle" find "Zellé".

CREATE VIEW segment_search_source AS
    SELECT local_id, COALESCE(edited_text, text) AS body
    FROM transcript_segment
    WHERE deleted = 0;

CREATE VIRTUAL TABLE segment_fts USING fts5(
    body,
    content = 'segment_search_source',
    content_rowid = 'local_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER segment_fts_insert AFTER INSERT ON transcript_segment
WHEN new.deleted = 0
BEGIN
    INSERT INTO segment_fts (rowid, body) VALUES (new.local_id, COALESCE(new.edited_text, new.text));
END;

CREATE TRIGGER segment_fts_delete AFTER DELETE ON transcript_segment
WHEN old.deleted = 0
BEGIN
    INSERT INTO segment_fts (segment_fts, rowid, body) VALUES ('delete', old.local_id, COALESCE(old.edited_text, old.text));
END;

-- One trigger, so the old text leaves the index before the new text enters it.
CREATE TRIGGER segment_fts_update AFTER UPDATE OF text, edited_text, deleted, local_id ON transcript_segment
BEGIN
    INSERT INTO segment_fts (segment_fts, rowid, body)
        SELECT 'delete', old.local_id, COALESCE(old.edited_text, old.text) WHERE old.deleted = 0;
    INSERT INTO segment_fts (rowid, body)
        SELECT new.local_id, COALESCE(new.edited_text, new.text) WHERE new.deleted = 0;
END;

CREATE VIEW note_search_source AS
    SELECT local_id, markdown AS body
    FROM note
    WHERE deleted = 0;

CREATE VIRTUAL TABLE note_fts USING fts5(
    body,
    content = 'note_search_source',
    content_rowid = 'local_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER note_fts_insert AFTER INSERT ON note
WHEN new.deleted = 0
BEGIN
    INSERT INTO note_fts (rowid, body) VALUES (new.local_id, new.markdown);
END;

CREATE TRIGGER note_fts_delete AFTER DELETE ON note
WHEN old.deleted = 0
BEGIN
    INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.local_id, old.markdown);
END;

-- One trigger, so the old text leaves the index before the new text enters it.
CREATE TRIGGER note_fts_update AFTER UPDATE OF markdown, deleted, local_id ON note
BEGIN
    INSERT INTO note_fts (note_fts, rowid, body)
        SELECT 'delete', old.local_id, old.markdown WHERE old.deleted = 0;
    INSERT INTO note_fts (rowid, body)
        SELECT new.local_id, new.markdown WHERE new.deleted = 0;
END;

-- Index whatever a version-1 library already holds.
INSERT INTO segment_fts (segment_fts) VALUES ('rebuild');
INSERT INTO note_fts (note_fts) VALUES ('rebuild');
