// The audit trail the demo's history implies, for its last few months: every case opened, note
// and action added, referral sent and answered, status, consent and outcome recorded in that time
// is an audit row as the portal writes it (same actions, reasons and details), with the case
// views around them and the users' sign-ins. Earlier history has none: the demo partnership's
// trail starts AUDIT_WINDOW_DAYS ago, as if the portal had gone live then with cases migrated in.
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import type { DemoDataset } from "./build-demo-dataset";
import { addDays, addMinutes, earliest, latest, type Rng } from "./random";

export const AUDIT_WINDOW_DAYS = 60;

type Row = Prisma.AuditEventCreateManyInput;
type Source = Pick<
  DemoDataset,
  | "user"
  | "roleAssignment"
  | "sharingAgreement"
  | "agreementParty"
  | "sharedCase"
  | "caseTheme"
  | "caseWorker"
  | "caseNote"
  | "caseAction"
  | "referral"
  | "caseStatusChange"
  | "consentRecord"
  | "outcome"
>;

const leadReason = "their organisation is the case's lead organisation";
const pendingReason = "their organisation holds a pending referral for the case";
const consentReason = "the person has consented to sharing";

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
const asDate = (value: unknown): Date | null => (value instanceof Date ? value : typeof value === "string" ? new Date(value) : null);

export function auditHistoryRows(rng: Rng, now: Date, d: Source): Row[] {
  const from = addDays(now, -AUDIT_WINDOW_DAYS);
  const inWindow = (at: Date | null): at is Date => at !== null && at >= from && at <= now;
  const users = new Map(d.user.map((u) => [String(u.id), u]));
  const rolesOf = new Map<string, Role[]>();
  for (const r of d.roleAssignment) rolesOf.set(r.userId, [...new Set([...(rolesOf.get(r.userId) ?? []), r.role])]);
  const cases = new Map(d.sharedCase.map((c) => [String(c.id), c]));
  const agreementFor = agreementReferences(d);
  const rows: Row[] = [];

  const actorOf = (userId: string) => ({
    actorUserId: userId,
    actorOrganisationId: users.get(userId)?.organisationId ?? null,
    actorRoles: rolesOf.get(userId) ?? [],
  });
  /** The access policy's reason for a user's organisation on the case. */
  const relation = (userId: string, caseId: string) => {
    const organisation = users.get(userId)?.organisationId;
    const lead = cases.get(caseId)?.leadOrganisationId;
    if (!organisation || organisation === lead) return leadReason;
    const reference = agreementFor(organisation, lead ?? "");
    return `their organisation is in the team around the person, and sharing agreement ${reference} in force covers it and the lead organisation for every theme of the case`;
  };
  const onCase = (
    at: Date,
    userId: string,
    caseId: string,
    action: string,
    record: { type?: string; id?: string; details?: Prisma.InputJsonValue; reasons?: string[] } = {},
  ) =>
    rows.push({
      at,
      ...actorOf(userId),
      action: `case.${action}`,
      outcome: "ALLOWED",
      recordType: record.type ?? "SharedCase",
      recordId: record.id ?? caseId,
      caseId,
      reasons: record.reasons ?? [relation(userId, caseId)],
      ...(record.details === undefined ? {} : { details: record.details }),
    });
  const view = (at: Date, userId: string, caseId: string) =>
    onCase(latest(from, addMinutes(at, -rng.int(2, 40))), userId, caseId, "view", { details: { chronologyPage: 1 } });

  const themeCount = new Map<string, number>();
  for (const t of d.caseTheme) themeCount.set(t.caseId, (themeCount.get(t.caseId) ?? 0) + 1);
  for (const c of d.sharedCase) {
    const openedAt = asDate(c.openedAt);
    if (inWindow(openedAt)) {
      onCase(openedAt, c.createdById, String(c.id), "create", { details: { themes: themeCount.get(String(c.id)) ?? 0, consent: "NOT_YET_ASKED" } });
    }
  }
  for (const n of d.caseNote) {
    const at = asDate(n.createdAt);
    if (!inWindow(at)) continue;
    onCase(at, n.authorId, n.caseId, "addNote", { type: "CaseNote", id: String(n.id), details: { kind: n.kind, visibility: text(n.visibility) ?? "ALL_INVOLVED" } });
  }
  for (const a of d.caseAction) {
    const created = asDate(a.createdAt);
    if (inWindow(created)) onCase(created, a.createdById, a.caseId, "addAction", { type: "CaseAction", id: String(a.id) });
    const completed = asDate(a.completedAt);
    const assignee = text(a.assigneeUserId);
    if (inWindow(completed) && assignee) {
      onCase(completed, assignee, a.caseId, "updateAction", { type: "CaseAction", id: String(a.id), details: { status: "DONE" } });
    }
  }
  for (const r of d.referral) {
    const sent = asDate(r.sentAt);
    if (inWindow(sent)) {
      onCase(sent, r.sentById, r.caseId, "refer", {
        type: "Referral",
        id: String(r.id),
        details: { urgency: text(r.urgency) ?? "ROUTINE" },
        reasons: [relation(r.sentById, r.caseId), consentReason],
      });
    }
    const answered = asDate(r.respondedAt);
    const responder = text(r.respondedById);
    if (inWindow(answered) && responder) {
      onCase(latest(from, addMinutes(answered, -rng.int(5, 30))), responder, r.caseId, "viewReferralSummary", {
        type: "Referral",
        id: String(r.id),
        reasons: [pendingReason, "the referral summary is shared with the organisation it is sent to"],
      });
      const declined = r.status === "DECLINED";
      onCase(answered, responder, r.caseId, declined ? "declineReferral" : "acceptReferral", {
        type: "Referral",
        id: String(r.id),
        reasons: [pendingReason, declined ? "the organisation the referral is sent to may decline it" : consentReason],
        ...(declined ? { details: { declineReason: text(r.declineReason) } } : {}),
      });
    }
  }
  for (const s of d.caseStatusChange) {
    const at = asDate(s.changedAt);
    if (!inWindow(at) || s.fromStatus === null || s.fromStatus === undefined) continue;
    onCase(at, s.changedById, s.caseId, s.toStatus === "CLOSED" ? "close" : "edit", { details: { toStatus: text(s.toStatus) } });
  }
  for (const c of d.consentRecord) {
    const at = asDate(c.recordedAt);
    if (inWindow(at) && c.status !== "NOT_YET_ASKED") {
      onCase(at, c.recordedById, c.caseId, "recordConsent", { type: "ConsentRecord", id: String(c.id), details: { status: text(c.status) } });
    }
  }
  for (const o of d.outcome) {
    const at = asDate(o.createdAt);
    if (inWindow(at)) onCase(at, o.recordedById, o.caseId, "recordOutcome", { type: "Outcome", id: String(o.id) });
  }
  // Workers on a case look at it between their own entries, now and then.
  for (const w of d.caseWorker) {
    const c = cases.get(w.caseId);
    const start = latest(from, asDate(w.addedAt) ?? from);
    const end = earliest(now, asDate(w.removedAt) ?? asDate(c?.closedAt) ?? now);
    if (start >= end) continue;
    if (rng.chance(0.4)) view(rng.workingTimeBetween(start, end), w.userId, w.caseId);
  }
  for (const u of d.user) {
    const at = asDate(u.lastSignInAt);
    if (!inWindow(at)) continue;
    rows.push({ at, ...actorOf(String(u.id)), action: "auth.sign-in", outcome: "ALLOWED", recordType: "User", recordId: String(u.id), reasons: ["password verified"] });
  }
  return rows.sort((a, b) => (asDate(a.at)?.getTime() ?? 0) - (asDate(b.at)?.getTime() ?? 0));
}

/** The reference of an agreement in force with both organisations as parties. */
function agreementReferences(d: Pick<DemoDataset, "sharingAgreement" | "agreementParty">) {
  const partiesOf = new Map<string, Set<string>>();
  for (const p of d.agreementParty) {
    const set = partiesOf.get(p.agreementId) ?? new Set<string>();
    set.add(p.organisationId);
    partiesOf.set(p.agreementId, set);
  }
  const active = d.sharingAgreement.filter((a) => a.status === "ACTIVE");
  const cache = new Map<string, string>();
  return (a: string, b: string) => {
    const key = `${a}|${b}`;
    let reference = cache.get(key);
    if (reference === undefined) {
      const found = active.find((agreement) => {
        const parties = partiesOf.get(String(agreement.id));
        return parties?.has(a) && parties.has(b);
      });
      reference = found?.reference ?? "in force";
      cache.set(key, reference);
    }
    return reference;
  };
}
