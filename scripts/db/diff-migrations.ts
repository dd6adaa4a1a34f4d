// The SQL that would take the database built by the migrations to schema.prisma, computed in a
// throwaway in-memory PGlite shadow database (never a real server: see PLATFORM.md).
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readMigrationsList } from "./migrations-list";
import { pgliteExtensions } from "./pglite-extensions";
import { noFilters, openSchemaEngine, schemaPath } from "./schema-engine";

/**
 * pglite-prisma-adapter 0.7.2 runs a migration script without awaiting it, so a migration that
 * fails in the shadow database is silently half-applied and the diff then reports its objects as
 * missing. This factory's adapters await the script and let its error out. Its own shadow
 * database is made without extensions (and the migrations create pg_trgm): this one's has them.
 */
function awaitingScripts(shadow: PGlite): PrismaPGlite {
  const factory = new PrismaPGlite(shadow);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await shadow.exec(script);
    };
    return adapter;
  };
  factory.connectToShadowDb = async () => awaitingScripts(await PGlite.create("memory://", { extensions: pgliteExtensions })).connect();
  return factory;
}

export async function diffMigrationsToSchema(): Promise<string> {
  const shadow = await PGlite.create("memory://", { extensions: pgliteExtensions });
  const engine = await openSchemaEngine(awaitingScripts(shadow));
  try {
    const migrationsList = await readMigrationsList();
    const from =
      migrationsList.migrationDirectories.length > 0
        ? { tag: "migrations" as const, ...migrationsList }
        : { tag: "empty" as const };
    const result = await engine.diff({
      from,
      to: {
        tag: "schemaDatamodel",
        files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }],
      },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
    await shadow.close();
  }
}

/** True when the diff script contains no statement (the engine prints only comments then). */
export function isEmptyDiff(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
