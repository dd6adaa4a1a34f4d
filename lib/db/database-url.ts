// Which PostgreSQL the app talks to: $DATABASE_URL when given; in development the embedded
// database that `npm run dev` serves; in production nothing else, so a missing URL is an error.
export const embeddedDevelopmentUrl =
  "postgresql://postgres:postgres@127.0.0.1:54329/postgres?sslmode=disable";

export class MissingDatabaseUrlError extends Error {
  constructor() {
    super(
      "DATABASE_URL is not set. In production Golden Thread needs a PostgreSQL connection string, " +
        "e.g. DATABASE_URL=postgresql://user:password@host:5432/golden_thread. " +
        "(The embedded database is for development only: run `npm run dev`.)",
    );
    this.name = "MissingDatabaseUrlError";
  }
}

export function resolveDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (env.NODE_ENV === "production") throw new MissingDatabaseUrlError();
  return env.EMBEDDED_DB_PORT
    ? embeddedDevelopmentUrl.replace("54329", env.EMBEDDED_DB_PORT)
    : embeddedDevelopmentUrl;
}
