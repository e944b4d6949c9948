CREATE TABLE "Line Items" (id bigint PRIMARY KEY, quantity integer NOT NULL);
