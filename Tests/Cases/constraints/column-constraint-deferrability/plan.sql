-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.image_bindings (
  image_id integer,
  "position" integer NOT NULL,
  slot integer,
  CONSTRAINT image_bindings_image_id_fkey FOREIGN KEY (image_id) REFERENCES public.images (id) ON DELETE CASCADE DEFERRABLE,
  CONSTRAINT image_bindings_position_key UNIQUE ("position") DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT image_bindings_slot_key UNIQUE (slot)
);

-- monolayer:down
DROP TABLE public.image_bindings;
