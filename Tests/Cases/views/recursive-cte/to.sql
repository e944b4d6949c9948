-- WITH RECURSIVE: the CTE's columns come from its non-recursive branch (or its column list); the recursive
-- branch reads the CTE, which PostgreSQL prints under a new name (tree_1) since the outer query reads it too.
CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories, name text NOT NULL);

CREATE VIEW category_paths AS
    WITH RECURSIVE tree AS (
        SELECT id, parent_id, name, name AS path, 1 AS depth FROM categories WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, c.parent_id, c.name, tree.path || ' / ' || c.name, tree.depth + 1
        FROM categories c JOIN tree ON c.parent_id = tree.id
    )
    SELECT * FROM tree;

CREATE MATERIALIZED VIEW numbers AS
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
        SEARCH DEPTH FIRST BY i SET ordercol
    SELECT i FROM n ORDER BY ordercol;

CREATE RECURSIVE VIEW ancestors (id, ancestor_id) AS
    SELECT id, parent_id FROM categories WHERE parent_id IS NOT NULL
    UNION
    SELECT a.id, c.parent_id FROM ancestors a JOIN categories c ON c.id = a.ancestor_id WHERE c.parent_id IS NOT NULL;
