-- The two statements Pagila's dump (from a database made before PostgreSQL 15) ends with.
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO PUBLIC;
CREATE TABLE public.films (id integer PRIMARY KEY);
GRANT SELECT ON ALL TABLES IN SCHEMA public TO monolayer_reader;
