-- pg_dump's spelling: each trigger that does not fire by default is followed by the ALTER TABLE that says when it does.
CREATE TABLE public.accounts (
    id bigint NOT NULL,
    balance numeric NOT NULL
);

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

CREATE FUNCTION public.keep() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END; $$;

CREATE TRIGGER accounts_audit AFTER UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.keep();
ALTER TABLE public.accounts DISABLE TRIGGER accounts_audit;

CREATE TRIGGER accounts_replicated BEFORE INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.keep();
ALTER TABLE public.accounts ENABLE ALWAYS TRIGGER accounts_replicated;

CREATE TRIGGER accounts_check BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.keep();
