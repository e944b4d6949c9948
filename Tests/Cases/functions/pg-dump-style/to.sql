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

CREATE SCHEMA app;

ALTER SCHEMA app OWNER TO postgres;

CREATE TYPE app.mood AS ENUM (
    'sad',
    'happy'
);

ALTER TYPE app.mood OWNER TO postgres;

CREATE FUNCTION app.cheer(m app.mood DEFAULT 'happy'::app.mood) RETURNS app.mood
    LANGUAGE sql STABLE
    AS $$ select m $$;

ALTER FUNCTION app.cheer(m app.mood) OWNER TO postgres;

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

ALTER FUNCTION app.touch() OWNER TO postgres;

CREATE FUNCTION public.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ select a + b $$;

ALTER FUNCTION public.add(a integer, b integer) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE public.t (
    id integer NOT NULL,
    name text,
    mood app.mood,
    updated_at timestamp with time zone
);

ALTER TABLE public.t OWNER TO postgres;

CREATE FUNCTION public.count_t(x integer) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.t
   WHERE (t.id > count_t.x);
END;

ALTER FUNCTION public.count_t(x integer) OWNER TO postgres;

CREATE PROCEDURE public.p(IN x integer)
    LANGUAGE sql
    AS $$ insert into public.t (id) values (x) $$;

ALTER PROCEDURE public.p(IN x integer) OWNER TO postgres;

CREATE FUNCTION public.sq(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (x * x);

ALTER FUNCTION public.sq(x integer) OWNER TO postgres;

CREATE FUNCTION public.tab(n integer) RETURNS TABLE(a integer, b text)
    LANGUAGE sql SECURITY DEFINER COST 5 ROWS 10
    SET search_path TO 'public'
    AS $$select 1, 'x'$$;

ALTER FUNCTION public.tab(n integer) OWNER TO postgres;

CREATE FUNCTION public.vari(VARIADIC xs integer[]) RETURNS integer
    LANGUAGE sql LEAKPROOF
    AS $$select 1$$;

ALTER FUNCTION public.vari(VARIADIC xs integer[]) OWNER TO postgres;

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);

CREATE CONSTRAINT TRIGGER t_c AFTER INSERT ON public.t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.touch();

CREATE TRIGGER t_stmt AFTER INSERT OR DELETE ON public.t FOR EACH STATEMENT EXECUTE FUNCTION app.touch('a', 'b');

CREATE TRIGGER t_touch BEFORE UPDATE OF name, id ON public.t FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION app.touch();

