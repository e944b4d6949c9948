-- Aggregates (pg_proc.prokind 'a') with their pg_aggregate row. PostgreSQL has no function that prints
-- an aggregate's definition, so the fields are read one by one: functions as [schema, name], types as
-- format_type prints them. Members of extensions are the extension's.
SELECT n.nspname AS schema, p.proname AS name, a.aggkind AS kind, a.aggnumdirectargs AS direct_count,
       ARRAY(SELECT pg_catalog.format_type(u.t, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY AS u(t, o) ORDER BY u.o) AS argument_types,
       p.proargnames AS argument_names, p.proargmodes::text[] AS argument_modes,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc f
        JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggtransfn::oid) AS sfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc f
        JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggfinalfn::oid) AS finalfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc f
        JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggcombinefn::oid) AS combinefunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc f
        JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggserialfn::oid) AS serialfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc f
        JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggdeserialfn::oid) AS deserialfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc f
        JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggmtransfn::oid) AS msfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc f
        JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggminvtransfn::oid) AS minvfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc f
        JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggmfinalfn::oid) AS mfinalfunc,
       pg_catalog.format_type(a.aggtranstype, NULL) AS stype, a.aggtransspace AS sspace,
       a.aggfinalextra AS finalfunc_extra, a.aggfinalmodify AS finalfunc_modify, a.agginitval AS initcond,
       CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END AS mstype,
       a.aggmtransspace AS msspace, a.aggmfinalextra AS mfinalfunc_extra, a.aggmfinalmodify AS mfinalfunc_modify,
       a.aggminitval AS minitcond,
       (SELECT ARRAY[opn.nspname::text, op.oprname::text] FROM pg_catalog.pg_operator op
        JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace WHERE op.oid = a.aggsortop) AS sortop,
       p.proparallel AS parallel
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind = 'a'
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY 1, 2, p.oid
