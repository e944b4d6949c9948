CREATE TABLE jobs (id bigint PRIMARY KEY, attempts integer DEFAULT 3, queue text);
