// The PostgreSQL extensions the migrations create (pg_trgm for person search), loaded into
// every PGlite database: PGlite ships contrib extensions but loads only those it is given.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const pgliteExtensions = { pg_trgm };
