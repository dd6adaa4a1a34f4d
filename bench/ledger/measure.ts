// Times a place's ledger figures two ways, alternately run after run: through lib/ledger's
// loadLedger (what the page calls), and as the floor — the same SQL statements sent straight to
// PostgreSQL, all at once, with nothing done to the rows.
import type pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { defaultPeriod } from "@/lib/domain/period";
import { loadLedger, readParams, type LedgerTarget } from "@/lib/ledger/queries";
import { ledgerReads } from "@/lib/ledger/ledger-sql";

export type Timing = { p50: number; p95: number; mean: number; runs: number };

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), mean: samples.reduce((s, v) => s + v, 0) / samples.length, runs: samples.length };
}

export async function measure(options: { pool: pg.Pool; actor: Actor; target: LedgerTarget; now: Date; runs: number; warmUp: number }): Promise<{ lib: Timing; floor: Timing }> {
  const { pool, actor, target, now, runs, warmUp } = options;
  const statements = Object.values(ledgerReads(readParams(target, defaultPeriod(now)))).map((sql) => ({ text: sql.text, values: sql.values }));
  const lib = async () => {
    const view = await loadLedger(actor, target, {}, now);
    if (!view) throw new Error("The bench admin cannot see the bench place");
  };
  const floor = () => Promise.all(statements.map((s) => pool.query(s.text, s.values as unknown[])));
  for (let i = 0; i < warmUp; i += 1) {
    await lib();
    await floor();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    await lib();
    a.push(performance.now() - started);
    started = performance.now();
    await floor();
    b.push(performance.now() - started);
  }
  return { lib: summarise(a), floor: summarise(b) };
}
