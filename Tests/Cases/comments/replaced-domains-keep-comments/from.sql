CREATE DOMAIN public.code AS text CONSTRAINT code_length CHECK (length(VALUE) < 8);
COMMENT ON DOMAIN public.code IS 'Short codes';
COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS 'Under 8';
CREATE DOMAIN public.amount AS integer;
COMMENT ON DOMAIN public.amount IS 'Money';
GRANT USAGE ON DOMAIN public.amount TO monolayer_writer;
