CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text, tags text[], owner_id bigint, published boolean);
CREATE UNIQUE INDEX docs_title_lower_idx ON docs (lower(title));
CREATE INDEX docs_tags_idx ON docs USING gin (tags);
CREATE INDEX docs_owner_recent_idx ON docs (owner_id, id DESC NULLS LAST) INCLUDE (title) WHERE published AND owner_id IS NOT NULL;
CREATE INDEX docs_title_pattern_idx ON docs (title text_pattern_ops);
CREATE INDEX ON docs (body);
