-- PostgreSQL prints a call to a variadic function with its trailing arguments packed:
-- `jsonb_extract_path_text(doc, VARIADIC ARRAY['a'::text, 'b'::text])`.
CREATE TABLE documents (
    id bigint PRIMARY KEY,
    doc jsonb NOT NULL,
    CONSTRAINT doc_has_kind CHECK (jsonb_extract_path_text(doc, 'kind') IS NOT NULL)
);
CREATE UNIQUE INDEX documents_author ON documents (jsonb_extract_path_text(doc, 'author', 'name'));
CREATE VIEW document_titles AS
SELECT id, jsonb_extract_path_text(doc, 'meta', 'title') AS title FROM documents;
