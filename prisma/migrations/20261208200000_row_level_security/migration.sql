-- Row-level security on every tenant table (defence in depth under the data layer's own
-- organization filters). Organization-scoped work switches, per transaction, to the role below and
-- sets app.organization_id (lib/db/tenant-adapter.ts); policies compare each row's organization with
-- it. The tables' owner (the role migrations and system work run as) is not subject to them.

-- The application role: no login, not the owner of anything, no BYPASSRLS. Roles are cluster-wide,
-- so several databases (and parallel test runs) share it: create it once, tolerate a concurrent create.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'customerhub_app') THEN
    CREATE ROLE customerhub_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- The connecting role may switch to it (a superuser may anyway; an owner role with CREATEROLE grants itself).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'customerhub_app', 'MEMBER') THEN
    EXECUTE format('GRANT customerhub_app TO %I', current_user);
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO customerhub_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO customerhub_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO customerhub_app;
-- Tables later migrations create (as the same owner) are granted too.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO customerhub_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO customerhub_app;

-- The organization the current transaction works for ('' outside organization-scoped work).
CREATE OR REPLACE FUNCTION app_organization_id() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT current_setting('app.organization_id', true) $$;

-- Enables RLS with the tenant policy on a table keyed by its own organization column. Later
-- migrations call it for each new tenant table; the integration test rls.test.ts fails for a table
-- with an organization column and no policy.
CREATE OR REPLACE FUNCTION enable_tenant_rls(target regclass, org_column text DEFAULT 'organization_id') RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (%I = app_organization_id()) WITH CHECK (%I = app_organization_id())',
    target, org_column, org_column);
END $$;

-- Enables RLS on a child table that has no organization column of its own: a row is visible when
-- its parent row is (the parent's own policy applies inside the check).
CREATE OR REPLACE FUNCTION enable_child_tenant_rls(target regclass, fk_column text, parent regclass) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  check_parent text := format('EXISTS (SELECT 1 FROM %s p WHERE p.id = %I)', parent, fk_column);
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', target);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (%s) WITH CHECK (%s)', target, check_parent, check_parent);
END $$;

-- Every table with an organization_id column (the identity tables member and invitation are read
-- across organizations while signing in and choosing one, and are left to the auth layer).
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND c.column_name = 'organization_id' AND tb.table_type = 'BASE TABLE'
  LOOP
    PERFORM enable_tenant_rls(t::regclass);
  END LOOP;
END $$;

SELECT enable_tenant_rls('api_key', 'organizationId');
SELECT enable_child_tenant_rls('bulk_change_row', 'bulk_change_id', 'bulk_change');
SELECT enable_child_tenant_rls('import_file_chunk', 'import_id', 'import');
SELECT enable_child_tenant_rls('import_staged_row', 'import_id', 'import');
SELECT enable_child_tenant_rls('import_row_result', 'import_id', 'import');
SELECT enable_child_tenant_rls('import_row_issue', 'import_id', 'import');

-- Under RLS, PostgreSQL uses an index for a query's condition only when every function in it is
-- LEAKPROOF (else the condition must wait until the policy has filtered the rows, and the trigram,
-- tag and keyset indexes go unused: searches became 5–50× slower in `npm run bench`). These
-- comparisons raise no error that depends on a row's value, so marking them leakproof reveals nothing.
-- Only a superuser may; elsewhere a warning says searches under RLS will be slow until one runs this.
DO $$
DECLARE
  fn text;
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    RAISE WARNING 'row_level_security: not a superuser, operators not marked LEAKPROOF; run this migration''s last block as a superuser for indexed searches under RLS';
    RETURN;
  END IF;
  FOREACH fn IN ARRAY ARRAY[
    -- LIKE / ILIKE (trigram GIN and prefix ranges)
    'textlike(text,text)', 'texticlike(text,text)', 'textnlike(text,text)', 'texticnlike(text,text)',
    'texticlike(citext,text)', 'texticlike(citext,citext)',
    -- regular expressions (the near-miss search's name-key pattern, trigram GIN)
    'textregexeq(text,text)', 'texticregexeq(text,text)',
    -- the search key index's expression left(search_text, 100)
    'left(text,integer)',
    -- pg_trgm similarity operators
    'similarity_op(text,text)', 'word_similarity_op(text,text)', 'word_similarity_commutator_op(text,text)',
    'strict_word_similarity_op(text,text)', 'strict_word_similarity_commutator_op(text,text)',
    -- tags, email and phone keys (GIN on text[])
    'arrayoverlap(anyarray,anyarray)', 'arraycontains(anyarray,anyarray)', 'arraycontained(anyarray,anyarray)',
    -- citext columns (names, emails, codes): equality and keyset order
    'citext_eq(citext,citext)', 'citext_ne(citext,citext)', 'citext_lt(citext,citext)',
    'citext_le(citext,citext)', 'citext_gt(citext,citext)', 'citext_ge(citext,citext)',
    -- enums (status filters) and row comparisons on them
    'enum_eq(anyenum,anyenum)', 'enum_ne(anyenum,anyenum)', 'enum_lt(anyenum,anyenum)',
    'enum_le(anyenum,anyenum)', 'enum_gt(anyenum,anyenum)', 'enum_ge(anyenum,anyenum)'
  ] LOOP
    IF to_regprocedure(fn) IS NOT NULL THEN
      EXECUTE format('ALTER FUNCTION %s LEAKPROOF', to_regprocedure(fn));
    END IF;
  END LOOP;
END $$;
