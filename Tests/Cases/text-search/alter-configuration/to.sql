-- A mapping added, one changed, one dropped: all in place.
CREATE TEXT SEARCH CONFIGURATION bare (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION bare ADD MAPPING FOR asciiword, word WITH english_stem, simple;
ALTER TEXT SEARCH CONFIGURATION bare ADD MAPPING FOR email WITH simple;
