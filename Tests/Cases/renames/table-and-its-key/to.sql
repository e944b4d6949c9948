-- monolayer: renamed from "Line Items"
CREATE TABLE order_lines (
    id bigint,
    quantity integer NOT NULL,
    note text,
    -- monolayer: renamed from "Line Items_pkey"
    CONSTRAINT order_lines_pkey PRIMARY KEY (id)
);
CREATE INDEX order_lines_note_idx ON order_lines (note);
