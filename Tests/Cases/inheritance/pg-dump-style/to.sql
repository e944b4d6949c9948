-- pg_dump writes only the child's own columns; an inherited column's different default separately.
CREATE TABLE public.cities (
    name text NOT NULL,
    population integer DEFAULT 0,
    CONSTRAINT cities_population_check CHECK ((population >= 0))
);
CREATE TABLE public.capitals (
    state character(2) NOT NULL
)
INHERITS (public.cities);
ALTER TABLE ONLY public.capitals ALTER COLUMN population SET DEFAULT 1;
