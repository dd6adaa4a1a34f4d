// What a production server must be given before it starts (pure, so it can be tested). In
// development `npm run dev` provides the embedded database and a generated AUTH_SECRET.
import { MissingDatabaseUrlError, resolveDatabaseUrl } from "@/lib/db/database-url";

export function problemsStartingInProduction(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  try {
    resolveDatabaseUrl(env);
  } catch (error) {
    if (!(error instanceof MissingDatabaseUrlError)) throw error;
    problems.push(error.message);
  }
  if (env.NODE_ENV === "production" && (env.AUTH_SECRET ?? "").length < 32) {
    problems.push(
      "AUTH_SECRET is not set (or is shorter than 32 characters). It signs session cookies: set a long random value, " +
        "e.g. AUTH_SECRET=$(openssl rand -base64 32), and keep it secret.",
    );
  }
  return problems;
}
