-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE VIEW public.document_titles AS
SELECT id, attributes -> 'title' AS title
    FROM documents
    WHERE attributes ? 'title';

-- monolayer:down
DROP VIEW public.document_titles;
