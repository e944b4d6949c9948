-- No NOT NULL columns here: PostgreSQL 18 copies NOT NULL constraints with the source's names, which
-- monolayer does not model (see TableFormsTests for NOT NULL and identity copies).
CREATE TABLE orders (
  id bigint UNIQUE,
  code text DEFAULT 'new' CHECK (code <> ''),
  quantity integer DEFAULT 1 CONSTRAINT quantity_positive CHECK (quantity > 0),
  doubled integer GENERATED ALWAYS AS (quantity * 2) STORED,
  note text,
  parent_id bigint REFERENCES orders (id)
);
ALTER TABLE orders ALTER COLUMN note SET STORAGE EXTERNAL;
ALTER TABLE orders ADD CONSTRAINT orders_code_quantity_excl EXCLUDE USING btree (code WITH =, quantity WITH =);
CREATE INDEX ON orders (lower(code));
CREATE INDEX orders_big_quantities ON orders (quantity) WHERE quantity > 100;
COMMENT ON COLUMN orders.code IS 'the order code';
COMMENT ON CONSTRAINT quantity_positive ON orders IS 'no empty orders';
COMMENT ON INDEX orders_big_quantities IS 'for the bulk report';

-- A copy with everything PostgreSQL copies, and one with columns and defaults only.
CREATE TABLE orders_archive (LIKE orders INCLUDING ALL, archived_at timestamp with time zone DEFAULT now());
CREATE TABLE order_drafts (LIKE orders INCLUDING DEFAULTS EXCLUDING CONSTRAINTS);
