// The demo ledger: who receives each locality's benefits (every active organisation of each type
// serving it), budget-holder roles (the demo sign-in for Bolton, each other locality's lead), and
// every demo outcome valued and credited with the same functions the portal uses.
import { creditsForOutcome, type UnitCostVersion } from "@/lib/domain/outcome-credits";
import { beneficiariesFor, type BeneficiaryRow } from "@/lib/domain/place-beneficiaries";
import type { InterventionType, OrganisationType, Prisma } from "@/lib/generated/prisma/client";
import type { Budgets } from "./budgets";
import type { SeedCase } from "./cases";
import type { Geography } from "./geography";
import { organisationsFor, type SeedOrganisation } from "./organisations";
import type { Rng } from "./random";
import { uuid } from "@/lib/domain/uuid";

const BENEFICIARY_TYPES: OrganisationType[] = ["LOCAL_AUTHORITY", "NHS_TRUST", "PRIMARY_CARE", "MENTAL_HEALTH_TRUST", "POLICE", "PROBATION", "FIRE_AND_RESCUE", "HOUSING_PROVIDER", "JOBCENTRE_DWP", "EDUCATION"];

export function placeBeneficiaryRows(rng: Rng, geography: Geography, organisations: readonly SeedOrganisation[]): (Prisma.PlaceBeneficiaryCreateManyInput & BeneficiaryRow)[] {
  return geography.localities.flatMap((locality) => {
    const serving = organisationsFor(organisations, locality.name);
    return BENEFICIARY_TYPES.flatMap((type) =>
      serving.filter((o) => o.type === type).slice(0, 2).map((o) => ({ id: rng.uuid(), localityId: locality.id, neighbourhoodId: null, organisationType: type, organisationId: o.id })),
    );
  });
}

/** BUDGET_HOLDER role rows for each locality lead (their locality), except where a holder is named. */
export function budgetHolderRoles(rng: Rng, roleAssignments: readonly Prisma.RoleAssignmentCreateManyInput[], except: ReadonlySet<string>): Prisma.RoleAssignmentCreateManyInput[] {
  const seen = new Set<string>();
  return roleAssignments.flatMap((r) => {
    const localityId = typeof r.localityId === "string" ? r.localityId : null;
    if (r.role !== "LOCALITY_LEAD" || !localityId || except.has(localityId) || seen.has(localityId)) return [];
    seen.add(localityId);
    return [{ id: rng.uuid(), userId: r.userId, role: "BUDGET_HOLDER" as const, localityId: r.localityId as string, createdAt: r.createdAt as Date }];
  });
}

export function buildLedger(
  cases: readonly SeedCase[],
  outcomes: readonly Prisma.OutcomeCreateManyInput[],
  unitCosts: readonly UnitCostVersion[],
  beneficiaries: readonly BeneficiaryRow[],
  budgets: Budgets,
) {
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const declined = new Set(budgets.decisions.filter((d) => d.decision === "DECLINED").map((d) => d.spendId));
  const interventionsOf = new Map<string, Set<InterventionType>>();
  for (const s of budgets.spends) {
    if (!declined.has(s.id as string)) interventionsOf.set(s.caseId, (interventionsOf.get(s.caseId) ?? new Set()).add(s.intervention));
  }
  const versions = unitCosts;
  const ledgerOutcomes: Prisma.LedgerOutcomeCreateManyInput[] = [];
  const credits: Prisma.BenefitCreditCreateManyInput[] = [];
  for (const o of outcomes) {
    const c = caseById.get(o.caseId);
    if (!c) continue;
    const place = { neighbourhoodId: c.neighbourhood.id, localityId: c.neighbourhood.locality.id };
    const achievedOn = new Date(o.achievedOn as Date);
    ledgerOutcomes.push({ outcomeId: o.id as string, caseId: c.id, neighbourhoodId: place.neighbourhoodId, outcomeTypeId: o.outcomeTypeId, achievedOn, interventions: [...(interventionsOf.get(c.id) ?? [])].sort() });
    for (const credit of creditsForOutcome({ outcomeTypeId: o.outcomeTypeId, achievedOn }, versions, (type) => beneficiariesFor(beneficiaries, place, type))) {
      credits.push({ ...credit, outcomeId: o.id as string, neighbourhoodId: place.neighbourhoodId, achievedOn });
    }
  }
  return { ledgerOutcomes, credits };
}
