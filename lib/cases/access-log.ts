// "Who has viewed this case", for its lead organisation: the audit trail's reads of the case,
// with break-glass access (given, and each read made under it) flagged.
import "server-only";
import { authorizeCase } from "@/lib/access/authorize-case";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { asActor } from "@/lib/db/access-context";
import { breakGlassReason } from "@/lib/access/restricted-records";

export async function getCaseAccessLog(actor: AccessActor, caseId: string) {
  const authorisation = await asActor(actor, (tx) => authorizeCase(tx, actor, caseId, "viewAccessLog"));
  if (!authorisation.allowed) return null;
  const events = await db.auditEvent.findMany({
    where: { caseId, action: { in: ["case.view", "case.export", "case.viewReferralSummary", "case.breakGlass"] } },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, outcome: true, actorUserId: true, actorOrganisationId: true, reasons: true },
  });
  const userIds = [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const organisationIds = [...new Set(events.flatMap((e) => (e.actorOrganisationId ? [e.actorOrganisationId] : [])))];
  const [users, organisations] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
  return events.map((e) => ({
    id: String(e.id),
    at: e.at,
    action: e.action,
    allowed: e.outcome === "ALLOWED",
    breakGlass: e.action === "case.breakGlass" || e.reasons.includes(breakGlassReason),
    who: (e.actorUserId && userName.get(e.actorUserId)) ?? "Unknown user",
    organisation: (e.actorOrganisationId && organisationName.get(e.actorOrganisationId)) ?? "Unknown organisation",
  }));
}
