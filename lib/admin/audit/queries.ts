// The audit trail for admins: filtered, paged, and readable — who (staff names), what, when,
// why — with cases shown by reference (GT-000123), never by the person they are about.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome, Role } from "@/lib/generated/prisma/enums";
import { pageCountOf, type Paged } from "@/lib/domain/paging";
import { assertPermitted } from "../permission";
import type { AuditFilters } from "./filters";
import { addDays, startOfLondonDay } from "@/lib/domain/london-time";
import { describeAction, describeDetails } from "./describe-event";

export type AuditRow = {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorOrganisationName: string | null;
  actorRoles: Role[];
  action: string;
  outcome: AuditOutcome;
  recordType: string | null;
  recordId: string | null;
  caseReference: string | null;
  reasons: string[];
  /** The details as recorded (JSON), for the CSV export. */
  details: string;
  /** The action and details in words, for the viewer. */
  actionWords: string;
  detailWords: string[];
  ipAddress: string | null;
};

const nothing: Prisma.AuditEventWhereInput = { id: { lt: 0 } };

/** The filters as a Prisma where; a user or case that does not exist matches nothing. */
export async function auditWhere(filters: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.userEmail) {
    const user = await db.user.findUnique({ where: { email: filters.userEmail }, select: { id: true } });
    if (!user) return nothing;
    and.push({ actorUserId: user.id });
  }
  if (filters.organisationId) and.push({ actorOrganisationId: filters.organisationId });
  if (filters.recordType) and.push({ recordType: filters.recordType });
  if (filters.record && "caseNumber" in filters.record) {
    const caseNumber = filters.record.caseNumber;
    const found = await unsafeAsSystem((tx) => tx.sharedCase.findUnique({ where: { number: caseNumber }, select: { id: true } }));
    if (!found) return nothing;
    and.push({ OR: [{ caseId: found.id }, { recordId: found.id }] });
  } else if (filters.record) {
    and.push({ recordId: filters.record.id });
  }
  if (filters.action) and.push({ action: filters.action });
  if (filters.from) and.push({ at: { gte: startOfLondonDay(filters.from) } });
  if (filters.to) and.push({ at: { lt: startOfLondonDay(addDays(filters.to, 1)) } });
  return { AND: and };
}

const pageSize = 50;

function detailsText(details: Prisma.JsonValue | null): string {
  if (details === null || details === undefined) return "";
  const text = JSON.stringify(details);
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

export async function auditRowsOf(
  events: Prisma.AuditEventGetPayload<object>[],
): Promise<AuditRow[]> {
  const userIds = [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const organisationIds = [...new Set(events.flatMap((e) => (e.actorOrganisationId ? [e.actorOrganisationId] : [])))];
  const caseIds = [...new Set(events.flatMap((e) => (e.caseId ? [e.caseId] : [])))];
  const [users, organisations, cases] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
    // Only the case's number: an admin sees which case, never whose.
    unsafeAsSystem((tx) => tx.sharedCase.findMany({ where: { id: { in: caseIds } }, select: { id: true, number: true } })),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const organisationById = new Map(organisations.map((o) => [o.id, o.name]));
  const caseNumberById = new Map(cases.map((c) => [c.id, c.number]));
  return events.map((e) => {
    const user = e.actorUserId ? userById.get(e.actorUserId) : undefined;
    const caseNumber = e.caseId ? caseNumberById.get(e.caseId) : undefined;
    return {
      id: e.id.toString(),
      at: e.at,
      actorUserId: e.actorUserId,
      actorName: user?.name ?? null,
      actorEmail: user?.email ?? null,
      actorOrganisationName: e.actorOrganisationId ? (organisationById.get(e.actorOrganisationId) ?? null) : null,
      actorRoles: e.actorRoles,
      action: e.action,
      outcome: e.outcome,
      recordType: e.recordType,
      recordId: e.recordId,
      caseReference: caseNumber !== undefined ? formatCaseReference(caseNumber) : null,
      reasons: e.reasons,
      details: detailsText(e.details),
      actionWords: describeAction(e.action),
      detailWords: describeDetails(e.details),
      ipAddress: e.ipAddress,
    };
  });
}

export async function listAuditEvents(actor: Actor, filters: AuditFilters, page = 1): Promise<Paged<AuditRow>> {
  assertPermitted(actor, "audit.read");
  const where = await auditWhere(filters);
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { rows: await auditRowsOf(events), total, page, pageCount: pageCountOf(total, pageSize), pageSize };
}

/** The actions and record types in the trail, for the filter's choices. */
export async function auditFilterChoices(actor: Actor): Promise<{ actions: string[]; recordTypes: string[] }> {
  assertPermitted(actor, "audit.read");
  const [actions, recordTypes] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["recordType"], where: { recordType: { not: null } }, orderBy: { recordType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), recordTypes: recordTypes.flatMap((r) => (r.recordType ? [r.recordType] : [])) };
}
