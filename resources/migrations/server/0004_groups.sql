-- Study groups, their members and their chat.
--
-- A group's messages are numbered by the group's own sequence (study_groups.last_seq): a send
-- locks its group's row until COMMIT, so sends to one group (on any instance) take turns and
-- never share a seq. History pages and read markers count by that seq.
CREATE TABLE study_groups (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    -- Letters and digits that cannot be mistaken for each other when read aloud or copied.
    invite_code TEXT NOT NULL UNIQUE CHECK (invite_code ~ '^[A-HJKMNP-Z2-9]{10}$'),
    owner_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_seq    BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE group_members (
    group_id      BIGINT NOT NULL REFERENCES study_groups (id) ON DELETE CASCADE,
    user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at     TIMESTAMPTZ NOT NULL,
    -- Orders members by when they joined even when clocks tie; ownership passes to the lowest.
    join_order    BIGINT GENERATED ALWAYS AS IDENTITY,
    -- The highest message seq the member has read; unread counts are the others' messages above it.
    last_read_seq BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_by_user ON group_members (user_id);

CREATE TABLE chat_messages (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id      BIGINT NOT NULL REFERENCES study_groups (id) ON DELETE CASCADE,
    seq           BIGINT NOT NULL CHECK (seq > 0),
    sender_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_msg_id UUID NOT NULL,
    body          TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    -- A moment of a lecture the message points at: {lecture_id, time_ms, text}, or NULL.
    quote         JSONB,
    created_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (group_id, seq),
    -- A resend of the same message by its sender finds the stored one instead of a second copy.
    UNIQUE (sender_id, client_msg_id)
);
