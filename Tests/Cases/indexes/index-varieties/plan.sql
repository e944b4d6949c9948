-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.docs (
  id bigint NOT NULL,
  title text,
  body text,
  tags text[],
  owner_id bigint,
  published boolean,
  CONSTRAINT docs_pkey PRIMARY KEY (id)
);

CREATE INDEX docs_body_idx ON public.docs USING btree (body);

CREATE INDEX docs_owner_recent_idx ON public.docs USING btree (owner_id, id DESC NULLS LAST) INCLUDE (title) WHERE published AND owner_id IS NOT NULL;

CREATE INDEX docs_tags_idx ON public.docs USING gin (tags);

CREATE UNIQUE INDEX docs_title_lower_idx ON public.docs USING btree (lower(title));

CREATE INDEX docs_title_pattern_idx ON public.docs USING btree (title text_pattern_ops);

-- monolayer:down
DROP INDEX IF EXISTS public.docs_title_pattern_idx;

DROP INDEX IF EXISTS public.docs_title_lower_idx;

DROP INDEX IF EXISTS public.docs_tags_idx;

DROP INDEX IF EXISTS public.docs_owner_recent_idx;

DROP INDEX IF EXISTS public.docs_body_idx;

DROP TABLE public.docs;
