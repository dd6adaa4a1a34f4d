// Loads the deterministic Greater Manchester demo data into an empty, migrated database.
import pg from "pg";
import { londonDayOf } from "@/lib/domain/london-time";
import { hashPassword } from "@/lib/auth/password";
import { buildDemoDataset } from "./build-demo-dataset";
import { demoPassword } from "./demo-accounts";
import { sealNhsNumber } from "@/lib/people/nhs-number-field";
import { demoAuthenticatorRows } from "./demo-authenticators";
import { insertDemoDataset } from "./insert-demo-dataset";
import { openSession } from "./sql-session";
import { elapsed } from "./suspend-for-load";

export const DEFAULT_DEMO_SEED = 2014;

export interface LoadDemoDataOptions {
  /** Everything is dated relative to this; defaults to the start of today (UTC). */
  now?: Date;
  seed?: number;
  /** Fewer cases than the demo's 40,000, for tests that need its shape, not its volume. */
  caseCount?: number;
  log?: (message: string) => void;
}

/** Loads the demo data into the database at `url` and returns the number of rows written per table. */
export async function loadDemoData(url: string, options: LoadDemoDataOptions = {}): Promise<Record<string, number>> {
  const now = options.now ?? londonDayOf(new Date());
  const log = options.log ?? (() => {});
  // One hash for every demo user: argon2id is slow on purpose, and hashing the same password
  // for a few hundred users would take about a minute for nothing.
  const passwordHash = await hashPassword(demoPassword);
  const started = performance.now();
  const dataset = buildDemoDataset({ seed: options.seed ?? DEFAULT_DEMO_SEED, now, passwordHash, caseCount: options.caseCount, sealNhsNumber });
  log(`Built ${dataset.sharedCase.length.toLocaleString("en-GB")} cases and their history in memory in ${elapsed(started)}`);
  const session = await openSession(url);
  try {
    return await insertDemoDataset(session, { ...dataset, totpCredential: demoAuthenticatorRows(dataset.user, now) }, log);
  } finally {
    await session.end();
  }
}

/** True when the database already holds data (any organisation). The load is atomic, so any is all. */
export async function hasAnyData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT 1 FROM "Organisation" LIMIT 1`)).rowCount !== 0;
  } finally {
    await client.end();
  }
}
