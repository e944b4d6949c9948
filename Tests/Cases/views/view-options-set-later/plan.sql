-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D011 destructive: Dropped and recreated view (view: 'my_accounts' schema: 'public')
--   D011 destructive: Dropped and recreated materialized view (materialized view: 'balances' schema: 'public')

-- monolayer:up
DROP VIEW public.my_accounts;

CREATE VIEW public.my_accounts WITH (security_invoker=true) AS
SELECT accounts.id, accounts.balance FROM accounts WHERE accounts.owner = current_user;

DROP MATERIALIZED VIEW public.balances;

CREATE MATERIALIZED VIEW public.balances WITH (autovacuum_enabled=false, fillfactor=80) AS
SELECT accounts.owner, sum(accounts.balance) AS total FROM accounts GROUP BY accounts.owner;

-- monolayer:down
DROP MATERIALIZED VIEW public.balances;

CREATE MATERIALIZED VIEW public.balances AS
SELECT accounts.owner, sum(accounts.balance) AS total FROM accounts GROUP BY accounts.owner;

DROP VIEW public.my_accounts;

CREATE VIEW public.my_accounts AS
SELECT accounts.id, accounts.balance FROM accounts WHERE accounts.owner = current_user;
