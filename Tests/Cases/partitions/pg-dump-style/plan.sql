-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SEQUENCE public.activities_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE public.activities (
  id bigint DEFAULT nextval('public.activities_id_seq'::regclass),
  trackable_type character varying,
  author_id bigint,
  created_at timestamp(6) without time zone
) PARTITION BY LIST (trackable_type);

ALTER SEQUENCE public.activities_id_seq OWNED BY public.activities.id;

CREATE TABLE public.epic_activities PARTITION OF public.activities FOR VALUES IN ('Epic');

CREATE TABLE public.issue_activities PARTITION OF public.activities FOR VALUES IN ('Issue');

CREATE INDEX index_activities_on_author_id ON public.activities USING btree (author_id);

-- monolayer:down
DROP INDEX IF EXISTS public.index_activities_on_author_id;

DROP TABLE public.issue_activities;

DROP TABLE public.epic_activities;

DROP TABLE public.activities;

DROP SEQUENCE IF EXISTS public.activities_id_seq;
