CREATE TABLE codes (
    id integer PRIMARY KEY,
    label varchar(20),
    CONSTRAINT codes_id_text CHECK (id::text <> '7'),
    CONSTRAINT codes_label_check CHECK (label <> '')
);
CREATE INDEX codes_id_text_idx ON codes ((id::text));
