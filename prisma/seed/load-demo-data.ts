// Loads the deterministic Greater Manchester demo data into an empty, migrated database.
import { startOfUtcDay } from "@/lib/domain/dates";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/create-client";
import { buildDemoDataset } from "./build-demo-dataset";
import { demoPassword } from "./demo-accounts";
import { enrolDemoAuthenticators } from "./demo-authenticators";
import { insertDemoDataset } from "./insert-demo-dataset";

export const DEFAULT_DEMO_SEED = 2014;

export interface LoadDemoDataOptions {
  /** Everything is dated relative to this; defaults to the start of today (UTC). */
  now?: Date;
  seed?: number;
  log?: (message: string) => void;
}

/** Loads the demo data and returns the number of rows written per table. */
export async function loadDemoData(db: Db, options: LoadDemoDataOptions = {}): Promise<Record<string, number>> {
  const now = options.now ?? startOfUtcDay(new Date());
  const log = options.log ?? (() => {});
  // One hash for every demo user: argon2id is slow on purpose, and hashing the same password
  // for a few hundred users would take about a minute for nothing.
  const passwordHash = await hashPassword(demoPassword);
  const started = performance.now();
  const dataset = buildDemoDataset({ seed: options.seed ?? DEFAULT_DEMO_SEED, now, passwordHash });
  log(`Built the demo data in memory in ${Math.round(performance.now() - started)} ms`);
  const counts = await insertDemoDataset(db, dataset, log);
  return { ...counts, TotpCredential: await enrolDemoAuthenticators(db, now) };
}

/** True when the database already holds data (any organisation). */
export async function hasAnyData(db: Db): Promise<boolean> {
  return (await db.organisation.findFirst({ select: { id: true } })) !== null;
}
