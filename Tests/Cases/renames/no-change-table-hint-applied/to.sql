-- monolayer: renamed from accounts
CREATE TABLE customers (id bigint PRIMARY KEY);
