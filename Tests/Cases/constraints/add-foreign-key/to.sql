CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint REFERENCES users (id) ON DELETE SET NULL);
