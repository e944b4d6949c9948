-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D002 destructive: Dropped table (table: 'old_logs' schema: 'public')

-- monolayer:up
DROP TABLE public.old_logs;

-- monolayer:down
CREATE TABLE public.old_logs (
  id bigint NOT NULL,
  message text,
  CONSTRAINT old_logs_pkey PRIMARY KEY (id)
);
CREATE INDEX old_logs_message_idx ON public.old_logs USING btree (message);
