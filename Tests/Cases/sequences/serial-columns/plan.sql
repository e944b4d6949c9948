-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SEQUENCE public.events_counter_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

CREATE SEQUENCE public.events_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE SEQUENCE public.events_small_seq AS smallint INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE public.events (
  id bigint DEFAULT nextval('public.events_id_seq'::regclass) NOT NULL,
  small smallint DEFAULT nextval('public.events_small_seq'::regclass) NOT NULL,
  counter integer DEFAULT nextval('public.events_counter_seq'::regclass) NOT NULL,
  note text,
  CONSTRAINT events_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.events_counter_seq OWNED BY public.events.counter;

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;

ALTER SEQUENCE public.events_small_seq OWNED BY public.events.small;

-- monolayer:down
DROP TABLE public.events;

DROP SEQUENCE IF EXISTS public.events_small_seq;

DROP SEQUENCE IF EXISTS public.events_id_seq;

DROP SEQUENCE IF EXISTS public.events_counter_seq;
