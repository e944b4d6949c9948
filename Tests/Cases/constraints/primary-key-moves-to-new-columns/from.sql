CREATE TABLE users (user_id bigint PRIMARY KEY, name text);
CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (user_id));
