-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D011 destructive: Dropped and recreated view (view: 'big_paid_count' schema: 'public')
--   D011 destructive: Dropped and recreated view (view: 'big_paid' schema: 'public')
--   D011 destructive: Dropped and recreated view (view: 'paid' schema: 'public')

-- monolayer:up
DROP VIEW public.big_paid_count;

DROP VIEW public.big_paid;

DROP VIEW public.paid;

CREATE VIEW public.paid AS
SELECT id, total::bigint AS total FROM orders WHERE status = 'paid';

CREATE VIEW public.big_paid AS
SELECT id, total FROM paid WHERE total > 200;

CREATE VIEW public.big_paid_count AS
SELECT count(*) AS n FROM big_paid;

-- monolayer:down
DROP VIEW public.big_paid_count;

DROP VIEW public.big_paid;

DROP VIEW public.paid;

CREATE VIEW public.paid AS
SELECT id, total FROM orders WHERE status = 'paid';

CREATE VIEW public.big_paid AS
SELECT id FROM paid WHERE total > 100;

CREATE VIEW public.big_paid_count AS
SELECT count(*) AS n FROM big_paid;
