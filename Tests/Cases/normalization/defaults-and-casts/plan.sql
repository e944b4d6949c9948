-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TYPE public.level AS ENUM ('low', 'high');

CREATE TABLE public.settings (
  id bigint NOT NULL,
  name text DEFAULT 'x'::text,
  short_name character varying(10) DEFAULT 'y',
  lvl public.level DEFAULT 'low'::level,
  ratio numeric(5,2) DEFAULT 0,
  weight double precision DEFAULT 1.5,
  negative integer DEFAULT -1,
  big bigint DEFAULT 42,
  flag boolean DEFAULT false,
  tags text[] DEFAULT '{}'::text[],
  starts date DEFAULT '2020-01-01',
  created timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
  updated timestamp without time zone DEFAULT LOCALTIMESTAMP,
  day date DEFAULT CURRENT_DATE,
  who text DEFAULT CURRENT_USER,
  span interval DEFAULT '1 day',
  computed integer DEFAULT (1 + 2) * 3,
  nothing text,
  CONSTRAINT settings_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.settings;

DROP TYPE public.level;
