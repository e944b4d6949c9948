CREATE TABLE jobs (id bigint PRIMARY KEY, attempts integer DEFAULT 0, queue text DEFAULT 'default');
