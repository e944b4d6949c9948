-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.documents (
  id bigint NOT NULL,
  doc jsonb NOT NULL,
  CONSTRAINT doc_has_kind CHECK (jsonb_extract_path_text(doc, 'kind') IS NOT NULL),
  CONSTRAINT documents_pkey PRIMARY KEY (id)
);

CREATE UNIQUE INDEX documents_author ON public.documents USING btree (jsonb_extract_path_text(doc, 'author', 'name'));

CREATE VIEW public.document_titles AS
SELECT id, jsonb_extract_path_text(doc, 'meta', 'title') AS title FROM documents;

-- monolayer:down
DROP VIEW public.document_titles;

DROP INDEX IF EXISTS public.documents_author;

DROP TABLE public.documents;
