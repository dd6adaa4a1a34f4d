// Vitest global set-up: one fresh migrated database for the integration tests of this run.
import type { TestProject } from "vitest/node";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase | undefined;

export async function setup(project: TestProject) {
  database = await createTestDatabase("golden_thread_test");
  project.provide("databaseUrl", database.url);
  project.provide("appDatabaseUrl", database.appUrl);
  project.provide("embeddedDatabase", !process.env.DATABASE_URL);
}

export async function teardown() {
  await database?.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    appDatabaseUrl: string;
    /** PGlite: one backend shared by every connection (some server behaviours cannot be shown on it). */
    embeddedDatabase: boolean;
  }
}
