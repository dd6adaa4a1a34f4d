// The link-request inbox: requests to the actor's organisation about people the actor may see
// (what the requester typed, why, and the record it matched), and the requests the actor sent
// (their status only; an accepted one with the contact of the worker who accepted).
import "server-only";
import { auditPersonAction, decideForPerson } from "@/lib/access/authorize-person";
import type { AccessActor } from "@/lib/access/case-policy";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import type { PersonLinkRequestStatus } from "@/lib/generated/prisma/enums";

export type TypedDetails = { givenName: string; familyName: string; dateOfBirth: string; postcode: string | null; nhsNumberGiven: boolean };

export type IncomingRequest = { id: string; createdAt: Date; requesterName: string; requesterOrganisation: string; reason: string; typed: TypedDetails; person: { id: string; name: string; dateOfBirth: Date } };
export type SentRequest = { id: string; createdAt: Date; holderOrganisation: string; typedName: string; status: PersonLinkRequestStatus; contact: { name: string; email: string } | null };

export async function getLinkRequestsForView(actor: AccessActor): Promise<{ incoming: IncomingRequest[]; sent: SentRequest[] }> {
  return asActor(actor, async (tx) => {
    const open = await tx.personLinkRequest.findMany({
      where: { holderOrganisationId: actor.organisation.id, status: "OPEN" },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: { id: true, createdAt: true, reason: true, typedDetails: true, requestedById: true, requesterOrganisationId: true, person: { select: { id: true, givenName: true, familyName: true, dateOfBirth: true } } },
    });
    const incoming: IncomingRequest[] = [];
    for (const r of open) {
      // Only those who may see the person see a request about them (need-to-know inside the holder).
      const decision = await decideForPerson(tx, actor, r.person.id, "view");
      if (!decision.allowed) continue;
      await auditPersonAction(tx, actor, r.person.id, { action: "person.view", details: { linkRequest: r.id } }, "ALLOWED", decision.decision.reasons);
      incoming.push({ id: r.id, createdAt: r.createdAt, reason: r.reason, typed: r.typedDetails as TypedDetails, requesterName: "", requesterOrganisation: "", person: { id: r.person.id, name: `${r.person.givenName} ${r.person.familyName}`, dateOfBirth: r.person.dateOfBirth } });
    }
    const sentRows = await tx.personLinkRequest.findMany({
      where: { requestedById: actor.userId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, createdAt: true, status: true, typedDetails: true, holderOrganisationId: true, answeredById: true },
    });
    // Names of users and organisations (not case content), read across organisations.
    const userIds = [...open.map((r) => r.requestedById), ...sentRows.flatMap((r) => (r.status === "ACCEPTED" && r.answeredById ? [r.answeredById] : []))];
    const orgIds = [...open.map((r) => r.requesterOrganisationId), ...sentRows.map((r) => r.holderOrganisationId)];
    const [users, orgs] = await unsafeSystemStep(tx, actor, async () => [
      await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
      await tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }),
    ] as const);
    const userOf = (id: string | null) => users.find((u) => u.id === id);
    const orgName = (id: string) => orgs.find((o) => o.id === id)?.name ?? "Another organisation";
    for (const r of incoming) {
      const row = open.find((o) => o.id === r.id)!;
      r.requesterName = userOf(row.requestedById)?.name ?? "A worker";
      r.requesterOrganisation = orgName(row.requesterOrganisationId);
    }
    const sent = sentRows.map((r): SentRequest => {
      const typed = r.typedDetails as TypedDetails;
      const answerer = r.status === "ACCEPTED" ? userOf(r.answeredById) : undefined;
      return { id: r.id, createdAt: r.createdAt, holderOrganisation: orgName(r.holderOrganisationId), typedName: `${typed.givenName} ${typed.familyName}`, status: r.status, contact: answerer ? { name: answerer.name, email: answerer.email } : null };
    });
    return { incoming, sent };
  });
}
