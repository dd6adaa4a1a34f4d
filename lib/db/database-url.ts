// Which PostgreSQL the app talks to: $DATABASE_URL when given; in development the embedded
// database that `npm run dev` serves; in production nothing else, so a missing URL is an error.
export const defaultEmbeddedPort = 54329;

/** The embedded database served on a local port (the socket server ignores the name and password). */
export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

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
  return embeddedUrl(Number(env.EMBEDDED_DB_PORT ?? defaultEmbeddedPort));
}
