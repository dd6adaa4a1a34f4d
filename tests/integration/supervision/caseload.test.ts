// The supervisor's caseload on the real database: only the scope they supervise, counts right,
// each listed case one they may open, referrals late by their urgency's deadline, audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCaseForView } from "@/lib/cases/case-view";
import { getSupervisorCaseload } from "@/lib/supervision/caseload";
import { caseloadQuerySchema } from "@/lib/supervision/schemas";
import { db } from "@/tests/support/owner-db";
import { actorFor, createActor, createCase, createOrganisation, createPlace, createTheme, createUser, daysFromToday, joinTeam } from "../../support/case-factories";

let supervisor: Actor;
let ids: { quiet: string; contacted: string; closed: string; otherTeam: string };
let workerId: string;

beforeAll(async () => {
  const here = (await createPlace()).neighbourhood;
  const elsewhere = (await createPlace()).neighbourhood;
  const theme = await createTheme("Housing");
  const council = await createOrganisation();
  const worker = await createActor({ organisationId: council.id });
  workerId = worker.userId;
  const otherWorker = await createActor({ organisationId: council.id });
  const team = await joinTeam(here.id, worker);
  await joinTeam(elsewhere.id, otherWorker);
  const user = await createUser({ organisationId: council.id, roles: ["FRONTLINE_WORKER"] });
  await db.roleAssignment.create({ data: { userId: user.id, role: "SUPERVISOR", teamId: team.id } });
  supervisor = await actorFor(user.id);
  const make = (lead: Actor, neighbourhoodId: string) => createCase({ lead, neighbourhoodId, themeIds: [theme.id] });
  const quiet = await make(worker, here.id);
  const contacted = await make(worker, here.id);
  const closed = await make(worker, here.id);
  const otherTeam = await make(otherWorker, elsewhere.id);
  const sixtyDaysAgo = daysFromToday(-60);
  await db.sharedCase.updateMany({ where: { id: { in: [quiet.id, contacted.id, closed.id, otherTeam.id] } }, data: { openedAt: sixtyDaysAgo } });
  await db.sharedCase.update({ where: { id: closed.id }, data: { status: "CLOSED", closedAt: daysFromToday(-1), closureReason: "OUTCOMES_ACHIEVED" } });
  await db.caseNote.create({ data: { caseId: contacted.id, authorId: worker.userId, authorOrganisationId: council.id, kind: "VISIT", visibility: "ALL_INVOLVED", occurredAt: daysFromToday(-3), body: "Visited" } });
  await db.caseAction.create({ data: { caseId: quiet.id, description: "Book an assessment", assigneeOrganisationId: council.id, dueOn: daysFromToday(-5), createdById: worker.userId } });
  await db.caseAction.create({ data: { caseId: quiet.id, description: "Not due yet", assigneeOrganisationId: council.id, dueOn: daysFromToday(5), createdById: worker.userId } });
  await db.caseAction.create({ data: { caseId: otherTeam.id, description: "Another team's", assigneeOrganisationId: council.id, dueOn: daysFromToday(-5), createdById: otherWorker.userId } });
  const partner = await createOrganisation({ type: "NHS_TRUST" });
  const refer = (caseId: string, urgency: "URGENT" | "ROUTINE", days: number) =>
    db.referral.create({ data: { caseId, fromOrganisationId: council.id, sentById: worker.userId, toOrganisationId: partner.id, reason: "Support", urgency, sentAt: new Date(Date.now() - days * 86_400_000) } });
  await refer(quiet.id, "URGENT", 3);
  await refer(contacted.id, "ROUTINE", 3);
  ids = { quiet: quiet.id, contacted: contacted.id, closed: closed.id, otherTeam: otherTeam.id };
});

describe("supervisor caseload", () => {
  it("counts the supervised team's open cases, overdue actions and quiet cases, and nothing outside the scope", async () => {
    const caseload = await getSupervisorCaseload(supervisor, { noContactDays: 28, page: 1 });
    expect(caseload.workers).toEqual([expect.objectContaining({ id: workerId, openCases: 2, overdueActions: 1, noContact: 1 })]);
    expect(caseload.noContact.rows.map((r) => r.id)).toEqual([ids.quiet]);
    expect(caseload.overdueActions.rows.map((a) => a.case.id)).toEqual([ids.quiet]);
    // An urgent referral is late after a day; a routine one not until ten.
    expect(caseload.lateReferrals.rows.map((r) => r.case.id)).toEqual([ids.quiet]);
    const listed = [...caseload.noContact.rows.map((r) => r.id), ...caseload.overdueActions.rows.map((a) => a.case.id), ...caseload.lateReferrals.rows.map((r) => r.case.id)];
    for (const caseId of listed) expect(await getCaseForView(supervisor, caseId)).not.toBeNull();
    expect(listed).not.toContain(ids.otherTeam);
    expect(await getCaseForView(supervisor, ids.otherTeam)).toBeNull();
    const audit = await db.auditEvent.findFirst({ where: { actorUserId: supervisor.userId, action: "supervision.caseload" }, orderBy: { id: "desc" }, select: { outcome: true } });
    expect(audit?.outcome).toBe("ALLOWED");
  });

  it("a shorter no-contact period counts the case contacted three days ago too", async () => {
    const caseload = await getSupervisorCaseload(supervisor, { noContactDays: 2, page: 1 });
    expect(caseload.noContact.rows.map((r) => r.id).sort()).toEqual([ids.quiet, ids.contacted].sort());
  });

  it("the number of days is validated", () => {
    expect(caseloadQuerySchema.safeParse({ days: "0", page: "1" }).success).toBe(false);
    expect(caseloadQuerySchema.safeParse({ days: "abc", page: "1" }).success).toBe(false);
    expect(caseloadQuerySchema.safeParse({ days: "366", page: "1" }).success).toBe(false);
    expect(caseloadQuerySchema.safeParse({ days: "28", page: "1" }).success).toBe(true);
  });
});
