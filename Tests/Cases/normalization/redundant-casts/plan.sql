-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.days (
  id bigint NOT NULL,
  labels text[] DEFAULT ARRAY[current_date::text]::text[],
  CONSTRAINT days_pkey PRIMARY KEY (id)
);

CREATE TABLE public.users (
  id bigint NOT NULL,
  tenant_id bigint,
  name text,
  CONSTRAINT users_name_hash CHECK (md5(name)::text::text <> ''),
  CONSTRAINT users_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.users;

DROP TABLE public.days;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE POLICY users_tenant ON public.users AS PERMISSIVE FOR ALL TO PUBLIC USING (tenant_id::text = current_setting('app.tenant_id', true)::text) WITH CHECK (tenant_id::text = current_setting('app.tenant_id', true)::text);

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;

-- monolayer:down
ALTER TABLE public.users DISABLE ROW LEVEL SECURITY;

DROP POLICY users_tenant ON public.users;
