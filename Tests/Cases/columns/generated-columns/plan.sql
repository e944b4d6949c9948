-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.order_lines (
  id bigint NOT NULL,
  price numeric(10,2) NOT NULL,
  quantity integer NOT NULL,
  email text,
  total numeric GENERATED ALWAYS AS (price * quantity) STORED,
  email_key text GENERATED ALWAYS AS (lower(email)) STORED NOT NULL,
  CONSTRAINT order_lines_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.order_lines;
