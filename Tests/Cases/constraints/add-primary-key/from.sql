CREATE TABLE tags (name text NOT NULL);
