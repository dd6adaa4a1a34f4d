// `npm run bench:faults`: proves on a real server that nothing typed during a database outage is
// lost and no acknowledged write is lost. It starts its own PostgreSQL 15 cluster (a temporary
// folder, a free port), migrates it and loads the demo data, builds the portal if the build is
// stale and starts it, signs demo workers in, and has several browsers without JavaScript write
// notes through the "Add a note" form while the cluster is stopped and started again. Then it
// checks the database, prints the figures, cleans everything up, and exits 1 on any loss.
// Options: --clients=8, --warm-up=15 (s of writing before the restart), --outage=5 (s the
// cluster stays down), --after=10 (s of writing once every browser is saved again),
// --build (always build) / --no-build (use .next as it is).
import { randomBytes, randomUUID } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Browser } from "./browser";
import { createCluster } from "./cluster";
import { loadDemoWorld, writersFor } from "./demo-world";
import { failures, printReport } from "./report";
import { restartUnderLoad } from "./restart-under-load";
import { build, serverEnv, staleBuildReason, startServer } from "./server";
import { signIn } from "./sign-in";
import { verifyNotes } from "./verify";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const clients = arg("clients", 8);
const warmUpMs = arg("warm-up", 15) * 1000;
const outageMs = arg("outage", 5) * 1000;
const afterMs = arg("after", 10) * 1000;
// Generous: the verdict must never depend on how busy the machine is, only on what was answered.
const requestTimeoutMs = 180_000;
const recoveryLimitMs = 600_000;


const runId = randomUUID().slice(0, 8);
const serverLogFile = path.join(os.tmpdir(), `gt-faults-server-${runId}.log`);
let interrupted = false;
// Once interrupted, the run's own steps fail as their server and cluster go: say nothing more.
function log(message: string) {
  if (!interrupted) console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const cleanups: (() => Promise<void>)[] = [];
const register = (step: () => Promise<void>) => void cleanups.push(step);
let cleaning: Promise<void> | undefined;
/** Undoes what the run started, last first; the signal handler and the run's end share one go. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error) => console.error(`cleaning up: ${error}`));
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the server and the cluster`);
    interrupted = true;
    void cleanUp()
      .then(() => rm(serverLogFile, { force: true }))
      .finally(() => process.exit(130));
  });
}

async function serverLogCounts(file: string) {
  const text = await readFile(file, "utf8").catch(() => "");
  const lines = (pattern: string) => text.split("\n").filter((line) => line.includes(pattern)).length;
  return { retried: lines("[forms] database unavailable, retrying once"), returned: lines("form returned to the user") };
}

// The keys the demo data is sealed with, shared with the server through serverEnv.
process.env.FIELD_ENCRYPTION_KEYS ??= `faults1:${randomBytes(32).toString("base64")}`;
process.env.FIELD_LOOKUP_KEY ??= randomBytes(32).toString("base64");

let failed = true;
try {
  log("Starting a PostgreSQL 15 cluster in a temporary folder");
  const cluster = await createCluster();
  register(cluster.destroy);
  await cluster.initialise();
  log(`Cluster at ${cluster.url} (${cluster.folder}); migrating and loading the demo data`);
  await loadDemoWorld(cluster.url);
  const writers = await writersFor(cluster.url, clients);

  const env = serverEnv(cluster.url);
  const stale = process.argv.includes("--build") ? "--build" : process.argv.includes("--no-build") ? null : await staleBuildReason();
  if (stale) {
    log(`Building the portal (${stale})`);
    await build(env, register);
  } else log("Using the build in .next (newer than every source it is built from)");
  log("Starting next start");
  const server = await startServer(env, serverLogFile, register);
  log(`Portal at ${server.url}; signing ${clients} browsers in`);
  const browsers = await Promise.all(
    writers.map(async (writer) => {
      const browser = new Browser(server.url, requestTimeoutMs);
      await signIn(browser, writer.email, writer.password);
      return browser;
    }),
  );

  const load = await restartUnderLoad({
    cluster,
    writers: writers.map((writer, client) => ({ browser: browsers[client], caseId: writer.caseId })),
    runId,
    timings: { warmUpMs, outageMs, afterMs, recoveryLimitMs },
    log,
  });

  log("Checking the database");
  const verdict = await verifyNotes(cluster.url, runId, load.acknowledged);
  const facts = { ...load, verdict, serverLog: await serverLogCounts(serverLogFile) };
  printReport(facts);
  const problems = failures(facts);
  failed = problems.length > 0;
  console.log(failed ? `\nFAILED: ${problems.join("; ")} (server log kept: ${serverLogFile})` : "\nPASSED: nothing typed was lost and every acknowledged note is saved once, with its audit row.");
} catch (error) {
  if (!interrupted) console.error(error, `\nServer log kept: ${serverLogFile}`);
} finally {
  await cleanUp();
  if (!failed || interrupted) await rm(serverLogFile, { force: true });
}
process.exit(interrupted ? 130 : failed ? 1 : 0);
