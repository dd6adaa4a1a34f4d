// `npm run db:seed [-- --reset]`: loads the demo data into $DATABASE_URL, or into the embedded
// database. Leaves a database that already has data alone unless --reset is given.
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { withDatabase } from "@/scripts/embedded-db";
import { hasAnyData, loadDemoData } from "./load-demo-data";

const reset = process.argv.includes("--reset");

await withDatabase(async (url) => {
  const started = performance.now();
  const db = createPrismaClient(url);
  try {
    if (reset) {
      console.log("Resetting: dropping and recreating the public schema.");
      await db.$executeRawUnsafe("DROP SCHEMA public CASCADE");
      await db.$executeRawUnsafe("CREATE SCHEMA public");
    }
    const applied = await applyMigrations(url);
    if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
    if (!reset && (await hasAnyData(db))) {
      console.log("The database already has data; nothing loaded. Run with --reset to replace it with the demo data.");
      return;
    }
    const counts = await loadDemoData(db, { log: (message) => console.log(`  ${message}`) });
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.table(counts);
    console.log(`Loaded ${total} rows of demo data in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.$disconnect();
  }
});
// The pg pool would keep the process alive for a while after the work is done.
process.exit(0);
