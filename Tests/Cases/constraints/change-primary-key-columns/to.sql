-- The key gets a second column: the foreign key on the old key is dropped before it, the new one added after.
CREATE TABLE users (id bigint NOT NULL, tenant integer NOT NULL, email text, CONSTRAINT users_pkey PRIMARY KEY (id, tenant));
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    user_id bigint,
    tenant integer,
    CONSTRAINT posts_user_fkey FOREIGN KEY (user_id, tenant) REFERENCES users (id, tenant)
);
