// `npm run db:status`: compares the migrations folder with the database's migration history.
import { withDatabase } from "../embedded-db";
import { migrationAdapter } from "./pg-adapter";
import { readMigrationsList } from "./migrations-list";
import { noFilters, openSchemaEngine } from "./schema-engine";

await withDatabase(async (url) => {
  const adapter = migrationAdapter(url);
  const engine = await openSchemaEngine(adapter.factory);
  const result = await engine.diagnoseMigrationHistory({
    migrationsList: await readMigrationsList(),
    optInToShadowDatabase: false,
    filters: noFilters,
  });
  console.log(JSON.stringify(result, null, 2));
  engine.free();
  await adapter.close();
});
process.exit(0);
