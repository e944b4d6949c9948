-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.accounts (
  id bigint NOT NULL,
  name text NOT NULL,
  parent_id bigint,
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE VIEW public.account_tree AS
SELECT NULL::bigint AS id,
    NULL::text AS name,
    NULL::bigint AS parent_id,
    NULL::bigint AS children;

CREATE FUNCTION public.account_depth(p bigint) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.account_tree t
   WHERE (t.parent_id = account_depth.p);
END;

CREATE OR REPLACE VIEW public.account_tree AS
SELECT a.id,
    a.name,
    a.parent_id,
    public.account_depth(a.id) AS children
   FROM public.accounts a;

-- monolayer:down
CREATE OR REPLACE VIEW public.account_tree AS
SELECT NULL::bigint AS id,
    NULL::text AS name,
    NULL::bigint AS parent_id,
    NULL::bigint AS children;

DROP FUNCTION public.account_depth(bigint);

DROP VIEW public.account_tree;

DROP TABLE public.accounts;
