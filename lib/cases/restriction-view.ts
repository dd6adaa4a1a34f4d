// The restricted-record part of a case page, read inside the case view's own authorised
// transaction (case-view.ts): the restriction and its reason, the viewer's break-glass access in
// force, and — for the lead professional — the open requests for access to answer.
import "server-only";
import type { CaseFacts } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";

export async function restrictionOfCase(tx: Tx, actorUserId: string, facts: CaseFacts) {
  const now = new Date();
  const found = await tx.sharedCase.findUniqueOrThrow({
    where: { id: facts.caseId },
    select: {
      restrictedAt: true,
      restrictedReason: true,
      breakGlassGrants: { where: { userId: actorUserId, expiresAt: { gt: now } }, orderBy: { expiresAt: "desc" }, take: 1, select: { expiresAt: true } },
    },
  });
  const requests =
    facts.leadProfessionalId === actorUserId
      ? await tx.accessRequest.findMany({
          where: { caseId: facts.caseId, status: "PENDING" },
          orderBy: { createdAt: "asc" },
          select: { id: true, reason: true, createdAt: true, requester: { select: { name: true, organisation: { select: { name: true } } } } },
        })
      : [];
  return {
    restricted: found.restrictedAt ? { at: found.restrictedAt, reason: found.restrictedReason ?? "" } : null,
    breakGlassUntil: found.breakGlassGrants[0]?.expiresAt ?? null,
    accessRequests: requests.map((r) => ({ id: r.id, reason: r.reason, at: r.createdAt, who: `${r.requester.name}, ${r.requester.organisation.name}` })),
  };
}

export type CaseRestrictionView = Awaited<ReturnType<typeof restrictionOfCase>>;
