// The person page: who may see a person, which of their cases and notes are shown, how reading is
// audited, and the chronology's filters and pages.
import { beforeAll, describe, expect, it } from "vitest";
import { getPersonForView } from "@/lib/people/person-view";
import { personChronologyPageSize } from "@/lib/people/person-chronology";
import type { ChronologyFilters } from "@/lib/people/chronology-filters";
import { chronologyFilterValues, parseChronologyFilters } from "@/lib/people/chronology-filters";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { unsafeLoadPersonFacts } from "@/lib/access/person-facts";
import { decidePersonAccess } from "@/lib/access/person-policy";
import { visiblePeopleWhere } from "@/lib/people/visible-people-where";
import { db } from "@/tests/support/owner-db";
import { daysFromToday } from "../../support/case-factories";
import { addNote, personKnownToTwo, personRecordWorld, type PersonRecordWorld } from "./person-record-world";

let w: PersonRecordWorld;
beforeAll(async () => {
  w = await personRecordWorld();
});

const everything: ChronologyFilters = { organisationId: null, kind: null, from: null, to: null, page: 1 };

async function auditSince(mark: Date, userId: string) {
  return db.auditEvent.findMany({ where: { at: { gte: mark }, actorUserId: userId }, orderBy: { id: "asc" }, select: { action: true, outcome: true, recordId: true, caseId: true, details: true } });
}

describe("the person page", () => {
  let p: Awaited<ReturnType<typeof personKnownToTwo>>;
  let bodies: Record<string, string>;
  beforeAll(async () => {
    p = await personKnownToTwo(w);
    bodies = {
      leadShared: "Lead: visited, tenancy at risk",
      partnerShared: "Partner: assessment booked",
      partnerOwn: "Partner only: clinical detail",
      leadOwn: "Lead only: internal note",
      elsewhere: "Police: incident at the address",
    };
    await addNote(p.sharedCaseId, w.lead, bodies.leadShared, { kind: "VISIT", daysAgo: 3 });
    await addNote(p.sharedCaseId, w.partner, bodies.partnerShared, { kind: "ASSESSMENT", daysAgo: 2 });
    await addNote(p.sharedCaseId, w.partner, bodies.partnerOwn, { visibility: "OWN_ORGANISATION", daysAgo: 1 });
    await addNote(p.sharedCaseId, w.lead, bodies.leadOwn, { visibility: "OWN_ORGANISATION", daysAgo: 4 });
    await addNote(p.elsewhereCaseId, w.outsider, bodies.elsewhere, { daysAgo: 1 });
  });

  it("shows the lead organisation's worker only the cases shared with them, and their readable notes newest first", async () => {
    const view = await getPersonForView(w.lead, p.personId, everything);
    expect(view?.cases.map((c) => c.id)).toEqual([p.sharedCaseId]);
    expect(view?.chronology?.notes.map((n) => n.body)).toEqual([bodies.partnerShared, bodies.leadShared, bodies.leadOwn]);
    expect(view?.chronology?.organisations.map((o) => o.id).sort()).toEqual([w.leadOrg.id, w.partnerOrg.id].sort());
    expect(view?.permissions.edit).toBe(true);
  });

  it("shows a partner its own organisation's private notes but not the lead's, and may not edit", async () => {
    const view = await getPersonForView(w.partner, p.personId, everything);
    expect(view?.chronology?.notes.map((n) => n.body)).toEqual([bodies.partnerOwn, bodies.partnerShared, bodies.leadShared]);
    expect(view?.permissions.edit).toBe(false);
  });

  it("shows the other lead organisation only its own case and notes", async () => {
    const view = await getPersonForView(w.outsider, p.personId, everything);
    expect(view?.cases.map((c) => c.id)).toEqual([p.elsewhereCaseId]);
    expect(view?.chronology?.notes.map((n) => n.body)).toEqual([bodies.elsewhere]);
  });

  it("is not found for a worker of an organisation with no case about the person, and the refusal is audited", async () => {
    const mark = new Date();
    expect(await getPersonForView(w.stranger, p.personId, everything)).toBeNull();
    expect(await auditSince(mark, w.stranger.userId)).toMatchObject([{ action: "person.view", outcome: "DENIED", recordId: p.personId }]);
  });

  it("is not found for a partnership admin (no case content)", async () => {
    expect(await getPersonForView(w.admin, p.personId, everything)).toBeNull();
  });

  it("is not found for a person who does not exist, exactly as for one not shared", async () => {
    expect(await getPersonForView(w.lead, crypto.randomUUID(), everything)).toBeNull();
    expect(await getPersonForView(w.lead, "not-an-id", everything)).toBeNull();
  });

  it("audits the read: the person, then each case whose notes are shown, and no case the viewer may not see", async () => {
    const mark = new Date();
    await getPersonForView(w.lead, p.personId, everything);
    const rows = await auditSince(mark, w.lead.userId);
    expect(rows).toMatchObject([
      { action: "person.view", outcome: "ALLOWED", recordId: p.personId },
      { action: "case.view", outcome: "ALLOWED", caseId: p.sharedCaseId, details: { from: "person page" } },
    ]);
    expect(rows.some((r) => r.caseId === p.elsewhereCaseId)).toBe(false);
  });

  it("filters the chronology by organisation, kind and dates (the last day included)", async () => {
    const byPartner = await getPersonForView(w.lead, p.personId, { ...everything, organisationId: w.partnerOrg.id });
    expect(byPartner?.chronology?.notes.map((n) => n.body)).toEqual([bodies.partnerShared]);
    const visits = await getPersonForView(w.lead, p.personId, { ...everything, kind: "VISIT" });
    expect(visits?.chronology?.notes.map((n) => n.body)).toEqual([bodies.leadShared]);
    const days = await getPersonForView(w.lead, p.personId, { ...everything, from: daysFromToday(-4), to: daysFromToday(-3) });
    expect(days?.chronology?.notes.map((n) => n.body)).toEqual([bodies.leadShared, bodies.leadOwn]);
  });

  it("an organisation filter never opens notes the viewer may not read", async () => {
    const view = await getPersonForView(w.lead, p.personId, { ...everything, organisationId: w.outsider.organisation.id });
    expect(view?.chronology?.notes).toEqual([]);
    const own = await getPersonForView(w.lead, p.personId, { ...everything, organisationId: w.partnerOrg.id, kind: "NOTE" });
    expect(own?.chronology?.notes).toEqual([]);
  });
});

describe("the person policy and its list twin", () => {
  it("agree for every kind of worker on people known to one, two or no organisations", async () => {
    const people = [(await personKnownToTwo(w)).personId, (await w.newCase()).personId, (await db.person.create({ data: { givenName: "Una", familyName: "Recorded", searchName: "una recorded", dateOfBirth: new Date(Date.UTC(1990, 1, 1)), createdById: w.stranger.userId } })).id];
    for (const actor of [w.lead, w.partner, w.third, w.outsider, w.stranger, w.admin]) {
      const grounds = await accessGroundsFor(db, actor);
      for (const personId of people) {
        const facts = await unsafeLoadPersonFacts(db, personId);
        const decided = decidePersonAccess(actor, facts!, grounds, "view").allowed;
        const listed = (await db.person.count({ where: { AND: [{ id: personId }, visiblePeopleWhere(actor, grounds)] } })) === 1;
        expect(listed, `${actor.organisation.id} / ${personId}`).toBe(decided);
      }
    }
  });
});

describe("the chronology's pages and filter form", () => {
  it("pages a long chronology across cases, newest first, without repeating or losing an entry", async () => {
    const first = await w.newCase();
    const second = await w.newCase();
    await db.sharedCase.update({ where: { id: second.id }, data: { personId: first.personId } });
    const count = personChronologyPageSize + 5;
    for (let i = 0; i < count; i += 1) await addNote(i % 2 ? first.id : second.id, w.lead, `Entry ${i}`, { daysAgo: i + 1 });
    const one = await getPersonForView(w.lead, first.personId, everything);
    const two = await getPersonForView(w.lead, first.personId, { ...everything, page: 2 });
    expect(one?.chronology).toMatchObject({ total: count, page: 1, pageCount: 2 });
    const seen = [...(one?.chronology?.notes ?? []), ...(two?.chronology?.notes ?? [])].map((n) => n.body);
    expect(seen).toEqual(Array.from({ length: count }, (_, i) => `Entry ${i}`));
    expect(new Set(one?.chronology?.notes.map((n) => n.caseReference))).toEqual(new Set([first, second].map((c) => `GT-${String(c.number).padStart(6, "0")}`)));
  });

  it("refuses a to date before the from date, and a kind that is not one", () => {
    const values = chronologyFilterValues({ "from.day": "5", "from.month": "3", "from.year": "2026", "to.day": "4", "to.month": "3", "to.year": "2026" });
    expect(parseChronologyFilters(values, "1")).toEqual({ ok: false, fieldErrors: { to: ["To date must be the same as or after the from date"] } });
    const kind = parseChronologyFilters(chronologyFilterValues({ kind: "GOSSIP" }), "1");
    expect(kind.ok ? null : kind.fieldErrors.kind).toEqual(["Choose a kind of entry from the list"]);
  });
});
