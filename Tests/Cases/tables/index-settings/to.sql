-- Statistics targets of index columns (Danbooru) and index storage parameters change in place.
CREATE TABLE posts (id bigint PRIMARY KEY, tag_string text NOT NULL);
CREATE INDEX index_posts_on_tags ON posts (string_to_array(tag_string, ' '));
ALTER INDEX index_posts_on_tags ALTER COLUMN 1 SET STATISTICS 3000;
CREATE INDEX index_posts_on_id ON posts (id) WITH (fillfactor = 70);
CREATE INDEX index_posts_on_tag_string ON posts (lower(tag_string)) WITH (fillfactor = 80);
ALTER INDEX index_posts_on_tag_string ALTER COLUMN 1 SET STATISTICS 200;
