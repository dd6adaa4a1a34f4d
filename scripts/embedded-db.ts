// The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) served over the
// PostgreSQL wire protocol on 127.0.0.1, so the app connects to it exactly as to a real server.
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { defaultEmbeddedPort, embeddedUrl } from "@/lib/db/database-url";
import { pgliteExtensions } from "./db/pglite-extensions";

export const embeddedDataDir = path.resolve(".data/pglite");
export const embeddedPort = Number(process.env.EMBEDDED_DB_PORT ?? defaultEmbeddedPort);
export { embeddedUrl };

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

// PGlite has one backend session for every connection, and pglite-socket queues each protocol
// message on its own: two connections' extended-protocol queries (Parse, Bind, Execute, Sync)
// can interleave and overwrite each other's unnamed statement ("bind message supplies 4
// parameters, but prepared statement requires 5"). pglite-socket already keeps one connection's
// messages together while a transaction is open; reporting "in a transaction" from a message
// until its Sync makes it keep each extended-protocol sequence together too.
const sequenceEnds = new Set([0x53 /* Sync */, 0x51 /* simple Query */, 0x58 /* Terminate */]);

function withAtomicSequences(db: PGlite): PGlite {
  let midSequence = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === "isInTransaction") return () => midSequence || target.isInTransaction();
      if (property === "execProtocolRawStream") {
        return (message: Uint8Array, options: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          midSequence = message.length > 0 && !sequenceEnds.has(message[0]);
          return target.execProtocolRawStream(message, options);
        };
      }
      if (property === "exec") {
        // pglite-socket rolls back with exec() when a client disconnects mid-transaction.
        return (...args: Parameters<PGlite["exec"]>) => {
          midSequence = false;
          return target.exec(...args);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

// The databases this process serves, by URL: a loader here can write to one in-process (COPY
// from memory) instead of through the socket.
const hosted = new Map<string, PGlite>();

export function hostedEmbeddedDatabase(url: string): PGlite | undefined {
  return hosted.get(url);
}

/** Serves a PGlite database (a folder, or "memory://") on a local port. */
export async function startEmbeddedServer(options: { dataDir: string; port: number }) {
  if (options.dataDir !== "memory://") await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir, { extensions: pgliteExtensions });
  const server = new PGLiteSocketServer({
    db: withAtomicSequences(db),
    host: "127.0.0.1",
    port: options.port,
    // Connections are multiplexed onto PGlite's single backend.
    maxConnections: 200,
  });
  await server.start();
  hosted.set(embeddedUrl(options.port), db);
  return {
    url: embeddedUrl(options.port),
    async stop() {
      hosted.delete(embeddedUrl(options.port));
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
