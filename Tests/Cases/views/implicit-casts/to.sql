-- PostgreSQL prints the casts it adds to fit arguments and operands (`sale_date::timestamp with time zone`,
-- `quantity::numeric`); where the model knows the column's type, from a table or from a view that passes a
-- table's column through, both sides drop them.
CREATE TABLE sales (id integer PRIMARY KEY, amount numeric(10,2), quantity integer, sale_date date);

CREATE VIEW daily_sales AS
    SELECT sale_date, sum(amount) AS total, sum(quantity) AS items FROM sales GROUP BY sale_date;

CREATE MATERIALIZED VIEW monthly_sales AS
    SELECT date_trunc('month', sale_date) AS month, sum(total) AS total
    FROM daily_sales GROUP BY date_trunc('month', sale_date);

CREATE VIEW big_sales AS
    SELECT id, amount / quantity AS unit_price FROM sales WHERE amount > quantity AND sale_date > '2026-01-01';
