CREATE TABLE users (id bigint PRIMARY KEY, active boolean);
-- monolayer: renamed from active_users
CREATE VIEW current_users AS SELECT id FROM users WHERE active;
COMMENT ON VIEW current_users IS 'who is active';
