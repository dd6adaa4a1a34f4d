// My work's lists: through the access policy, paged, filtered and sorted in the database, with
// who each case is about; notifications disappear with access and are marked read by their owner.
import { beforeAll, describe, expect, it } from "vitest";
import { listMyActions } from "@/lib/cases/my-work/my-actions";
import { listUnreadNotifications, markNotificationsRead } from "@/lib/cases/my-work/my-notifications";
import { listReferralInbox } from "@/lib/cases/my-work/referral-inbox";
import { listTransfersAwaiting } from "@/lib/cases/my-work/transfers-awaiting";
import { db } from "@/tests/support/owner-db";
import { addDays, londonToday } from "@/lib/domain/london-time";
import { createActor, createAgreement, createCase, createOrganisation, createPlace, createTheme, joinTeam } from "../../support/case-factories";

const all = { due: "all", for: "all", sort: "due" } as const;

describe("a worker's actions", () => {
  let world: Awaited<ReturnType<typeof actionsWorld>>;
  async function actionsWorld() {
    const { neighbourhood } = await createPlace();
    const theme = await createTheme();
    const org = await createOrganisation();
    const worker = await createActor({ organisationId: org.id });
    const colleague = await createActor({ organisationId: org.id });
    const cases: Awaited<ReturnType<typeof createCase>>[] = [];
    for (let i = 0; i < 3; i++) cases.push(await createCase({ lead: worker, neighbourhoodId: neighbourhood.id, themeIds: [theme.id] }));
    const today = londonToday();
    // 45 actions: 15 overdue, 15 due within the week, 15 later; two thirds for the worker by name.
    const rows = Array.from({ length: 45 }, (_, i) => ({
      caseId: cases[i % 3].id,
      description: `Action ${String(i).padStart(2, "0")}`,
      assigneeOrganisationId: org.id,
      assigneeUserId: i % 3 === 2 ? null : worker.userId,
      dueOn: addDays(today, i < 15 ? -(i + 1) : i < 30 ? i - 15 : 30 + i),
      createdById: worker.userId,
    }));
    await db.caseAction.createMany({ data: rows });
    await db.caseAction.create({ data: { ...rows[0], description: "Someone else's", assigneeUserId: colleague.userId } });
    await db.caseAction.create({ data: { ...rows[0], description: "Done already", status: "DONE" } });
    return { worker, cases };
  }
  beforeAll(async () => {
    world = await actionsWorld();
  });

  it("pages them, soonest due first, with the case and who it is about", async () => {
    const first = await listMyActions(world.worker, all, { page: 1, pageSize: 20 });
    const third = await listMyActions(world.worker, all, { page: 3, pageSize: 20 });
    expect(first).toMatchObject({ total: 45, overdue: 15, pageCount: 3 });
    expect(first.rows).toHaveLength(20);
    expect(third.rows).toHaveLength(5);
    const dues = first.rows.map((r) => r.dueOn.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(first.rows[0].overdue).toBe(true);
    const byCase = new Map(world.cases.map((c) => [c.id, `${c.person.givenName} ${c.person.familyName}`]));
    for (const row of first.rows) expect(row.case.subjectName).toBe(byCase.get(row.case.id));
    expect(first.rows.map((r) => r.description)).not.toContain("Someone else's");
  });

  it("filters by due date and by whom the action is for", async () => {
    expect((await listMyActions(world.worker, { ...all, due: "overdue" }, { page: 1, pageSize: 50 })).rows.every((r) => r.overdue)).toBe(true);
    expect((await listMyActions(world.worker, { ...all, due: "overdue" }, { page: 1, pageSize: 50 })).total).toBe(15);
    expect((await listMyActions(world.worker, { ...all, due: "week" }, { page: 1, pageSize: 50 })).total).toBe(7);
    expect((await listMyActions(world.worker, { ...all, for: "me" }, { page: 1, pageSize: 50 })).total).toBe(30);
    expect((await listMyActions(world.worker, { ...all, for: "organisation" }, { page: 1, pageSize: 50 })).total).toBe(15);
  });

  it("sorts by case reference", async () => {
    const rows = (await listMyActions(world.worker, { ...all, sort: "case" }, { page: 1, pageSize: 50 })).rows;
    const refs = rows.map((r) => r.case.reference);
    expect(refs).toEqual([...refs].sort());
  });
});

describe("the inbox, transfers and notifications follow the access policy", () => {
  it("a notification about a case no longer shared is not shown, and marking read touches only one's own", async () => {
    const { neighbourhood } = await createPlace();
    const theme = await createTheme();
    const lead = await createOrganisation();
    const partner = await createOrganisation({ type: "NHS_TRUST" });
    const agreement = await createAgreement({ partyIds: [lead.id, partner.id], themeIds: [theme.id] });
    const leadWorker = await createActor({ organisationId: lead.id });
    const partnerWorker = await createActor({ organisationId: partner.id });
    await joinTeam(neighbourhood.id, partnerWorker);
    const shared = await createCase({ lead: leadWorker, neighbourhoodId: neighbourhood.id, themeIds: [theme.id], involvedOrganisationIds: [partner.id] });
    const referral = await db.referral.create({
      data: { caseId: shared.id, fromOrganisationId: partner.id, sentById: partnerWorker.userId, toOrganisationId: lead.id, reason: "r", urgency: "ROUTINE", status: "DECLINED", declineReason: "NO_CAPACITY", responseComment: "Full this month" },
    });
    const notification = await db.notification.create({ data: { kind: "REFERRAL_DECLINED", userId: partnerWorker.userId, caseId: shared.id, referralId: referral.id } });
    expect((await listUnreadNotifications(partnerWorker)).map((n) => n.comment)).toEqual(["Full this month"]);

    expect(await markNotificationsRead(leadWorker, [notification.id])).toBe(0);
    expect(await markNotificationsRead(partnerWorker, "all")).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "notification.read", actorUserId: partnerWorker.userId } })).toBe(1);

    const later = await db.notification.create({ data: { kind: "REFERRAL_DECLINED", userId: partnerWorker.userId, caseId: shared.id, referralId: referral.id } });
    await db.sharingAgreement.update({ where: { id: agreement.id }, data: { status: "ENDED", endedAt: new Date() } });
    expect(await listUnreadNotifications(partnerWorker)).toEqual([]);
    // Hidden with the case, it stays unread: it is shown again if sharing resumes.
    expect(await markNotificationsRead(partnerWorker, "all")).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: later.id } })).readAt).toBeNull();
  });

  it("the inbox lists pending referrals to the organisation only, and transfers only on cases it may see", async () => {
    const { neighbourhood } = await createPlace();
    const theme = await createTheme();
    const lead = await createOrganisation();
    const receiver = await createOrganisation({ type: "HOUSING_PROVIDER" });
    await createAgreement({ partyIds: [lead.id, receiver.id], themeIds: [theme.id] });
    const leadWorker = await createActor({ organisationId: lead.id });
    const receiverWorker = await createActor({ organisationId: receiver.id });
    await joinTeam(neighbourhood.id, receiverWorker);
    const c = await createCase({ lead: leadWorker, neighbourhoodId: neighbourhood.id, themeIds: [theme.id] });
    const referral = { caseId: c.id, fromOrganisationId: lead.id, sentById: leadWorker.userId, toOrganisationId: receiver.id, reason: "r", urgency: "URGENT" as const };
    const pending = await db.referral.create({ data: referral });
    await db.referral.create({ data: { ...referral, status: "DECLINED" } });
    const inbox = await listReferralInbox(receiverWorker, { page: 1, pageSize: 10 });
    expect(inbox.rows.map((r) => r.id)).toEqual([pending.id]);
    expect((await listReferralInbox(leadWorker, { page: 1, pageSize: 10 })).total).toBe(0);

    // A transfer offered to an organisation that cannot see the case is not listed for it.
    await db.leadTransfer.create({ data: { caseId: c.id, kind: "LEAD_ORGANISATION", toOrganisationId: receiver.id, reason: "r", requestedById: leadWorker.userId } });
    expect(await listTransfersAwaiting(receiverWorker)).toEqual([]);
    await db.caseInvolvement.create({ data: { caseId: c.id, organisationId: receiver.id, role: "SUPPORTING" } });
    expect((await listTransfersAwaiting(receiverWorker)).map((t) => t.case.id)).toEqual([c.id]);
  });
});
