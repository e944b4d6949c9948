-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.flags (
  id bigint NOT NULL,
  active boolean DEFAULT boolean 'yes',
  inactive boolean DEFAULT bool 'f',
  off_switch boolean DEFAULT 'off'::boolean,
  mask bit(8) DEFAULT x'1F',
  nibble bit(4) DEFAULT X'a',
  bits bit varying(16) DEFAULT b'0101',
  CONSTRAINT flags_mask_not_full CHECK (mask <> B'11111111'),
  CONSTRAINT flags_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.flags;
