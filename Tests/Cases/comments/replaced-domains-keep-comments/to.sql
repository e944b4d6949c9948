-- code_length's expression changes (dropped and added again); amount's base type changes (dropped and
-- created again): comments and grants come back.
CREATE DOMAIN public.code AS text CONSTRAINT code_length CHECK (length(VALUE) < 10);
COMMENT ON DOMAIN public.code IS 'Short codes';
COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS 'Under 10';
CREATE DOMAIN public.amount AS bigint;
COMMENT ON DOMAIN public.amount IS 'Money';
GRANT USAGE ON DOMAIN public.amount TO monolayer_writer;
