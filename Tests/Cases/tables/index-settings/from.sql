CREATE TABLE posts (id bigint PRIMARY KEY, tag_string text NOT NULL);
CREATE INDEX index_posts_on_tags ON posts (string_to_array(tag_string, ' '));
CREATE INDEX index_posts_on_id ON posts (id) WITH (fillfactor = 90);
