// Agreement references read ISA-<year it starts>-<sequence>, e.g. ISA-2026-004, as in the demo data.
import "server-only";
import type { Tx } from "@/lib/db/create-client";

export async function nextAgreementReference(tx: Tx, startsOn: Date): Promise<string> {
  const prefix = `ISA-${startsOn.getUTCFullYear()}-`;
  const existing = await tx.sharingAgreement.findMany({ where: { reference: { startsWith: prefix } }, select: { reference: true } });
  const highest = existing.reduce((max, a) => Math.max(max, Number(a.reference.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(highest + 1).padStart(3, "0")}`;
}
