// `npm run db:migration:new -- <name> [--empty]`: writes the migration that takes the existing
// migrations to schema.prisma. With --empty it writes an empty one for hand-written SQL.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, isEmptyDiff } from "./diff-migrations";
import { lockfileContent } from "./migrations-list";
import { migrationsDir } from "./schema-engine";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--"));
const allowEmpty = args.includes("--empty");
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name_in_snake_case> [--empty]");
  process.exit(1);
}

const sql = await diffMigrationsToSchema();
if (isEmptyDiff(sql) && !allowEmpty) {
  console.log("schema.prisma matches the migrations: nothing to create (use --empty for hand-written SQL).");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), isEmptyDiff(sql) ? "-- Hand-written migration\n" : sql);
const lockPath = path.join(migrationsDir, "migration_lock.toml");
if (!existsSync(lockPath)) await writeFile(lockPath, lockfileContent);
console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
process.exit(0);
