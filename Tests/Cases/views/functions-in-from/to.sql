-- Functions in FROM: PostgreSQL prints each with its alias and the full list of its columns, worked out
-- from the alias list, the column definition list, OUT or TABLE parameters, or the function's name.
CREATE TABLE posts (id bigint PRIMARY KEY, tags text[] NOT NULL DEFAULT '{}', meta jsonb NOT NULL DEFAULT '{}');

CREATE FUNCTION post_words(p_id bigint) RETURNS TABLE (word text, pos integer)
    LANGUAGE sql STABLE
    AS $$ SELECT w, i::integer FROM posts, unnest(tags) WITH ORDINALITY AS t(w, i) WHERE id = p_id $$;

CREATE VIEW post_tags AS
    SELECT p.id, t.tag, t.n
    FROM posts p, unnest(p.tags) WITH ORDINALITY AS t(tag, n);

CREATE VIEW post_links AS
    SELECT p.id, link.url, link.title, e.key, e.value, a.value AS author
    FROM posts p
    CROSS JOIN LATERAL jsonb_to_recordset(p.meta -> 'links') AS link(url text, title text)
    CROSS JOIN jsonb_each(p.meta) AS e
    LEFT JOIN LATERAL jsonb_array_elements(p.meta -> 'authors') AS a ON true;

CREATE VIEW calendar AS
    SELECT d::date AS day, n
    FROM ROWS FROM (generate_series('2026-01-01'::timestamp, '2026-01-07', '1 day'), generate_series(1, 7)) AS x(d, n);

CREATE VIEW first_words AS
    SELECT p.id, w.word, w.pos FROM posts p, post_words(p.id) w WHERE w.pos = 1;

CREATE VIEW numbered AS SELECT * FROM generate_series(1, 3) WITH ORDINALITY;
