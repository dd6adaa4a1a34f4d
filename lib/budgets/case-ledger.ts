// A case's own costs and credited benefits, for its page: every spend line (with what was bought
// and its status) and every credit its outcomes made, for those the access policy lets see the
// case (audited like any case read), with whether they may record or reverse spend.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { authorizeCase } from "@/lib/access/authorize-case";
import { decideCaseAccess, type AccessActor } from "@/lib/access/case-policy";
import { asActor } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { sum } from "@/lib/domain/cost-benefit";
import { organisationTypeLabels } from "@/lib/domain/labels";

export async function getCaseLedger(actor: AccessActor, caseId: string) {
  return asActor(actor, (tx) => readCaseLedger(tx, actor, caseId));
}

async function readCaseLedger(tx: Tx, actor: AccessActor, caseId: string) {
  const authorisation = await authorizeCase(tx, actor, caseId, "view", { details: { section: "spend and benefits" } });
  if (!authorisation.allowed) return null;
  const grounds = await accessGroundsFor(tx, actor);
  const can = (action: "recordSpend" | "reverseSpend") => decideCaseAccess(actor, authorisation.facts, grounds, action).allowed;
  // One after the other: a transaction's queries share one connection.
  const spends = await tx.budgetSpend.findMany({
      where: { caseId },
      orderBy: [{ spentOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true, intervention: true, description: true, amountPence: true, spentOn: true, needsApproval: true, reversesId: true, reason: true,
        reversedBy: { select: { id: true } }, decision: { select: { decision: true, reason: true } },
        recordedBy: { select: { name: true } }, budget: { select: { name: true, financialYear: true } },
      },
    });
  const outcomes = await tx.ledgerOutcome.findMany({
      where: { caseId },
      orderBy: { achievedOn: "desc" },
      select: {
        outcomeId: true, achievedOn: true, outcome: { select: { outcomeType: { select: { name: true } } } },
        credits: { select: { id: true, kind: true, beneficiaryType: true, organisationId: true, shareOf: true, grossPence: true, netPence: true, unitCost: { select: { years: true, effectiveFrom: true } } } },
      },
    });
  const organisationIds = [...new Set(outcomes.flatMap((o) => o.credits.flatMap((c) => (c.organisationId ? [c.organisationId] : []))))];
  const names = new Map((await tx.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const counts = (s: (typeof spends)[number]) => !s.needsApproval || s.decision?.decision === "APPROVED";
  const lines = spends.map((s) => ({
    id: s.id,
    intervention: s.intervention,
    description: s.description,
    amountPence: s.amountPence,
    spentOn: s.spentOn,
    budget: s.budget.name,
    recordedBy: s.recordedBy.name,
    status: s.reversesId ? ("REVERSAL" as const) : s.reversedBy ? ("REVERSED" as const) : s.needsApproval && !s.decision ? ("WAITING" as const) : s.decision?.decision === "DECLINED" ? ("DECLINED" as const) : ("SPENT" as const),
    reason: s.reason ?? s.decision?.reason ?? null,
    reversible: !s.reversesId && !s.reversedBy && counts(s),
  }));
  const credited = outcomes.map((o) => ({
    outcomeId: o.outcomeId,
    outcome: o.outcome.outcomeType.name,
    achievedOn: o.achievedOn,
    credits: o.credits.map((c) => ({
      id: c.id,
      kind: c.kind,
      beneficiary: c.kind !== "FISCAL" ? (c.kind === "ECONOMIC" ? "People and businesses" : "Residents and communities") : c.organisationId ? (names.get(c.organisationId) ?? "Organisation") : `Not yet assigned: ${c.beneficiaryType ? organisationTypeLabels[c.beneficiaryType] : "other"}`,
      shareOf: c.shareOf,
      years: c.unitCost.years,
      grossPence: c.grossPence,
      netPence: c.netPence,
    })),
  }));
  return {
    canRecordSpend: can("recordSpend"),
    canReverseSpend: can("reverseSpend"),
    lines,
    costPence: sum(spends.filter(counts).map((s) => s.amountPence)),
    credited,
    netFiscalPence: sum(credited.flatMap((o) => o.credits.filter((c) => c.kind === "FISCAL").map((c) => c.netPence))),
    netPublicValuePence: sum(credited.flatMap((o) => o.credits.map((c) => c.netPence))),
  };
}

export type CaseLedger = NonNullable<Awaited<ReturnType<typeof getCaseLedger>>>;
