// Runs once when the server starts: in production, refuse to start without DATABASE_URL.
import { MissingDatabaseUrlError, resolveDatabaseUrl } from "@/lib/db/database-url";

export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    resolveDatabaseUrl();
  } catch (error) {
    if (error instanceof MissingDatabaseUrlError) {
      console.error(`\nGolden Thread cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
