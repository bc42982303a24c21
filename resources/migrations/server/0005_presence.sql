-- Who is online, counted per server instance so that every instance sharing the database sees
-- the same answer: one row per (instance, user) with that instance's signed-in connections of the
-- user. A user is online while any row of theirs has connections > 0.
-- An instance that dies without closing its connections leaves its rows behind; its users then
-- stay online until the rows are cleared.
CREATE TABLE online_connections (
    instance_id UUID NOT NULL,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    connections INTEGER NOT NULL CHECK (connections > 0),
    PRIMARY KEY (instance_id, user_id)
);
CREATE INDEX online_connections_by_user ON online_connections (user_id);
