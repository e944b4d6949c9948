CREATE TABLE users (id bigint NOT NULL, tenant integer NOT NULL, email text, CONSTRAINT users_pkey PRIMARY KEY (id));
CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint, CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id));
