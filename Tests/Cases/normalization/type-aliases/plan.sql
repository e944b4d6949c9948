-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.t (
  a integer,
  b integer,
  c integer,
  d bigint,
  e bigint,
  f smallint,
  g smallint,
  h character varying,
  i character varying(20),
  j character varying(30),
  k character(3),
  l character(1),
  m timestamp with time zone,
  n timestamp without time zone,
  o timestamp(3) with time zone,
  p time without time zone,
  q time with time zone,
  r double precision,
  s real,
  t real,
  u double precision,
  v double precision,
  w numeric(10,2),
  x numeric,
  y boolean,
  z boolean,
  aa text[],
  bb integer[],
  cc bit(4),
  dd bit varying,
  ee interval,
  ff "char",
  gg json,
  hh jsonb,
  ii uuid,
  jj bytea
);

-- monolayer:down
DROP TABLE public.t;
