// The one Prisma client of the running app. Only data-access code (lib/**/queries.ts,
// lib/**/actions.ts and their helpers) imports it.
import "server-only";
import { createPrismaClient, type Db } from "./db/create-client";
import { resolveDatabaseUrl } from "./db/database-url";

const globalForPrisma = globalThis as unknown as { goldenThreadDb?: Db };

// Reused across hot reloads in development so connections are not leaked.
export const db: Db = globalForPrisma.goldenThreadDb ?? createPrismaClient(resolveDatabaseUrl());
if (process.env.NODE_ENV !== "production") globalForPrisma.goldenThreadDb = db;
