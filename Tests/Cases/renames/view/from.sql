CREATE TABLE users (id bigint PRIMARY KEY, active boolean);
CREATE VIEW active_users AS SELECT id FROM users WHERE active;
