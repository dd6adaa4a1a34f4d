// Refuse to start in production without DATABASE_URL, with a message that says what to do.
import { MissingDatabaseUrlError, resolveDatabaseUrl } from "@/lib/db/database-url";

try {
  resolveDatabaseUrl();
} catch (error) {
  if (!(error instanceof MissingDatabaseUrlError)) throw error;
  console.error(`\nGolden Thread cannot start: ${error.message}\n`);
  process.exit(1);
}
