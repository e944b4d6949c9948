-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA app;

CREATE TYPE app.mood AS ENUM ('sad', 'happy');

CREATE TABLE public.t (
  id integer NOT NULL,
  name text,
  mood app.mood,
  updated_at timestamp with time zone,
  CONSTRAINT t_pkey PRIMARY KEY (id)
);

SET LOCAL check_function_bodies = off;
CREATE FUNCTION app.cheer(m app.mood DEFAULT 'happy'::app.mood) RETURNS app.mood
    LANGUAGE sql STABLE
    AS $$ select m $$;

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ select a + b $$;

CREATE FUNCTION public.count_t(x integer) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.t
   WHERE (t.id > count_t.x);
END;

SET LOCAL check_function_bodies = off;
CREATE PROCEDURE public.p(IN x integer)
    LANGUAGE sql
    AS $$ insert into public.t (id) values (x) $$;

CREATE FUNCTION public.sq(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (x * x);

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.tab(n integer) RETURNS TABLE(a integer, b text)
    LANGUAGE sql SECURITY DEFINER COST 5 ROWS 10
    SET search_path TO 'public'
    AS $$select 1, 'x'$$;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.vari(VARIADIC xs integer[]) RETURNS integer
    LANGUAGE sql LEAKPROOF
    AS $$select 1$$;

CREATE CONSTRAINT TRIGGER t_c AFTER INSERT ON public.t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.touch();

CREATE TRIGGER t_stmt AFTER INSERT OR DELETE ON public.t FOR EACH STATEMENT EXECUTE FUNCTION app.touch('a', 'b');

CREATE TRIGGER t_touch BEFORE UPDATE OF name, id ON public.t FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION app.touch();

-- monolayer:down
DROP TRIGGER t_touch ON public.t;

DROP TRIGGER t_stmt ON public.t;

DROP TRIGGER t_c ON public.t;

DROP FUNCTION public.vari(integer[]);

DROP FUNCTION public.tab(integer);

DROP FUNCTION public.sq(integer);

DROP PROCEDURE public.p(integer);

DROP FUNCTION public.count_t(integer);

DROP FUNCTION public.add(integer, integer);

DROP FUNCTION app.touch();

DROP FUNCTION app.cheer(app.mood);

DROP TABLE public.t;

DROP TYPE app.mood;

DROP SCHEMA app;
