// The one Prisma client of the running app. Only data-access code (lib/**/queries.ts,
// lib/**/actions.ts and their helpers) imports it. It connects with APP_DATABASE_URL when given
// (in production: a login role that is a member of golden_thread_app and owns nothing), else
// with DATABASE_URL; either way every transaction takes the app role (lib/db/access-context.ts).
import "server-only";
import { createPrismaClient, type Db } from "./db/create-client";
import { resolveDatabaseUrl } from "./db/database-url";

const globalForPrisma = globalThis as unknown as { goldenThreadDb?: Db };

// Created on first use, not on import: `next build` loads modules but must not need a database.
// Kept on globalThis in development so hot reloads do not leak connections.
function client(): Db {
  globalForPrisma.goldenThreadDb ??= createPrismaClient(process.env.APP_DATABASE_URL || resolveDatabaseUrl());
  return globalForPrisma.goldenThreadDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
