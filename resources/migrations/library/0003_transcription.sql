-- Transcription work kept on this device only (never synced: it is derived from audio every
-- device can transcribe itself, and it is large).
--
-- transcription_chunk: the answer for each piece of audio sent to Groq, so a transcription that
-- was cancelled, crashed or lost the network sends only the pieces still missing. A run is keyed
-- by the lecture, the audio's hash, the model, the language and the chunk plan it followed; a
-- piece is named by its span on the lecture's timeline (a piece split after 413 has its own span).
--
-- transcription_cache: finished transcripts by (audio hash, model, language), so the same
-- recording in another lecture, or transcribed again, never goes to Groq twice.

CREATE TABLE transcription_chunk (
    lecture_id    TEXT NOT NULL REFERENCES lecture (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    audio_sha256  TEXT NOT NULL,
    model         TEXT NOT NULL,
    language      TEXT NOT NULL,
    plan_key      TEXT NOT NULL,
    start_ms      INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms        INTEGER NOT NULL CHECK (end_ms > start_ms),
    result        BLOB NOT NULL,
    PRIMARY KEY (lecture_id, audio_sha256, model, language, plan_key, start_ms, end_ms)
);

CREATE TABLE transcription_cache (
    audio_sha256  TEXT NOT NULL,
    model         TEXT NOT NULL,
    language      TEXT NOT NULL,
    transcript    BLOB NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (audio_sha256, model, language)
);
