// The restriction rule of restricted-records.ts as Prisma filters, so lists and searches agree
// with the single-record decision (tests/integration/access/need-to-know-agreement.test.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessActor, AccessGrounds } from "./case-policy";
import { canWorkWithCases, needToKnowWhere, organisationMaySeeWhere } from "./visible-cases-where";

/** The cases the actor is on: lead professional, named worker, offered the lead. */
export function onCaseWhere(userId: string): Prisma.SharedCaseWhereInput {
  return {
    OR: [
      { leadProfessionalId: userId },
      { workers: { some: { userId, removedAt: null } } },
      { leadTransfers: { some: { status: "PENDING", toProfessionalId: userId } } },
    ],
  };
}

/** Cases the restriction does not bar: not restricted, the actor is on it, or holds break-glass in force. */
export function restrictionAllowsWhere(actor: AccessActor, now: Date = new Date()): Prisma.SharedCaseWhereInput {
  return {
    OR: [
      { restrictedAt: null },
      onCaseWhere(actor.userId),
      { breakGlassGrants: { some: { userId: actor.userId, expiresAt: { gt: now } } } },
    ],
  };
}

/** Cases the actor sees redacted ("Restricted record — held by …"): seen but for their restriction. */
export function redactedCasesWhere(actor: AccessActor, grounds: AccessGrounds, now: Date = new Date()): Prisma.SharedCaseWhereInput {
  if (!canWorkWithCases(actor)) return { id: { in: [] } };
  const personal = needToKnowWhere(actor, grounds.standing);
  return {
    AND: [
      organisationMaySeeWhere(actor, grounds),
      ...(personal ? [personal] : []),
      { restrictedAt: { not: null } },
      { NOT: onCaseWhere(actor.userId) },
      { NOT: { breakGlassGrants: { some: { userId: actor.userId, expiresAt: { gt: now } } } } },
    ],
  };
}

/** People the restriction does not bar: not restricted, or the actor is on one of their cases. */
export function personRestrictionAllowsWhere(actor: AccessActor): Prisma.PersonWhereInput {
  return { OR: [{ restrictedAt: null }, { cases: { some: onCaseWhere(actor.userId) } }] };
}
