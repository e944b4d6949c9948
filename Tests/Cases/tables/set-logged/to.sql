CREATE TABLE imports (id bigint PRIMARY KEY, payload text);
