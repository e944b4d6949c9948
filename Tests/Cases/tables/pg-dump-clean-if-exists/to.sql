--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

DROP POLICY IF EXISTS own_tickets ON app.tickets;
ALTER TABLE IF EXISTS ONLY app.notes DROP CONSTRAINT IF EXISTS notes_ticket_id_fkey;
DROP TRIGGER IF EXISTS tickets_touch ON app.tickets;
DROP INDEX IF EXISTS app.tickets_title_idx;
ALTER TABLE IF EXISTS ONLY app.tickets DROP CONSTRAINT IF EXISTS tickets_pkey;
ALTER TABLE IF EXISTS ONLY app.notes DROP CONSTRAINT IF EXISTS notes_pkey;
ALTER TABLE IF EXISTS app.tickets ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE IF EXISTS app.tickets_id_seq;
DROP VIEW IF EXISTS app.open_tickets;
DROP TABLE IF EXISTS app.tickets;
DROP TABLE IF EXISTS app.notes;
DROP FUNCTION IF EXISTS app.touch();
DROP TYPE IF EXISTS app.status;
DROP SCHEMA IF EXISTS app;
--
-- Name: app; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app;


--
-- Name: status; Type: TYPE; Schema: app; Owner: -
--

CREATE TYPE app.status AS ENUM (
    'open',
    'closed'
);


--
-- Name: touch(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ begin new.title := trim(new.title); return new; end $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: notes; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.notes (
    id bigint NOT NULL,
    ticket_id integer,
    body text
);


--
-- Name: notes_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.notes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.notes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: tickets; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.tickets (
    id integer NOT NULL,
    status app.status DEFAULT 'open'::app.status NOT NULL,
    title text NOT NULL,
    owner_name text
);


--
-- Name: TABLE tickets; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON TABLE app.tickets IS 'support tickets';


--
-- Name: open_tickets; Type: VIEW; Schema: app; Owner: -
--

CREATE VIEW app.open_tickets AS
 SELECT tickets.id,
    tickets.title
   FROM app.tickets
  WHERE (tickets.status = 'open'::app.status);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

CREATE SEQUENCE app.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: -
--

ALTER SEQUENCE app.tickets_id_seq OWNED BY app.tickets.id;


--
-- Name: tickets id; Type: DEFAULT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tickets ALTER COLUMN id SET DEFAULT nextval('app.tickets_id_seq'::regclass);


--
-- Name: notes notes_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: tickets_title_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX tickets_title_idx ON app.tickets USING btree (title);


--
-- Name: tickets tickets_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER tickets_touch BEFORE INSERT OR UPDATE ON app.tickets FOR EACH ROW EXECUTE FUNCTION app.touch();


--
-- Name: notes notes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notes
    ADD CONSTRAINT notes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES app.tickets(id);


--
-- Name: tickets own_tickets; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY own_tickets ON app.tickets USING ((owner_name = CURRENT_USER));


--
-- Name: tickets; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.tickets ENABLE ROW LEVEL SECURITY;

--
-- PostgreSQL database dump complete
--


