SET search_path = '';
CREATE TABLE public.actor (
    actor_id integer NOT NULL,
    name text NOT NULL
);
ALTER TABLE public.actor OWNER TO postgres;
CREATE SEQUENCE public.actor_actor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.actor_actor_id_seq OWNER TO postgres;
ALTER SEQUENCE public.actor_actor_id_seq OWNED BY public.actor.actor_id;
ALTER TABLE ONLY public.actor ALTER COLUMN actor_id SET DEFAULT nextval('public.actor_actor_id_seq'::regclass);
ALTER TABLE ONLY public.actor
    ADD CONSTRAINT actor_pkey PRIMARY KEY (actor_id);
