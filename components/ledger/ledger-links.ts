// Paths of the ledger's pages and exports for a place and period.
import type { Period } from "@/lib/domain/period";

export const ledgerPath = (path: string) => (path ? `/ledger/${path}` : "/ledger");
export const evidencePackPath = (path: string) => (path ? `/evidence-pack/${path}` : "/evidence-pack");
export const periodQuery = (period: Period) => new URLSearchParams({ from: period.from, to: period.to }).toString();
export const ledgerExportPath = (path: string, table: string, period: Period) =>
  `/api/ledger/${path ? `${path}/` : ""}${table}.csv?${periodQuery(period)}`;
