-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D002 destructive: Dropped table (table: 'a' schema: 'public')
--   D002 destructive: Dropped table (table: 'b' schema: 'public')

-- monolayer:up
ALTER TABLE public.a DROP CONSTRAINT a_b_id_fkey;

ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;

DROP TABLE public.a;

DROP TABLE public.b;

-- monolayer:down
CREATE TABLE public.b (
  id bigint NOT NULL,
  a_id bigint,
  CONSTRAINT b_pkey PRIMARY KEY (id)
);

CREATE TABLE public.a (
  id bigint NOT NULL,
  b_id bigint,
  CONSTRAINT a_pkey PRIMARY KEY (id)
);

ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id);

ALTER TABLE public.a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES public.b (id);
