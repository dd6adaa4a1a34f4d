// A throw-away PostgreSQL 15 cluster in a temporary folder, on a free port of 127.0.0.1 with
// trust authentication, so the fault test never touches any other database. PostgreSQL refuses
// to run as root: as root the cluster belongs to the `postgres` user (commands run through
// `runuser -u postgres --`); as anyone else it belongs to that user.
import { execFile } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../../scripts/embedded-db";

const run = promisify(execFile);
const binDir = process.env.PG_BIN_DIR ?? "/usr/lib/postgresql/15/bin";
const owner = "postgres";
const isRoot = process.getuid?.() === 0;

export type Cluster = {
  url: string;
  folder: string;
  logFile: string;
  /** initdb, then start. */
  initialise: () => Promise<void>;
  /** Fast shutdown (clients are disconnected, open transactions rolled back); resolves when down. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops the server if it runs and removes the folder; safe to call more than once. */
  destroy: () => Promise<void>;
};

/** Runs one of PostgreSQL's programs as the cluster's owner. */
async function pg(program: string, args: string[]): Promise<string> {
  const binary = path.join(binDir, program);
  const [command, argv] = isRoot ? ["runuser", ["-u", owner, "--", binary, ...args]] : [binary, args];
  const { stdout } = await run(command, argv, { timeout: 180_000 });
  return stdout;
}

async function ownedByClusterUser(folder: string) {
  if (!isRoot) return;
  const uid = Number((await run("id", ["-u", owner])).stdout);
  const gid = Number((await run("id", ["-g", owner])).stdout);
  await chown(folder, uid, gid);
}

/** The cluster's folder and port, made but not yet initialised: register `destroy` first. */
export async function createCluster(): Promise<Cluster> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "gt-faults-"));
  await ownedByClusterUser(folder);
  const dataDir = path.join(folder, "data");
  const logFile = path.join(folder, "postgres.log");
  const port = await freePort();
  // The socket lives in the temporary folder, not the system's /var/run/postgresql.
  const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  // Start and stop never overlap destroy: an interrupted run must not start a server in a
  // folder being removed, nor remove one a starting server is writing to.
  let destroyed = false;
  let pending: Promise<unknown> = Promise.resolve();
  const step = (args: string[]) => {
    if (destroyed) return Promise.reject(new Error("the cluster has been removed"));
    pending = pg("pg_ctl", args);
    return pending.then(() => undefined);
  };
  const cluster: Cluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    folder,
    logFile,
    async initialise() {
      if (destroyed) throw new Error("the cluster has been removed");
      pending = pg("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
      await pending;
      await cluster.start();
    },
    start: () => step(["start", "-D", dataDir, "-l", logFile, "-w", "-t", "180", "-o", serverOptions]),
    stop: () => step(["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "180"]),
    async destroy() {
      destroyed = true;
      await pending.catch(() => {});
      // Fails harmlessly when the server is not running (or initdb never made the folder).
      await pg("pg_ctl", ["stop", "-D", dataDir, "-m", "immediate", "-w", "-t", "60"]).catch(() => {});
      await rm(folder, { recursive: true, force: true });
    },
  };
  return cluster;
}
