-- DEFERRABLE and INITIALLY DEFERRED after a column constraint belong to that constraint.
CREATE TABLE images (id integer PRIMARY KEY);
CREATE TABLE image_bindings (
    image_id integer REFERENCES images (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    position integer NOT NULL UNIQUE INITIALLY DEFERRED,
    slot integer UNIQUE NOT DEFERRABLE
);
