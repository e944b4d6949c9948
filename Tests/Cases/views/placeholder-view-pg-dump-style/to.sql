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

--
-- Name: account_tree; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.account_tree AS
SELECT
    NULL::bigint AS id,
    NULL::text AS name,
    NULL::bigint AS parent_id,
    NULL::bigint AS children;


--
-- Name: account_depth(bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_depth(p bigint) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.account_tree t
   WHERE (t.parent_id = account_depth.p);
END;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    name text NOT NULL,
    parent_id bigint
);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: account_tree _RETURN; Type: RULE; Schema: public; Owner: -
--

CREATE OR REPLACE VIEW public.account_tree AS
 SELECT a.id,
    a.name,
    a.parent_id,
    public.account_depth(a.id) AS children
   FROM public.accounts a;


--
-- PostgreSQL database dump complete
--


