CREATE TABLE accounts (id bigint PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL);
CREATE VIEW my_accounts AS SELECT accounts.id, accounts.balance FROM accounts WHERE accounts.owner = current_user;
ALTER VIEW my_accounts SET (security_invoker = true, security_barrier = true);
ALTER VIEW my_accounts RESET (security_barrier);
CREATE MATERIALIZED VIEW balances WITH (fillfactor = 70, autovacuum_enabled = false) AS
  SELECT accounts.owner, sum(accounts.balance) AS total FROM accounts GROUP BY accounts.owner WITH NO DATA;
ALTER MATERIALIZED VIEW balances SET (fillfactor = 80);
