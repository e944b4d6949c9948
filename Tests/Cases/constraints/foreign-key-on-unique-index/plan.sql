-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.audits (
  amount integer
);

ALTER TABLE public.audits ADD CONSTRAINT audits_amount_positive CHECK (amount > 0) NOT VALID;

CREATE TABLE public.login_sessions (
  id bigint NOT NULL,
  session_id character varying NOT NULL
);

CREATE TABLE public.user_events (
  id bigint NOT NULL,
  session_id character varying
);

CREATE UNIQUE INDEX index_login_sessions_on_session_id ON public.login_sessions USING btree (session_id);

ALTER TABLE public.user_events ADD CONSTRAINT fk_user_events_session FOREIGN KEY (session_id) REFERENCES public.login_sessions (session_id);

-- monolayer:down
ALTER TABLE public.user_events DROP CONSTRAINT fk_user_events_session;

DROP INDEX IF EXISTS public.index_login_sessions_on_session_id;

DROP TABLE public.user_events;

DROP TABLE public.login_sessions;

ALTER TABLE public.audits DROP CONSTRAINT audits_amount_positive;

DROP TABLE public.audits;
