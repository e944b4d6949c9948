-- A cast to the type an expression already has is not stored: `current_setting('x', true)::text`
-- is kept as `current_setting('x'::text, true)`, `md5(x)::text::text` as `md5(x)`, and
-- `ARRAY[current_date::text]::text[]` as `ARRAY[(CURRENT_DATE)::text]`.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    tenant_id bigint,
    name text,
    CONSTRAINT users_name_hash CHECK (md5(name)::text::text <> '')
);
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_tenant ON users
    USING (tenant_id::text = current_setting('app.tenant_id', true)::text)
    WITH CHECK (tenant_id::text = current_setting('app.tenant_id', true)::text);
CREATE TABLE days (
    id bigint PRIMARY KEY,
    labels text[] DEFAULT ARRAY[current_date::text]::text[]
);
