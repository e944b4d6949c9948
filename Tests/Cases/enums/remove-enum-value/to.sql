CREATE TYPE state AS ENUM ('draft', 'published');
CREATE TABLE posts (id bigint PRIMARY KEY, state state NOT NULL DEFAULT 'draft');
