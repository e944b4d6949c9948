-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.items (
  id bigint NOT NULL,
  kind text,
  payload jsonb,
  CONSTRAINT items_kind_known CHECK (CASE kind WHEN 'x' THEN payload IS NOT NULL END),
  CONSTRAINT items_pkey PRIMARY KEY (id)
);

CREATE VIEW public.item_amounts AS
SELECT id,
       (CASE kind WHEN 'hoge' THEN jsonb_extract_path_text(payload, 'hoge', 'amount') END)::numeric(10,2) AS amount,
       CASE WHEN kind = 'y' THEN 1 ELSE NULL END AS is_y
FROM items;

-- monolayer:down
DROP VIEW public.item_amounts;

DROP TABLE public.items;
