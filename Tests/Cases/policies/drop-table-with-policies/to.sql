-- notes goes away with its policy, security, comments and grants; the down section brings them all back
CREATE TABLE public.kept (id bigint PRIMARY KEY);
