-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE COLLATION public.c_builtin (provider = builtin, locale = 'C');

CREATE COLLATION public.utf8_builtin (provider = builtin, locale = 'C.UTF-8');

-- monolayer:down
DROP COLLATION public.utf8_builtin;

DROP COLLATION public.c_builtin;
