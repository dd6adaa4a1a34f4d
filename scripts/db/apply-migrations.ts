// Applies every unapplied migration in prisma/migrations to the database at `url`
// (same bookkeeping table as `prisma migrate deploy`).
import { migrationAdapter } from "./pg-adapter";
import { readMigrationsList } from "./migrations-list";
import { noFilters, openSchemaEngine } from "./schema-engine";

export async function applyMigrations(url: string): Promise<string[]> {
  const adapter = migrationAdapter(url);
  const engine = await openSchemaEngine(adapter.factory);
  try {
    const migrationsList = await readMigrationsList();
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
    await adapter.close();
  }
}
