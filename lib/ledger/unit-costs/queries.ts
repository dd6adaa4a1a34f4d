// Reads of the unit-cost table for partnership admins: the versions in force on a day (or every
// version), the form's options, and the CSV export (audited).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { assertPermitted } from "@/lib/admin/permission";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/domain/csv";
import { organisationTypeLabels } from "@/lib/domain/labels";
import { exportHeader } from "./unit-cost-csv";

const select = {
  id: true, lineId: true, beneficiaryType: true, fiscalPencePerYear: true, economicPencePerYear: true, socialPencePerYear: true, years: true,
  deadweightBasisPoints: true, attributionBasisPoints: true, confidenceGrade: true, optimismBiasBasisPoints: true, priceYear: true, source: true,
  description: true, effectiveFrom: true, effectiveTo: true,
  outcomeType: { select: { id: true, code: true, name: true } },
  beneficiaryOrganisation: { select: { id: true, name: true } },
} as const;

export async function listUnitCosts(actor: Actor, options: { on?: Date; all?: boolean } = {}) {
  assertPermitted(actor);
  const on = options.on ?? new Date();
  const rows = await db.unitCost.findMany({
    where: options.all ? {} : { effectiveFrom: { lte: on }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: on } }] },
    orderBy: [{ outcomeType: { name: "asc" } }, { lineId: "asc" }, { effectiveFrom: "asc" }],
    select,
  });
  return rows.map((r) => ({ ...r, beneficiary: r.beneficiaryOrganisation?.name ?? (r.beneficiaryType ? organisationTypeLabels[r.beneficiaryType] : "No fiscal beneficiary") }));
}

export async function getUnitCost(actor: Actor, id: string) {
  assertPermitted(actor);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.unitCost.findUnique({ where: { id }, select });
}

export async function unitCostFormOptions() {
  const [types, organisations] = await Promise.all([
    db.outcomeType.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.organisation.findMany({ where: { status: { in: ["ACTIVE", "INVITED"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    outcomeTypes: types.map((t) => ({ value: t.id, label: t.name })),
    beneficiaries: [
      ...Object.entries(organisationTypeLabels).map(([value, label]) => ({ value: `type:${value}`, label: `Every ${label.toLowerCase()} serving the case's place` })),
      ...organisations.map((o) => ({ value: `organisation:${o.id}`, label: o.name })),
    ],
  };
}

const pounds = (pence: number) => (pence / 100).toFixed(2);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export async function exportUnitCosts(actor: Actor, ipAddress: string | null): Promise<string> {
  const rows = await listUnitCosts(actor, { all: true });
  await writeAuditEvent(db, { actor: auditActorOf(actor), action: "admin.unit-cost.export", recordType: "UnitCost", ipAddress, details: { rows: rows.length } });
  return `\uFEFF${toCsv([
    exportHeader,
    ...rows.map((r) => [
      r.lineId, r.outcomeType.code, r.beneficiaryType ? organisationTypeLabels[r.beneficiaryType] : "", r.beneficiaryOrganisation?.name ?? "",
      pounds(r.fiscalPencePerYear), pounds(r.economicPencePerYear), pounds(r.socialPencePerYear), r.years,
      r.deadweightBasisPoints / 100, r.attributionBasisPoints / 100, r.confidenceGrade, r.optimismBiasBasisPoints / 100, r.priceYear,
      r.source, r.description ?? "", day(r.effectiveFrom), day(r.effectiveTo),
    ]),
  ])}`;
}
