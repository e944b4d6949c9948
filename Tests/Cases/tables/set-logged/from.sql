CREATE UNLOGGED TABLE imports (id bigint PRIMARY KEY, payload text);
