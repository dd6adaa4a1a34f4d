// `npm test`: the whole suite.
// 1. Vitest: unit tests, and integration tests against a fresh real database (its own set-up).
// 2. Playwright in Chromium: the built portal (`next build`, skipped with E2E_SKIP_BUILD=1 when
//    the caller has just built) on a fresh database loaded with the demo data.
// Databases live on $DATABASE_URL's server when it is set, otherwise on embedded PGlite.
// `npm test -- --e2e [playwright arguments…]` runs only step 2, e.g. one spec file.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { loadDemoData } from "../prisma/seed/load-demo-data";
import { createTestDatabase } from "../tests/support/test-database";


function run(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Asynchronous: this process's event loop may be serving the embedded database.
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve("node_modules", bin), ...args], { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const results: [string, number][] = [];
const onlyEndToEnd = process.argv.includes("--e2e");
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== "--e2e");

if (!onlyEndToEnd) {
  console.log("\n== Unit and integration tests (Vitest) ==");
  results.push(["unit and integration", await run("vitest/vitest.mjs", ["run"])]);
}

console.log("\n== End-to-end tests (Playwright, Chromium) ==");
// What production needs (lib/startup-checks.ts), for `next start`: fresh keys, the address links
// in email point at, mail kept in the outbox for the tests to read, and the demo data allowed.
const port = process.env.E2E_PORT ?? "3100";
process.env.FIELD_ENCRYPTION_KEYS ??= `e2e1:${randomBytes(32).toString("base64")}`;
process.env.FIELD_LOOKUP_KEY ??= randomBytes(32).toString("base64");
const e2eDatabase = await createTestDatabase("golden_thread_e2e");
await loadDemoData(e2eDatabase.url, { log: (message) => console.log(`  ${message}`) });

const env = {
  ...process.env,
  DATABASE_URL: e2eDatabase.url,
  // The portal connects as a login role that is only a member of the app role (row security applies).
  APP_DATABASE_URL: e2eDatabase.appUrl,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  AUTH_TRUST_HOST: "true",
  PORTAL_URL: `http://127.0.0.1:${port}`,
  MAIL_TRANSPORT: "mailbox",
  GOLDEN_THREAD_DEMO_DATA: "allow",
};
const built = process.env.E2E_SKIP_BUILD === "1" ? 0 : await run("next/dist/bin/next", ["build"], env);
results.push(["build", built]);
if (built === 0) results.push(["end-to-end", await run("@playwright/test/cli.js", ["test", ...playwrightArgs], env)]);
await e2eDatabase.drop();

console.log("\n== Summary ==");
for (const [suite, code] of results) console.log(`${code === 0 ? "passed" : "FAILED"}  ${suite}`);
process.exit(results.every(([, code]) => code === 0) ? 0 : 1);
