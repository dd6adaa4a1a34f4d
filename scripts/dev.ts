// `npm run dev`: the portal with demo data and no set-up. Uses $DATABASE_URL when given;
// otherwise serves the embedded PGlite database from .data/pglite (or joins the one another
// `npm run dev` serves). Migrates, loads demo data into an empty database, then runs `next dev`.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { hasAnyData, loadDemoData } from "../prisma/seed/load-demo-data";
import { applyMigrations } from "./db/apply-migrations";
import { developmentAuthSecret } from "./dev-auth-secret";
import { embeddedDataDir, embeddedPort, embeddedUrl, portAnswers, startEmbeddedServer } from "./embedded-db";

async function databaseUrl() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  if (await portAnswers(embeddedPort)) return { url: embeddedUrl(embeddedPort), stop: async () => {} };
  console.log(`Starting the embedded database (data in ${embeddedDataDir})…`);
  return startEmbeddedServer({ dataDir: embeddedDataDir, port: embeddedPort });
}

const database = await databaseUrl();
const applied = await applyMigrations(database.url);
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

if (!(await hasAnyData(database.url))) {
  console.log("The database is empty: loading the Greater Manchester demo data (about 40,000 cases)…");
  const started = Date.now();
  await loadDemoData(database.url, { log: (message) => console.log(`  ${message}`) });
  console.log(`Demo data loaded in ${Math.round((Date.now() - started) / 1000)} s.`);
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// Asynchronous spawn: this process's event loop serves the embedded database.
const next = spawn(process.execPath, [nextBin, "dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: await developmentAuthSecret() },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
