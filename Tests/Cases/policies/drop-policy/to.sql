CREATE TABLE public.documents (id bigint PRIMARY KEY, owner_name text NOT NULL);
