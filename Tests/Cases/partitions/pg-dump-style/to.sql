-- pg_dump's spelling of a partitioned table: every partition a standalone table with all its columns,
-- attached afterwards; the parent's index ON ONLY, one index per partition, attached to it; the
-- partitions' primary keys attached to the parent's would be too (see the SchemaSource tests): not here,
-- because on PostgreSQL 18 the constraints they bring are named after the partition, and
-- after the parent when the partition is created PARTITION OF it, which pg_dump shows.
CREATE TABLE public.activities (
    id bigint,
    trackable_type character varying,
    author_id bigint,
    created_at timestamp(6) without time zone
)
PARTITION BY LIST (trackable_type);

CREATE SEQUENCE public.activities_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.activities_id_seq OWNED BY public.activities.id;

CREATE TABLE public.epic_activities (
    id bigint DEFAULT nextval('public.activities_id_seq'::regclass),
    trackable_type character varying,
    author_id bigint,
    created_at timestamp(6) without time zone
);

CREATE TABLE public.issue_activities (
    id bigint DEFAULT nextval('public.activities_id_seq'::regclass),
    trackable_type character varying,
    author_id bigint,
    created_at timestamp(6) without time zone
);

ALTER TABLE ONLY public.activities ATTACH PARTITION public.epic_activities FOR VALUES IN ('Epic');
ALTER TABLE ONLY public.activities ATTACH PARTITION public.issue_activities FOR VALUES IN ('Issue');
ALTER TABLE ONLY public.activities ALTER COLUMN id SET DEFAULT nextval('public.activities_id_seq'::regclass);


CREATE INDEX index_activities_on_author_id ON ONLY public.activities USING btree (author_id);
CREATE INDEX epic_activities_author_id_idx ON public.epic_activities USING btree (author_id);
CREATE INDEX issue_activities_author_id_idx ON public.issue_activities USING btree (author_id);

ALTER INDEX public.index_activities_on_author_id ATTACH PARTITION public.epic_activities_author_id_idx;
ALTER INDEX public.index_activities_on_author_id ATTACH PARTITION public.issue_activities_author_id_idx;
