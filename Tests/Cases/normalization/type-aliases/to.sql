CREATE TABLE t (
    a int, b int4, c integer, d int8, e bigint, f smallint, g int2,
    h varchar, i varchar(20), j character varying(30), k char(3), l character,
    m timestamptz, n timestamp, o timestamp(3) with time zone, p time, q timetz,
    r float, s float4, t real, u float8, v double precision, w decimal(10,2), x numeric,
    y bool, z boolean, aa text[], bb int[][], cc bit(4), dd varbit, ee interval, ff "char", gg json, hh jsonb, ii uuid, jj bytea
);
