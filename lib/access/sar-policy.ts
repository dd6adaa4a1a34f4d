// THE rule for subject access requests: only a data-protection officer, and only for requests
// their own organisation received. Admins never read a request's content (DOMAIN.md). Pure, like
// case-policy.ts; its list twin is sarRequestsWhere (tested to agree in the SAR tests).
import type { AccessActor } from "./case-policy";

export type SarDecision = { allowed: boolean; reasons: string[] };

export function isDataProtectionOfficer(actor: Pick<AccessActor, "roles">): boolean {
  return actor.roles.includes("DATA_PROTECTION_OFFICER");
}

/** May the actor work with requests at all (the register, logging one, finding a person for one)? */
export function decideSarWork(actor: AccessActor): SarDecision {
  if (!isDataProtectionOfficer(actor)) {
    return { allowed: false, reasons: [actor.roles.includes("PARTNERSHIP_ADMIN") ? "partnership admins do not see subject access requests" : "only data-protection officers handle subject access requests"] };
  }
  return { allowed: true, reasons: ["they are a data-protection officer of their organisation"] };
}

/** May the actor read and answer this request? */
export function decideSarAccess(actor: AccessActor, request: { organisationId: string } | null): SarDecision {
  const work = decideSarWork(actor);
  if (!work.allowed) return work;
  if (!request) return { allowed: false, reasons: ["no such request"] };
  if (request.organisationId !== actor.organisation.id) return { allowed: false, reasons: ["the request was received by another organisation"] };
  return { allowed: true, reasons: ["they are a data-protection officer of the organisation that received the request"] };
}

/** The same rule as a Prisma where: the requests the actor's register lists. */
export function sarRequestsWhere(actor: AccessActor): { organisationId: string } | { id: { in: never[] } } {
  return decideSarWork(actor).allowed ? { organisationId: actor.organisation.id } : { id: { in: [] } };
}
