// Every barrier write against the real database: valid input (the change, its history entry,
// its audit row, the notifications), invalid input (field errors, nothing written), a caller who
// may not (refused, audited, nothing written), stale versions (what was typed kept), the
// personal-data warning, idempotent creates, and linked cases shown only to those who may see them.
import { beforeAll, describe, expect, it } from "vitest";
import { acceptBarrier } from "@/lib/barriers/accept-barrier";
import { addBarrierAction } from "@/lib/barriers/add-barrier-action";
import { getBarrierForView } from "@/lib/barriers/barrier-view";
import { closeBarrier } from "@/lib/barriers/close-barrier";
import { commentOnBarrier } from "@/lib/barriers/comment-on-barrier";
import { editBarrier } from "@/lib/barriers/edit-barrier";
import { escalateBarrier } from "@/lib/barriers/escalate-barrier";
import { linkCasesToBarrier } from "@/lib/barriers/link-cases-to-barrier";
import { markBarrierNotificationsRead } from "@/lib/barriers/mark-barrier-notifications-read";
import { getMyBarriers } from "@/lib/barriers/my-barriers";
import { raiseBarrier } from "@/lib/barriers/raise-barrier";
import { updateBarrierAction } from "@/lib/barriers/update-barrier-action";
import { db } from "@/tests/support/owner-db";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { barrierWorld, type BarrierWorld } from "./barrier-world";

let w: BarrierWorld;
beforeAll(async () => {
  w = await barrierWorld();
});

const described = (extra: Record<string, string | string[]> = {}) => ({
  title: "Repairs system closed to partners",
  description: "Partners cannot open the repairs system.",
  effect: "Repairs are chased three times.",
  category: "SYSTEM",
  ...extra,
});

const raiseForm = (extra: Record<string, string | string[]> = {}) =>
  formDataOf({ ...described(), organisationIds: [w.council.id], place: `neighbourhood:${w.neighbourhood.id}`, caseReferences: "", clientRequestId: w.requestId(), ...extra });

const audits = (userId: string, action: string, outcome: "ALLOWED" | "DENIED", since: Date) =>
  db.auditEvent.count({ where: { actorUserId: userId, action, outcome, at: { gte: since } } });

describe("raising a barrier", () => {
  it("a frontline worker raises one in a neighbourhood: saved with its organisations, a history entry, an audit row, and those responsible told", async () => {
    const since = new Date();
    const result = await raiseBarrier(w.people.raiser, raiseForm());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const saved = await db.barrier.findUniqueOrThrow({ where: { id: result.barrierId }, include: { organisations: true, events: true } });
    expect(saved).toMatchObject({ status: "RAISED", escalationLevel: "NEIGHBOURHOOD", neighbourhoodId: w.neighbourhood.id, localityId: w.locality.id, raisedById: w.people.raiser.userId, ownerId: null, version: 1 });
    expect(saved.organisations.map((o) => o.organisationId)).toEqual([w.council.id]);
    expect(saved.events.map((e) => e.kind)).toEqual(["RAISED"]);
    expect(saved.reviewBy.getTime()).toBeGreaterThan(Date.now());
    expect(await audits(w.people.raiser.userId, "barrier.raise", "ALLOWED", since)).toBe(1);
    const told = await db.notification.findMany({ where: { barrierId: result.barrierId }, select: { userId: true, kind: true } });
    expect(new Set(told.map((n) => n.userId))).toEqual(
      new Set([w.people.teamLeadOfTeam.userId, w.people.teamLeadOfNeighbourhood.userId, w.people.neighbourhoodLead.userId, w.people.localityLead.userId]),
    );
    expect(told.every((n) => n.kind === "BARRIER_RAISED")).toBe(true);
  });

  it("a barrier for a whole locality starts at the locality level", async () => {
    const result = await raiseBarrier(w.people.localityLead, raiseForm({ place: `locality:${w.locality.id}` }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await db.barrier.findUniqueOrThrow({ where: { id: result.barrierId } })).toMatchObject({ escalationLevel: "LOCALITY", neighbourhoodId: null, localityId: w.locality.id });
  });

  // Other test files write barriers at the same time: count only what this test could have written.
  const raisedBy = (actor: { userId: string }) => db.barrier.count({ where: { raisedById: actor.userId } });

  it("invalid input gives each field's message, keeps what was typed, and writes nothing", async () => {
    const before = await raisedBy(w.people.raiser);
    const result = await raiseBarrier(w.people.raiser, formDataOf({ title: "", description: "x".repeat(3001), effect: "", category: "NOPE", place: "somewhere", caseReferences: "GT-12a", clientRequestId: w.requestId() }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["caseReferences", "category", "description", "effect", "organisationIds", "place", "title"]);
    expect(result.fieldErrors.description?.[0]).toBe("What happens must be 3,000 characters or fewer");
    expect(result.values.caseReferences).toBe("GT-12a");
    expect(await raisedBy(w.people.raiser)).toBe(before);
  });

  it("someone without a worker's or lead's role is refused, the refusal audited, nothing written", async () => {
    const since = new Date();
    const before = await raisedBy(w.people.boardMember);
    const result = await raiseBarrier(w.people.boardMember, raiseForm());
    expect(result).toMatchObject({ ok: false, formError: "You cannot raise barriers: only frontline workers and locality leads raise them." });
    expect(await audits(w.people.boardMember.userId, "barrier.raise", "DENIED", since)).toBe(1);
    expect(await raisedBy(w.people.boardMember)).toBe(before);
  });

  it("the same form sent twice raises one barrier", async () => {
    const form = raiseForm();
    const first = await raiseBarrier(w.people.raiser, form);
    const second = await raiseBarrier(w.people.raiser, form);
    expect(first.ok && second.ok && first.barrierId === second.barrierId).toBe(true);
  });

  it("links cases the raiser may see; a case they may not see is refused like one that does not exist", async () => {
    const own = await w.caseOf(w.people.raiser);
    const others = await w.caseOf(w.people.otherWorker);
    const refused = await raiseBarrier(w.people.raiser, raiseForm({ caseReferences: `${formatCaseReference(own.number)}, ${formatCaseReference(others.number)}` }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.fieldErrors.caseReferences?.[0]).toBe(`${formatCaseReference(others.number)} is not a case you can see: check the reference, or leave it out`);
    const missing = await raiseBarrier(w.people.raiser, raiseForm({ caseReferences: "GT-999999999" }));
    expect(!missing.ok && missing.fieldErrors.caseReferences?.[0]).toBe("GT-999999999 is not a case you can see: check the reference, or leave it out");
    const linked = await raiseBarrier(w.people.raiser, raiseForm({ caseReferences: formatCaseReference(own.number) }));
    expect(linked.ok).toBe(true);
    if (!linked.ok) return;
    expect(await db.barrierCaseLink.count({ where: { barrierId: linked.barrierId, caseId: own.id } })).toBe(1);
  });
});

describe("the personal-data warning", () => {
  it("stops text with an NHS number, a date of birth, a postcode or a linked subject's name; saving anyway needs the explicit confirmation", async () => {
    const own = await w.caseOf(w.people.raiser);
    const before = await db.barrier.count({ where: { raisedById: w.people.raiser.userId } });
    const form = raiseForm({
      description: `Patient 943 476 5919, born 12/03/1985, of M4 6AA was refused; ${own.person.givenName} ${own.person.familyName} waited weeks.`,
      caseReferences: formatCaseReference(own.number),
    });
    const warned = await raiseBarrier(w.people.raiser, form);
    expect(warned.ok).toBe(false);
    if (warned.ok) return;
    expect(warned.personalData).toEqual([
      {
        field: "description",
        label: "What happens",
        findings: [
          { kind: "nhs-number", text: "943 476 5919" },
          { kind: "date-of-birth", text: "12/03/1985" },
          { kind: "postcode", text: "M4 6AA" },
          { kind: "name", text: `${own.person.givenName} ${own.person.familyName}` },
        ],
      },
    ]);
    expect(warned.values.description).toContain("943 476 5919");
    expect(await db.barrier.count({ where: { raisedById: w.people.raiser.userId } })).toBe(before);
    form.set("personalDataConfirmed", "yes");
    expect((await raiseBarrier(w.people.raiser, form)).ok).toBe(true);
  });

  it("a comment is checked too, with the names of the linked cases the writer may see and no others", async () => {
    const theirs = await w.caseOf(w.people.otherWorker);
    const raised = await raiseBarrier(w.people.otherWorker, raiseForm({ caseReferences: formatCaseReference(theirs.number) }));
    if (!raised.ok) throw new Error("raise");
    const name = `${theirs.person.givenName} ${theirs.person.familyName}`;
    const byCaseWorker = await commentOnBarrier(w.people.otherWorker, raised.barrierId, formDataOf({ body: `Same for ${name}.`, clientRequestId: w.requestId() }));
    expect(!byCaseWorker.ok && byCaseWorker.personalData?.[0].findings).toEqual([{ kind: "name", text: name }]);
    // The raiser of the other organisation may not see that case: their warning must not use its name.
    const byOutsider = await commentOnBarrier(w.people.raiser, raised.barrierId, formDataOf({ body: `Same for ${name}.`, clientRequestId: w.requestId() }));
    expect(byOutsider.ok).toBe(true);
  });
});

describe("linked cases on the barrier page", () => {
  it("are listed by reference to those who may see the case; others see how many there are", async () => {
    const own = await w.caseOf(w.people.raiser);
    const raised = await raiseBarrier(w.people.raiser, raiseForm({ caseReferences: formatCaseReference(own.number) }));
    if (!raised.ok) throw new Error("raise");
    const forRaiser = await getBarrierForView(w.people.raiser, raised.barrierId);
    expect(forRaiser?.linkedCases).toEqual({ visible: [{ id: own.id, reference: formatCaseReference(own.number) }], total: 1 });
    const forOther = await getBarrierForView(w.people.otherWorker, raised.barrierId);
    expect(forOther?.linkedCases).toEqual({ visible: [], total: 1 });
    const forAdmin = await getBarrierForView(w.people.admin, raised.barrierId);
    expect(forAdmin?.linkedCases).toEqual({ visible: [], total: 1 });
    expect(JSON.stringify(forOther)).not.toContain(own.person.familyName);
  });

  it("a worker adds a case where an open barrier bit; the history says how many, not which", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED" });
    const own = await w.caseOf(w.people.otherWorker);
    const result = await linkCasesToBarrier(w.people.otherWorker, b.id, formDataOf({ caseReferences: formatCaseReference(own.number) }));
    expect(result.ok).toBe(true);
    const event = await db.barrierEvent.findFirstOrThrow({ where: { barrierId: b.id, kind: "CASE_LINKED" } });
    expect(event.details).toEqual({ cases: 1 });
    expect(event.note).toBeNull();
  });
});

describe("accepting", () => {
  it("someone responsible becomes its owner with a review date; the raiser is told", async () => {
    const b = await w.freshBarrier();
    const result = await acceptBarrier(w.people.teamLeadOfTeam, b.id, formDataOf({ reviewBy: daysFromToday(21), note: "Taking it to the housing manager", version: "1" }));
    expect(result.ok).toBe(true);
    const saved = await db.barrier.findUniqueOrThrow({ where: { id: b.id } });
    expect(saved).toMatchObject({ status: "ACCEPTED", ownerId: w.people.teamLeadOfTeam.userId, version: 2 });
    expect(saved.reviewBy).toEqual(daysFromToday(21));
    const event = await db.barrierEvent.findFirstOrThrow({ where: { barrierId: b.id, kind: "ACCEPTED" } });
    expect(event).toMatchObject({ actorId: w.people.teamLeadOfTeam.userId, fromStatus: "RAISED", toStatus: "ACCEPTED", note: "Taking it to the housing manager" });
    expect(await db.notification.count({ where: { barrierId: b.id, userId: w.people.raiser.userId, kind: "BARRIER_ACCEPTED" } })).toBe(1);
  });

  it("a review date in the past is refused at the field, nothing changes", async () => {
    const b = await w.freshBarrier();
    const result = await acceptBarrier(w.people.localityLead, b.id, formDataOf({ reviewBy: daysFromToday(-1), note: "", version: "1" }));
    expect(!result.ok && result.fieldErrors.reviewBy?.[0]).toBe("Review date must be today or in the future");
    expect((await db.barrier.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("RAISED");
  });

  it("two people accepting at once: the second is told someone else changed it first, and keeps their note", async () => {
    const b = await w.freshBarrier();
    expect((await acceptBarrier(w.people.localityLead, b.id, formDataOf({ reviewBy: daysFromToday(10), note: "", version: "1" }))).ok).toBe(true);
    // The second form was loaded at version 1 too; by now the barrier is no longer waiting, so the policy refuses.
    const late = await acceptBarrier(w.people.neighbourhoodLead, b.id, formDataOf({ reviewBy: daysFromToday(10), note: "I'll take it", version: "1" }));
    expect(late).toMatchObject({ ok: false, formError: "You cannot do this: it already has an owner at this level." });
  });
});

describe("editing", () => {
  it("saves the new wording, organisations and review date, recording which fields changed", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED" });
    const result = await editBarrier(w.people.localityLead, b.id, formDataOf({ ...described({ title: "Repairs system closed to police and health" }), organisationIds: [w.council.id, w.police.id], reviewBy: daysFromToday(40), version: "1" }));
    expect(result.ok).toBe(true);
    const saved = await db.barrier.findUniqueOrThrow({ where: { id: b.id }, include: { organisations: true } });
    expect(saved.title).toBe("Repairs system closed to police and health");
    expect(saved.organisations.map((o) => o.organisationId).sort()).toEqual([w.council.id, w.police.id].sort());
    const event = await db.barrierEvent.findFirstOrThrow({ where: { barrierId: b.id, kind: "EDITED" } });
    expect(event.details).toEqual({ fields: ["Title", "What happens", "Effect on people and services", "Organisations", "Review date"] });
  });

  it("a stale version changes nothing and says what someone else changed, keeping what was typed", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED" });
    await db.barrier.update({ where: { id: b.id }, data: { title: "Changed by someone else", version: 2 } });
    const result = await editBarrier(w.people.localityLead, b.id, formDataOf({ ...described({ title: "My new title" }), organisationIds: [w.council.id], reviewBy: daysFromToday(30), version: "1" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.formError).toMatch(/^Someone else changed this barrier/);
    expect(result.values.title).toBe("My new title");
    expect(result.values.version).toBe("2");
    expect(result.conflict?.find((c) => c.label === "Title")).toEqual({ label: "Title", now: "Changed by someone else", yours: "My new title" });
    expect((await db.barrier.findUniqueOrThrow({ where: { id: b.id } })).title).toBe("Changed by someone else");
  });

  it("an overdue barrier's wording can be corrected without moving its review date; a new review date in the past is refused", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED" });
    await db.barrier.update({ where: { id: b.id }, data: { reviewBy: daysFromToday(-10) } });
    const keep = await editBarrier(w.people.localityLead, b.id, formDataOf({ ...described({ title: "Corrected" }), organisationIds: [w.council.id], reviewBy: daysFromToday(-10), version: "1" }));
    expect(keep.ok).toBe(true);
    const moved = await editBarrier(w.people.localityLead, b.id, formDataOf({ ...described(), organisationIds: [w.council.id], reviewBy: daysFromToday(-5), version: "2" }));
    expect(!moved.ok && moved.fieldErrors.reviewBy?.[0]).toBe("Review date must be today or in the future");
  });

  it("the raiser may correct it until someone accepts it, not after", async () => {
    const waiting = await w.freshBarrier();
    const form = () => formDataOf({ ...described({ title: "Typo fixed" }), organisationIds: [w.council.id], reviewBy: daysFromToday(30), version: "1" });
    expect((await editBarrier(w.people.raiser, waiting.id, form())).ok).toBe(true);
    const accepted = await w.freshBarrier({ status: "ACCEPTED" });
    expect((await editBarrier(w.people.raiser, accepted.id, form())).ok).toBe(false);
  });
});

describe("actions and comments", () => {
  it("the first action puts an accepted barrier in action; its named owner is told and may update it", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED", actionOwner: null });
    const added = await addBarrierAction(w.people.localityLead, b.id, formDataOf({ description: "Ask for read-only accounts", ownerOrganisationId: w.trust.id, ownerUserId: w.people.actionOwner.userId, dueOn: daysFromToday(14), clientRequestId: w.requestId() }));
    expect(added.ok).toBe(true);
    expect((await db.barrier.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("IN_ACTION");
    const action = await db.barrierAction.findFirstOrThrow({ where: { barrierId: b.id, ownerUserId: w.people.actionOwner.userId } });
    expect(await db.notification.count({ where: { barrierId: b.id, userId: w.people.actionOwner.userId, kind: "BARRIER_ACTION_ADDED" } })).toBe(1);
    const updated = await updateBarrierAction(w.people.actionOwner, b.id, formDataOf({ actionId: action.id, status: "DONE" }));
    expect(updated.ok).toBe(true);
    expect(await db.barrierAction.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "DONE" });
    expect(await db.barrierEvent.count({ where: { barrierId: b.id, kind: "ACTION_UPDATED" } })).toBe(1);
  });

  it("an action's owner must work for the chosen organisation; a due date in the past is refused", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED" });
    const wrongPerson = await addBarrierAction(w.people.localityLead, b.id, formDataOf({ description: "Do it", ownerOrganisationId: w.council.id, ownerUserId: w.people.actionOwner.userId, dueOn: daysFromToday(3), clientRequestId: w.requestId() }));
    expect(!wrongPerson.ok && wrongPerson.fieldErrors.ownerUserId?.[0]).toBe("Choose a person who works for the chosen organisation");
    const past = await addBarrierAction(w.people.localityLead, b.id, formDataOf({ description: "Do it", ownerOrganisationId: w.council.id, ownerUserId: "", dueOn: daysFromToday(-3), clientRequestId: w.requestId() }));
    expect(!past.ok && past.fieldErrors.dueOn?.[0]).toBe("Due date must be today or in the future");
    expect(await db.barrierAction.count({ where: { barrierId: b.id } })).toBe(1);
  });

  it("an action cannot be updated through another barrier", async () => {
    const mine = await w.freshBarrier({ status: "ACCEPTED" });
    const other = await w.freshBarrier({ status: "ACCEPTED" });
    const result = await updateBarrierAction(w.people.localityLead, mine.id, formDataOf({ actionId: other.actionId, status: "DONE" }));
    expect(result.ok).toBe(false);
    expect((await db.barrierAction.findUniqueOrThrow({ where: { id: other.actionId } })).status).toBe("OPEN");
  });

  it("a comment is saved once however often the form is sent, and is part of the history", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED" });
    const form = formDataOf({ body: "The system owner replied: accounts in the new year.", clientRequestId: w.requestId() });
    expect((await commentOnBarrier(w.people.otherWorker, b.id, form)).ok).toBe(true);
    expect((await commentOnBarrier(w.people.otherWorker, b.id, form)).ok).toBe(true);
    expect(await db.barrierComment.count({ where: { barrierId: b.id } })).toBe(1);
    expect(await db.barrierEvent.count({ where: { barrierId: b.id, kind: "COMMENTED" } })).toBe(1);
  });

  it("an empty comment is refused at the field", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED" });
    const result = await commentOnBarrier(w.people.otherWorker, b.id, formDataOf({ body: "  ", clientRequestId: w.requestId() }));
    expect(!result.ok && result.fieldErrors.body?.[0]).toBe("Enter your comment");
  });
});

describe("escalating and closing", () => {
  it("escalation needs a reason, moves responsibility up a level, clears the owner and tells the new level", async () => {
    const b = await w.freshBarrier({ status: "ACCEPTED", owner: w.people.teamLeadOfTeam });
    const noReason = await escalateBarrier(w.people.teamLeadOfTeam, b.id, formDataOf({ reason: "", version: "1" }));
    expect(!noReason.ok && noReason.fieldErrors.reason?.[0]).toBe("Enter why it needs to go to the next level");
    const result = await escalateBarrier(w.people.teamLeadOfTeam, b.id, formDataOf({ reason: "Only the locality can change the policy", version: "1" }));
    expect(result.ok).toBe(true);
    expect(await db.barrier.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ escalationLevel: "LOCALITY", status: "RAISED", ownerId: null });
    const event = await db.barrierEvent.findFirstOrThrow({ where: { barrierId: b.id, kind: "ESCALATED" } });
    expect(event).toMatchObject({ fromLevel: "NEIGHBOURHOOD", toLevel: "LOCALITY", note: "Only the locality can change the policy" });
    const told = await db.notification.findMany({ where: { barrierId: b.id, kind: "BARRIER_ESCALATED" }, select: { userId: true } });
    expect(new Set(told.map((n) => n.userId))).toEqual(new Set([w.people.raiser.userId, w.people.localityLead.userId]));
    // Now the team lead is not responsible any more, the locality lead is.
    expect((await acceptBarrier(w.people.teamLeadOfTeam, b.id, formDataOf({ reviewBy: daysFromToday(9), note: "", version: "2" }))).ok).toBe(false);
    expect((await acceptBarrier(w.people.localityLead, b.id, formDataOf({ reviewBy: daysFromToday(9), note: "", version: "2" }))).ok).toBe(true);
  });

  it("a board member resolves a barrier at the board; the raiser sees what was agreed on My work", async () => {
    const b = await w.freshBarrier({ level: "PARTNERSHIP_BOARD", status: "ACCEPTED", owner: w.people.boardMember });
    const result = await closeBarrier(w.people.boardMember, b.id, formDataOf({ outcome: "RESOLVED", resolution: "Accounts issued to every neighbourhood officer.", version: "1" }));
    expect(result.ok).toBe(true);
    const saved = await db.barrier.findUniqueOrThrow({ where: { id: b.id } });
    expect(saved).toMatchObject({ status: "RESOLVED", resolution: "Accounts issued to every neighbourhood officer." });
    expect(saved.closedAt).not.toBeNull();
    const mine = await getMyBarriers(w.people.raiser);
    expect(mine.raised.find((r) => r.id === b.id)?.resolution).toBe("Accounts issued to every neighbourhood officer.");
    expect(mine.notifications.some((n) => n.barrier.id === b.id && n.kind === "BARRIER_RESOLVED")).toBe(true);
    await markBarrierNotificationsRead(w.people.raiser);
    expect((await getMyBarriers(w.people.raiser)).notifications).toEqual([]);
  });

  it("closing as cannot be resolved needs the reason; a barrier still waiting for an owner cannot be closed", async () => {
    const accepted = await w.freshBarrier({ status: "ACCEPTED" });
    const noReason = await closeBarrier(w.people.localityLead, accepted.id, formDataOf({ outcome: "CLOSED_UNRESOLVED", resolution: "", version: "1" }));
    expect(!noReason.ok && noReason.fieldErrors.resolution?.[0]).toBe("Enter why it cannot be resolved");
    const waiting = await w.freshBarrier();
    const early = await closeBarrier(w.people.localityLead, waiting.id, formDataOf({ outcome: "RESOLVED", resolution: "Sorted", version: "1" }));
    expect(early).toMatchObject({ ok: false, formError: "You cannot do this: it must be accepted before it is closed." });
  });

  it("a closed barrier cannot be escalated, commented on or closed again", async () => {
    const b = await w.freshBarrier({ status: "RESOLVED" });
    expect((await escalateBarrier(w.people.localityLead, b.id, formDataOf({ reason: "Again", version: "1" }))).ok).toBe(false);
    expect((await commentOnBarrier(w.people.localityLead, b.id, formDataOf({ body: "More", clientRequestId: w.requestId() }))).ok).toBe(false);
    expect((await closeBarrier(w.people.localityLead, b.id, formDataOf({ outcome: "RESOLVED", resolution: "Again", version: "1" }))).ok).toBe(false);
  });

  it("the board is the top: nothing escalates beyond it", async () => {
    const b = await w.freshBarrier({ level: "PARTNERSHIP_BOARD", status: "ACCEPTED", owner: w.people.boardMember });
    const result = await escalateBarrier(w.people.boardMember, b.id, formDataOf({ reason: "Higher", version: "1" }));
    expect(result).toMatchObject({ ok: false, formError: "You cannot do this: the partnership board is the highest level." });
  });
});
