// The one Prisma client of the running app. Only data-access code (lib/**/queries.ts,
// lib/**/actions.ts and their helpers) imports it.
import "server-only";
import { createPrismaClient, type Db } from "./db/create-client";
import { resolveDatabaseUrl } from "./db/database-url";

const globalForPrisma = globalThis as unknown as { goldenThreadDb?: Db };

// Created on first use, not on import: `next build` loads modules but must not need a database.
// Kept on globalThis in development so hot reloads do not leak connections.
function client(): Db {
  globalForPrisma.goldenThreadDb ??= createPrismaClient(resolveDatabaseUrl());
  return globalForPrisma.goldenThreadDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
