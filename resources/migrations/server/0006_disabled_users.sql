-- An operator can disable an account (lectern-server admin user disable): its sign-ins are
-- refused and its tokens revoked until it is enabled again; its data stays.
ALTER TABLE users ADD COLUMN disabled_at TIMESTAMPTZ;
