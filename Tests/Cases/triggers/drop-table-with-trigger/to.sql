CREATE TABLE kept (id bigint PRIMARY KEY);
