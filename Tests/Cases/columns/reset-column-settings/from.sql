-- Statistics targets, attribute options, storage and compression, as Danbooru and Synapse write them.
CREATE TABLE posts (id bigint PRIMARY KEY, body text COMPRESSION pglz, state_group bigint, finished_at timestamptz,
                    added text);
ALTER TABLE ONLY posts ALTER COLUMN finished_at SET STATISTICS 1000;
ALTER TABLE ONLY posts ALTER COLUMN state_group SET (n_distinct=-0.02);
ALTER TABLE posts ALTER COLUMN body SET STORAGE MAIN, ALTER COLUMN added SET STORAGE EXTERNAL;
ALTER TABLE posts ALTER COLUMN id SET STORAGE PLAIN;
