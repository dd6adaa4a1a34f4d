// Which credits one outcome makes, and how much each is worth: the unit-cost versions in force on
// the day it was achieved, each giving a fiscal stream to the organisations that receive it in
// the case's place (shared equally), and economic and social streams to nobody in particular.
// Pure, so the app, the demo data and the tests all value outcomes the same way.
import type { BenefitKind, OrganisationType } from "@/lib/generated/prisma/enums";
import { benefitStream } from "./cost-benefit";

export type UnitCostVersion = {
  id: string;
  outcomeTypeId: string;
  beneficiaryType: OrganisationType | null;
  beneficiaryOrganisationId: string | null;
  fiscalPencePerYear: number;
  economicPencePerYear: number;
  socialPencePerYear: number;
  years: number;
  deadweightBasisPoints: number;
  attributionBasisPoints: number;
  optimismBiasBasisPoints: number;
  effectiveFrom: Date;
  effectiveTo: Date | null;
};

export type CreditValue = {
  unitCostId: string;
  kind: BenefitKind;
  organisationId: string | null;
  beneficiaryType: OrganisationType | null;
  shareOf: number;
  countsOutcome: boolean;
  grossPence: number;
  netPence: number;
  netByYear: number[];
};

export function inForceOn(version: Pick<UnitCostVersion, "effectiveFrom" | "effectiveTo">, day: Date): boolean {
  return version.effectiveFrom <= day && (version.effectiveTo === null || day < version.effectiveTo);
}

/** The organisations of a type that receive a place's benefits (lib/ledger/README.md, "Beneficiaries"). */
export type BeneficiariesOf = (type: OrganisationType) => readonly string[];

export function creditsForOutcome(
  outcome: { outcomeTypeId: string; achievedOn: Date },
  unitCosts: readonly UnitCostVersion[],
  beneficiariesOf: BeneficiariesOf,
): CreditValue[] {
  const credits: Omit<CreditValue, "countsOutcome">[] = [];
  for (const cost of unitCosts) {
    if (cost.outcomeTypeId !== outcome.outcomeTypeId || !inForceOn(cost, outcome.achievedOn)) continue;
    const adjustments = {
      years: cost.years,
      deadweightBasisPoints: cost.deadweightBasisPoints,
      attributionBasisPoints: cost.attributionBasisPoints,
      optimismBiasBasisPoints: cost.optimismBiasBasisPoints,
    };
    if (cost.fiscalPencePerYear > 0) {
      const receivers = cost.beneficiaryOrganisationId
        ? [cost.beneficiaryOrganisationId]
        : cost.beneficiaryType
          ? [...beneficiariesOf(cost.beneficiaryType)].sort()
          : [];
      const shareOf = Math.max(1, receivers.length);
      const stream = benefitStream({ annualPence: cost.fiscalPencePerYear, shareOf, ...adjustments });
      for (const organisationId of receivers.length ? receivers : [null]) {
        credits.push({
          unitCostId: cost.id,
          kind: "FISCAL",
          organisationId,
          beneficiaryType: cost.beneficiaryType,
          shareOf,
          grossPence: stream.gross,
          netPence: stream.net,
          netByYear: stream.netByYear,
        });
      }
    }
    for (const [kind, annual] of [["ECONOMIC", cost.economicPencePerYear], ["SOCIAL", cost.socialPencePerYear]] as const) {
      if (annual <= 0) continue;
      const stream = benefitStream({ annualPence: annual, shareOf: 1, ...adjustments });
      credits.push({ unitCostId: cost.id, kind, organisationId: null, beneficiaryType: null, shareOf: 1, grossPence: stream.gross, netPence: stream.net, netByYear: stream.netByYear });
    }
  }
  // An outcome counts once per kind and beneficiary, however many lines credit them.
  const seen = new Set<string>();
  return credits.map((credit) => {
    const key = `${credit.kind}|${credit.organisationId ?? ""}|${credit.organisationId ? "" : (credit.beneficiaryType ?? "")}`;
    const countsOutcome = !seen.has(key);
    seen.add(key);
    return { ...credit, countsOutcome };
  });
}
