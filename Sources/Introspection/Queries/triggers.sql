-- Triggers the user created on ordinary and partitioned tables and on views, as pg_get_triggerdef prints
-- them, with when they fire (tgenabled). Internal triggers (foreign keys, deferred uniqueness) belong to
-- their constraints; triggers cloned onto partitions (tgparentid) belong to the parent's, which only
-- records whether the clones, at every level, fire as it does; tables of extensions are not the user's.
SELECT n.nspname AS schema, c.relname AS table_name, t.tgname AS name,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition, t.tgenabled::text AS enabled,
       -- Only a partitioned table's triggers have clones; CASE keeps the search (a scan of pg_trigger per
       -- trigger) off every other table's.
       CASE WHEN c.relkind <> 'p' THEN true ELSE
       NOT EXISTS (WITH RECURSIVE clones AS (
                       SELECT x.oid, x.tgenabled FROM pg_catalog.pg_trigger x WHERE x.tgparentid = t.oid
                       UNION ALL
                       SELECT y.oid, y.tgenabled FROM pg_catalog.pg_trigger y JOIN clones ON y.tgparentid = clones.oid)
                   SELECT 1 FROM clones WHERE clones.tgenabled <> t.tgenabled) END AS partitions_agree
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND c.relkind IN ('r', 'p', 'v')
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
