CREATE TABLE accounts (id bigint PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL);
CREATE VIEW my_accounts AS SELECT accounts.id, accounts.balance FROM accounts WHERE accounts.owner = current_user;
CREATE MATERIALIZED VIEW balances AS SELECT accounts.owner, sum(accounts.balance) AS total FROM accounts GROUP BY accounts.owner;
