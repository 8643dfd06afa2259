// The PostgreSQL extensions the migrations create, as PGlite bundles them: every embedded database (the
// app's, and the tests' own in-memory ones) loads the same set.
import { citext } from "@electric-sql/pglite/contrib/citext";
import { intarray } from "@electric-sql/pglite/contrib/intarray";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

export const pgliteExtensions = { citext, intarray, pg_trgm, unaccent };
