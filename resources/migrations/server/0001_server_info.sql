-- Facts about this server database as a whole: one row, created with the schema.
-- database_id names this database for good, so a database that was dropped and created again
-- (its data, and the sequence numbers handed out for it, gone) can be told from the old one.
CREATE TABLE server_info (
    singleton   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    database_id UUID NOT NULL DEFAULT gen_random_uuid(),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO server_info DEFAULT VALUES;
