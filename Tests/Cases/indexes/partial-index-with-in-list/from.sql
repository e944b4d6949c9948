CREATE TABLE jobs (id bigint PRIMARY KEY, state varchar(20));
