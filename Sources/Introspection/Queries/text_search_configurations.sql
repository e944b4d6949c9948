-- Text search configurations with their mappings: one row per token type (its alias from the parser's
-- ts_token_type) with the dictionaries in order, or one row with a null token for a configuration
-- without mappings.
SELECT n.nspname AS schema, c.cfgname AS name, pn.nspname AS parser_schema, p.prsname AS parser, t.alias AS token,
       array_agg(dn.nspname::text ORDER BY m.mapseqno) AS dictionary_schemas,
       array_agg(d.dictname::text ORDER BY m.mapseqno) AS dictionaries
FROM pg_catalog.pg_ts_config c
JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
LEFT JOIN pg_catalog.pg_ts_config_map m ON m.mapcfg = c.oid
LEFT JOIN pg_catalog.pg_ts_dict d ON d.oid = m.mapdict
LEFT JOIN pg_catalog.pg_namespace dn ON dn.oid = d.dictnamespace
LEFT JOIN LATERAL pg_catalog.ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype
WHERE n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
                  WHERE dep.classid = 'pg_catalog.pg_ts_config'::regclass AND dep.objid = c.oid AND dep.deptype = 'e')
GROUP BY n.nspname, c.cfgname, pn.nspname, p.prsname, t.alias
ORDER BY 1, 2, 5
