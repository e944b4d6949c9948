CREATE TYPE state AS ENUM ('draft', 'review', 'published');
CREATE TABLE posts (id bigint PRIMARY KEY, state state NOT NULL DEFAULT 'draft');
