-- PostgreSQL stores a CASE without ELSE with `ELSE NULL` (`ELSE NULL::text` in a view).
CREATE TABLE items (
    id bigint PRIMARY KEY,
    kind text,
    payload jsonb,
    CONSTRAINT items_kind_known CHECK (CASE kind WHEN 'x' THEN payload IS NOT NULL END)
);
CREATE VIEW item_amounts AS
SELECT id,
       (CASE kind WHEN 'hoge' THEN jsonb_extract_path_text(payload, 'hoge', 'amount') END)::numeric(10,2) AS amount,
       CASE WHEN kind = 'y' THEN 1 ELSE NULL END AS is_y
FROM items;
