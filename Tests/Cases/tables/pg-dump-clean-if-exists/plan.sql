-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA app;

CREATE TYPE app.status AS ENUM ('open', 'closed');

CREATE SEQUENCE app.tickets_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE app.tickets (
  id integer DEFAULT nextval('app.tickets_id_seq'::regclass) NOT NULL,
  status app.status DEFAULT 'open'::app.status NOT NULL,
  title text NOT NULL,
  owner_name text,
  CONSTRAINT tickets_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE app.tickets_id_seq OWNED BY app.tickets.id;

CREATE TABLE app.notes (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  ticket_id integer,
  body text,
  CONSTRAINT notes_pkey PRIMARY KEY (id),
  CONSTRAINT notes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES app.tickets (id)
);

CREATE INDEX tickets_title_idx ON app.tickets USING btree (title);

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ begin new.title := trim(new.title); return new; end $$;

CREATE TRIGGER tickets_touch BEFORE INSERT OR UPDATE ON app.tickets FOR EACH ROW EXECUTE FUNCTION app.touch();

CREATE VIEW app.open_tickets AS
SELECT tickets.id,
    tickets.title
   FROM app.tickets
  WHERE (tickets.status = 'open'::app.status);

-- monolayer:down
DROP VIEW app.open_tickets;

DROP TRIGGER tickets_touch ON app.tickets;

DROP FUNCTION app.touch();

DROP INDEX IF EXISTS app.tickets_title_idx;

DROP TABLE app.notes;

DROP TABLE app.tickets;

DROP SEQUENCE IF EXISTS app.tickets_id_seq;

DROP TYPE app.status;

DROP SCHEMA app;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE POLICY own_tickets ON app.tickets AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner_name = CURRENT_USER));

ALTER TABLE app.tickets ENABLE ROW LEVEL SECURITY;

COMMENT ON TABLE app.tickets IS 'support tickets';

-- monolayer:down
ALTER TABLE app.tickets DISABLE ROW LEVEL SECURITY;

DROP POLICY own_tickets ON app.tickets;
