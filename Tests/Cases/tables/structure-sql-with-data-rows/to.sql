-- A Rails structure.sql as it is: the schema, then the rows of schema_migrations and a sequence
-- position. The data statements are skipped with one notice; the plan holds only the schema.
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);

CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying NOT NULL
);

CREATE SEQUENCE public.users_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);

ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

SET search_path TO "$user", public;

INSERT INTO "schema_migrations" (version) VALUES
('20240101000000'),
('20240215093000');

SELECT pg_catalog.setval('public.users_id_seq', 1, false);
