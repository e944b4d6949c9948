CREATE TABLE accounts (id bigint NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX accounts_pkey ON accounts USING btree (id);
ALTER TABLE ONLY accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey;
CREATE UNIQUE INDEX accounts_code_idx ON accounts (code);
ALTER TABLE accounts ADD CONSTRAINT accounts_code_key UNIQUE USING INDEX accounts_code_idx DEFERRABLE;
