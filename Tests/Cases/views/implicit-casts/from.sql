CREATE TABLE sales (id integer PRIMARY KEY, amount numeric(10,2), quantity integer, sale_date date);
