-- The catalog prints an extension's operator qualified (`OPERATOR(public.->)`), the user writes it bare.
CREATE EXTENSION hstore;
CREATE TABLE documents (id integer PRIMARY KEY, attributes hstore);
CREATE VIEW document_titles AS
    SELECT id, attributes -> 'title' AS title
    FROM documents
    WHERE attributes ? 'title';
