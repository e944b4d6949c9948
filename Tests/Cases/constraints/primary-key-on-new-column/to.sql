-- A key over a column this plan adds is added with it, not built beforehand.
CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, name text);
