// Merging two records of one person and undoing it: nothing is lost (every case, note and action
// follows the person), the record merged away becomes a tombstone that search never returns and
// whose page redirects, a stale preview is refused, and an unmerge within the period moves back
// exactly what moved (cases opened since stay), after which it is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { mergePeople, staleMergeMessage } from "@/lib/people/merge-people";
import { tombstoneTarget, getMergePreview, getUnmergeView } from "@/lib/people/merge-view";
import { unmergePeople, unmergePeriodOverMessage } from "@/lib/people/unmerge-people";
import { searchPeople } from "@/lib/people/queries";
import { unmergePeriodDays } from "@/lib/domain/person-merge-period";
import { searchNameOf } from "@/lib/domain/person-matching";
import { db } from "@/tests/support/owner-db";
import { recountSettingsSql, summaryMismatchesSql, type SummaryMismatch } from "@/lib/dashboards/summary-recount";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { uniqueSuffix } from "../../support/factories";
import { caseWorld, type CaseWorld } from "../cases/case-world";

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});

/** Two records of one person by the lead, each with a case, a note and an action; the second with a postcode. */
async function duplicatePair() {
  const family = `Merge${uniqueSuffix()}`;
  const first = await w.newCase();
  const second = await w.newCase();
  await db.person.update({ where: { id: first.personId }, data: { givenName: "Dana", familyName: family, searchName: searchNameOf("Dana", family) } });
  await db.person.update({ where: { id: second.personId }, data: { givenName: "Dana", familyName: family, searchName: searchNameOf("Dana", family), postcode: "M4 6AA" } });
  for (const c of [first, second]) {
    await db.caseNote.create({ data: { caseId: c.id, authorId: w.lead.userId, authorOrganisationId: w.lead.organisation.id, kind: "NOTE", visibility: "ALL_INVOLVED", occurredAt: daysFromToday(-1), body: "A note" } });
    await db.caseAction.create({ data: { caseId: c.id, description: "Call back", assigneeOrganisationId: w.lead.organisation.id, dueOn: daysFromToday(7), createdById: w.lead.userId } });
  }
  return { family, keptId: first.personId, awayId: second.personId, keptCaseId: first.id, awayCaseId: second.id };
}

async function countsOf(personIds: string[]) {
  const where = { case: { personId: { in: personIds } } };
  return { cases: await db.sharedCase.count({ where: { personId: { in: personIds } } }), notes: await db.caseNote.count({ where }), actions: await db.caseAction.count({ where }) };
}

const mergeForm = (p: { keptId: string; awayId: string }, versions: [number, number], choices: Record<string, string> = {}) =>
  formDataOf({ keptId: p.keptId, awayId: p.awayId, keptVersion: String(versions[0]), awayVersion: String(versions[1]), confirmed: "yes", ...Object.fromEntries(Object.entries(choices).map(([f, v]) => [`choice-${f}`, v])) });

describe("merging two records of one person", () => {
  it("moves every case, note and action to the record kept, and leaves a tombstone that redirects and is never found", async () => {
    const p = await duplicatePair();
    const before = await countsOf([p.keptId, p.awayId]);
    const preview = await getMergePreview(w.lead, p.keptId, p.awayId);
    expect(preview?.differing).toEqual(["postcode"]);
    const result = await mergePeople(w.lead, mergeForm(p, [1, 1], { postcode: "away" }));
    expect(result.ok).toBe(true);
    expect(await countsOf([p.keptId])).toEqual(before);
    expect(await countsOf([p.awayId])).toEqual({ cases: 0, notes: 0, actions: 0 });
    const kept = await db.person.findUniqueOrThrow({ where: { id: p.keptId } });
    const away = await db.person.findUniqueOrThrow({ where: { id: p.awayId } });
    expect(kept.postcode).toBe("M4 6AA");
    expect(away.mergedIntoId).toBe(p.keptId);
    expect(away.mergedById).toBe(w.lead.userId);
    // The case's readers follow it (CaseAccess is kept by the database from the case).
    expect(await db.caseAccess.count({ where: { caseId: p.awayCaseId, personId: p.keptId } })).toBeGreaterThan(0);
    expect(await tombstoneTarget(w.lead, p.awayId)).toBe(p.keptId);
    expect(await tombstoneTarget(w.outsider, p.awayId)).toBeNull();
    const found = await searchPeople(w.lead, `Dana ${p.family}`);
    expect(found.people.map((x) => x.id)).toEqual([p.keptId]);
    const history = await db.personChange.findMany({ where: { personId: p.keptId }, select: { field: true } });
    expect(history.map((h) => h.field).sort()).toEqual(["merge", "postcode"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "person.merge", recordId: p.keptId } });
    expect(audit.outcome).toBe("ALLOWED");
    expect(audit.details).toMatchObject({ mergedAwayId: p.awayId, movedCases: 1 });
  });

  it("refuses a stale preview (either record changed since) and changes nothing", async () => {
    const p = await duplicatePair();
    await db.person.update({ where: { id: p.awayId }, data: { version: 2 } });
    const result = await mergePeople(w.lead, mergeForm(p, [1, 1], { postcode: "away" }));
    expect(result).toMatchObject({ ok: false, formError: staleMergeMessage });
    expect(await countsOf([p.awayId])).toMatchObject({ cases: 1 });
    expect((await db.person.findUniqueOrThrow({ where: { id: p.awayId } })).mergedIntoId).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "person.merge", recordId: p.keptId, outcome: "REFUSED" } })).toBe(1);
  });

  it("asks for a choice on every field where the records differ", async () => {
    const p = await duplicatePair();
    const result = await mergePeople(w.lead, mergeForm(p, [1, 1]));
    expect(result).toMatchObject({ ok: false, fieldErrors: { "choice-postcode": ["Choose which postcode to keep"] } });
  });

  it("is refused to a worker who may not edit both records", async () => {
    const p = await duplicatePair();
    expect((await mergePeople(w.partner, mergeForm(p, [1, 1], { postcode: "away" }))).ok).toBe(false);
    expect(await getMergePreview(w.outsider, p.keptId, p.awayId)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "person.merge", recordId: p.keptId, outcome: "DENIED", actorUserId: w.partner.userId } })).toBe(1);
  });
});

describe("the dashboards' summaries", () => {
  it("still equal a from-scratch recount after a merge and an unmerge", async () => {
    const p = await duplicatePair();
    const merged = await mergePeople(w.lead, mergeForm(p, [1, 1], { postcode: "away" }));
    if (!merged.ok) throw new Error("merge failed");
    const recount = async () => (await db.$transaction([db.$executeRawUnsafe(recountSettingsSql), db.$queryRawUnsafe<SummaryMismatch[]>(summaryMismatchesSql)]))[1];
    expect(await recount()).toEqual([]);
    expect((await unmergePeople(w.lead, formDataOf({ mergeId: merged.mergeId, keptVersion: "2" }))).ok).toBe(true);
    expect(await recount()).toEqual([]);
  });
});

describe("unmerging", () => {
  it("within the period restores the record merged away and moves back exactly what moved; a case opened since stays", async () => {
    const p = await duplicatePair();
    const before = { kept: await countsOf([p.keptId]), away: await countsOf([p.awayId]) };
    const merged = await mergePeople(w.lead, mergeForm(p, [1, 1], { postcode: "away" }));
    if (!merged.ok) throw new Error("merge failed");
    const since = await w.newCase();
    await db.sharedCase.update({ where: { id: since.id }, data: { personId: p.keptId } });
    const view = await getUnmergeView(w.lead, merged.mergeId);
    expect(view).toMatchObject({ movedCases: 1, casesSince: 1, mayUnmerge: true });
    const result = await unmergePeople(w.lead, formDataOf({ mergeId: merged.mergeId, keptVersion: String(view!.keptVersion) }));
    expect(result.ok).toBe(true);
    expect(await countsOf([p.awayId])).toEqual(before.away);
    expect((await countsOf([p.keptId])).cases).toBe(before.kept.cases + 1);
    const [kept, away] = [await db.person.findUniqueOrThrow({ where: { id: p.keptId } }), await db.person.findUniqueOrThrow({ where: { id: p.awayId } })];
    expect(kept.postcode).toBeNull();
    expect(away.mergedIntoId).toBeNull();
    expect((await db.personMerge.findUniqueOrThrow({ where: { id: merged.mergeId } })).unmergedById).toBe(w.lead.userId);
    expect(await db.auditEvent.count({ where: { action: "person.unmerge", recordId: p.keptId, outcome: "ALLOWED" } })).toBe(1);
  });

  it(`is refused after ${unmergePeriodDays} days, and the page no longer offers it`, async () => {
    const p = await duplicatePair();
    const merged = await mergePeople(w.lead, mergeForm(p, [1, 1], { postcode: "kept" }));
    if (!merged.ok) throw new Error("merge failed");
    const later = new Date(Date.now() + (unmergePeriodDays + 1) * 86_400_000);
    expect((await getUnmergeView(w.lead, merged.mergeId, later))?.mayUnmerge).toBe(false);
    const result = await unmergePeople(w.lead, formDataOf({ mergeId: merged.mergeId, keptVersion: "2" }), later);
    expect(result).toMatchObject({ ok: false, formError: unmergePeriodOverMessage });
    expect((await db.person.findUniqueOrThrow({ where: { id: p.awayId } })).mergedIntoId).toBe(p.keptId);
    // Just inside the period it is still allowed.
    const inside = new Date(Date.now() + (unmergePeriodDays - 1) * 86_400_000);
    expect((await unmergePeople(w.lead, formDataOf({ mergeId: merged.mergeId, keptVersion: "2" }), inside)).ok).toBe(true);
  });
});
