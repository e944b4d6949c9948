CREATE TABLE users (id bigint PRIMARY KEY, email text, CONSTRAINT users_email_key UNIQUE NULLS NOT DISTINCT (email));
