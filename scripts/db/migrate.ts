// `npm run db:migrate`: apply pending migrations to $DATABASE_URL, or to the embedded database.
import { withDatabase } from "../embedded-db";
import { applyMigrations } from "./apply-migrations";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.",
  );
});
process.exit(0);
