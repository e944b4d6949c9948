CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);
