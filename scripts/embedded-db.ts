// The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) served over the
// PostgreSQL wire protocol on 127.0.0.1, so the app connects to it exactly as to a real server.
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const embeddedDataDir = path.resolve(".data/pglite");
export const embeddedPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

export function embeddedUrl(port: number): string {
  // The socket server ignores the database name and the password.
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** Serves a PGlite database (a folder, or "memory://") on a local port. */
export async function startEmbeddedServer(options: { dataDir: string; port: number }) {
  if (options.dataDir !== "memory://") await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port,
    // Connections are multiplexed onto PGlite's single backend.
    maxConnections: 200,
  });
  await server.start();
  return {
    url: embeddedUrl(options.port),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * Runs `work` against $DATABASE_URL when given; otherwise against the embedded database,
 * joining the one another process already serves, or serving it for the duration.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  if (await portAnswers(embeddedPort)) return work(embeddedUrl(embeddedPort));
  const server = await startEmbeddedServer({ dataDir: embeddedDataDir, port: embeddedPort });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}
