-- Accounts, their devices' sign-in tokens, and failed-login counters.
-- Every table holding a user's data references users(id) ON DELETE CASCADE, so deleting the
-- account row deletes everything stored for it.
CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      TEXT NOT NULL CHECK (username ~ '^[A-Za-z0-9._-]{3,32}$'),
    -- libsodium crypto_pwhash_str output (argon2id, parameters inside the string).
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
-- Names are unique regardless of case; logins look them up through the same expression.
CREATE UNIQUE INDEX users_username_unique ON users (lower(username));

-- One row per signed-in device. Only the SHA-256 of the token is kept, so a copy of the
-- database cannot be used to sign in.
CREATE TABLE device_tokens (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_name  TEXT NOT NULL,
    token_sha256 BYTEA NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL, -- absolute; the idle limit is counted from last_used_at
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX device_tokens_user ON device_tokens (user_id);

-- Failed logins per account name (lower case, also for names that do not exist) and per
-- client address. In the database so that every instance behind a load balancer, and a
-- restarted one, sees the same counts.
CREATE TABLE login_throttle (
    scope          TEXT NOT NULL CHECK (scope IN ('account', 'address')),
    key            TEXT NOT NULL,
    failures       INTEGER NOT NULL,
    window_started TIMESTAMPTZ NOT NULL,
    lockouts       INTEGER NOT NULL DEFAULT 0,
    locked_until   TIMESTAMPTZ,
    PRIMARY KEY (scope, key)
);
