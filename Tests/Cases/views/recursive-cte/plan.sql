-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE VIEW public.ancestors (id, ancestor_id) AS
WITH RECURSIVE ancestors(id, ancestor_id) AS (
SELECT id, parent_id FROM categories WHERE parent_id IS NOT NULL
    UNION
    SELECT a.id, c.parent_id FROM ancestors a JOIN categories c ON c.id = a.ancestor_id WHERE c.parent_id IS NOT NULL
)
SELECT id, ancestor_id FROM ancestors;

CREATE VIEW public.category_paths AS
WITH RECURSIVE tree AS (
        SELECT id, parent_id, name, name AS path, 1 AS depth FROM categories WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, c.parent_id, c.name, tree.path || ' / ' || c.name, tree.depth + 1
        FROM categories c JOIN tree ON c.parent_id = tree.id
    )
    SELECT * FROM tree;

CREATE MATERIALIZED VIEW public.numbers AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
        SEARCH DEPTH FIRST BY i SET ordercol
    SELECT i FROM n ORDER BY ordercol;

-- monolayer:down
DROP MATERIALIZED VIEW public.numbers;

DROP VIEW public.category_paths;

DROP VIEW public.ancestors;
