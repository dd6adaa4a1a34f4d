// The real portal for the fault test: `next build` when the build is missing or older than its
// sources, then `next start` on a free port against the test's own database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { freePort } from "../../scripts/embedded-db";

const nextBin = path.resolve("node_modules/next/dist/bin/next");
const buildId = path.resolve(".next/BUILD_ID");
// What `next build` compiles: a change to any of these makes the build stale.
const buildInputs = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

async function newestChange(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestChange(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

/** Why a build is needed, or null when `.next` is newer than every source it was built from. */
export async function staleBuildReason(): Promise<string | null> {
  const built = await stat(buildId).catch(() => null);
  if (!built) return "no build in .next";
  const changes = await Promise.all(buildInputs.map((input) => newestChange(path.resolve(input))));
  const newest = Math.max(...changes);
  return newest > built.mtimeMs ? "sources changed since the last build" : null;
}

function node(args: string[], env: NodeJS.ProcessEnv, output: NodeJS.WritableStream | "inherit"): ChildProcess {
  const child = spawn(process.execPath, [nextBin, ...args], { env, stdio: ["ignore", output === "inherit" ? "inherit" : "pipe", output === "inherit" ? "inherit" : "pipe"] });
  if (output !== "inherit") {
    child.stdout?.pipe(output, { end: false });
    child.stderr?.pipe(output, { end: false });
  }
  return child;
}

/** Stops a child the run started, if the run ends first (a failure, Ctrl-C). */
export type Register = (stop: () => Promise<void>) => void;

function stopper(child: ChildProcess): () => Promise<void> {
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const killLater = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await gone;
    clearTimeout(killLater);
  };
}

export async function build(env: NodeJS.ProcessEnv, register: Register): Promise<void> {
  const child = node(["build"], env, "inherit");
  register(stopper(child));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

export type Server = { url: string; logFile: string; stop: () => Promise<void> };

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

export function serverEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    // What a production server needs (lib/startup-problems.ts): the keys the demo data was loaded
    // with (set on this process before the load), a mailbox, and the demo data allowed.
    MAIL_TRANSPORT: "mailbox",
    GOLDEN_THREAD_DEMO_DATA: "allow",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** Starts `next start` and resolves once the sign-in page answers (up to `timeoutMs`). */
export async function startServer(env: NodeJS.ProcessEnv, logFile: string, register: Register, timeoutMs = 180_000): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile);
  // The address mail links point at (lib/startup-problems.ts asks for one in production).
  const child = node(["start", "-H", "127.0.0.1", "-p", String(port)], { PORTAL_URL: url, ...env }, log);
  const stopChild = stopper(child);
  const stop = async () => {
    await stopChild();
    log.end();
  };
  register(stop);
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(`${url}/sign-in`))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`next start did not answer on ${url} (see ${logFile})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, logFile, stop };
}
