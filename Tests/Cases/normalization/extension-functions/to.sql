-- The catalog prints a call to an extension's function qualified (`public.soundex(...)`, as
-- `public.uuid_generate_v4()`); users call it bare. It resolves to the schema the extension is
-- installed in (`public`), not to the head of the search path (`app`).
CREATE EXTENSION fuzzystrmatch;
CREATE EXTENSION pg_trgm;
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE users (
    id bigint PRIMARY KEY,
    code text NOT NULL DEFAULT soundex('monolayer'),
    name text NOT NULL,
    -- Syntax that calls a pg_catalog function by its qualified name stays built in.
    created timestamp DEFAULT (now() AT TIME ZONE 'utc'),
    CONSTRAINT users_name_not_key CHECK (similarity(name, 'admin') < 0.9)
);
CREATE INDEX users_name_trigrams ON users (show_trgm(name));
