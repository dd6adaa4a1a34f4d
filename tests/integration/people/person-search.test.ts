// Person search on real PostgreSQL: forgiving name matching, ranking, narrowing, and the rule
// that only people the worker's organisation may see are ever found.
import { beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "@/lib/people/create-person";
import { searchPeople } from "@/lib/people/queries";
import { db } from "@/tests/support/owner-db";
import { searchNameOf } from "@/lib/domain/person-matching";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "../cases/case-world";

let w: CaseWorld;
const born = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** Records a person as the lead organisation's worker; their id. */
async function record(givenName: string, familyName: string, dateOfBirth = born(1985, 3, 27), postcode = "") {
  const form = formDataOf({ givenName, familyName, dateOfBirth, nhsNumber: "", postcode, addressLine1: "", town: "", clientRequestId: w.requestId(), confirmedNotDuplicate: "yes" });
  const result = await createPerson(w.lead, form);
  if (!result.ok) throw new Error(`could not record ${givenName} ${familyName}: ${JSON.stringify(result.fieldErrors)}`);
  return result.personId;
}

const namesFound = async (actor: CaseWorld["lead"], text: string) => (await searchPeople(actor, text)).people.map((p) => `${p.givenName} ${p.familyName}`);

beforeAll(async () => {
  w = await caseWorld();
  await record("Sarah", "Davies");
  await record("Sarah", "Davis", born(1990, 1, 2));
  await record("Gareth", "Davidson", born(1971, 6, 1));
  await record("Zoë", "Núñez");
  await record("Ewan", "McDonald");
  await record("Fiona", "MacLeod");
  await record("Siobhan", "O'Brien-Kowalski");
  await record("Priya", "Smith", born(2001, 5, 5), "M4 6AA");
  await record("Priya", "Smith", born(1962, 9, 9), "OL1 1AA");
});

describe("person search by name", () => {
  it("finds a name with two letters swapped or one letter wrong", async () => {
    expect(await namesFound(w.lead, "Daives")).toContain("Sarah Davies");
    expect(await namesFound(w.lead, "sarah dvaies")).toContain("Sarah Davies");
    expect(await namesFound(w.lead, "Davjes")).toContain("Sarah Davies");
    expect(await namesFound(w.lead, "Pryia Smiht")).toEqual(["Priya Smith", "Priya Smith"]);
  });

  it("ignores case, accents, apostrophes and hyphens, and spells Mc and Mac alike", async () => {
    expect(await namesFound(w.lead, "ZOE NUNEZ")).toEqual(["Zoë Núñez"]);
    expect(await namesFound(w.lead, "obrien")).toContain("Siobhan O'Brien-Kowalski");
    expect(await namesFound(w.lead, "Kowalski")).toContain("Siobhan O'Brien-Kowalski");
    expect(await namesFound(w.lead, "MacDonald")).toContain("Ewan McDonald");
    expect(await namesFound(w.lead, "Mcleod")).toContain("Fiona MacLeod");
  });

  it("finds a name from its first letters as typed", async () => {
    expect(await namesFound(w.lead, "Kowal")).toContain("Siobhan O'Brien-Kowalski");
  });

  it("ranks the exact name first, then the closest", async () => {
    const found = await namesFound(w.lead, "Davies");
    expect(found[0]).toBe("Sarah Davies");
    expect(found).toContain("Sarah Davis");
    expect(found.indexOf("Sarah Davis")).toBeLessThan(found.indexOf("Gareth Davidson") === -1 ? Infinity : found.indexOf("Gareth Davidson"));
    expect((await namesFound(w.lead, "Davis"))[0]).toBe("Sarah Davis");
  });

  it("needs every word to match: a second word narrows", async () => {
    expect(await namesFound(w.lead, "Gareth Davies")).toEqual([]);
    expect(await namesFound(w.lead, "Sarah Daives")).toEqual(["Sarah Davies"]);
    expect(await namesFound(w.lead, "Sarah Davis")).toEqual(["Sarah Davis", "Sarah Davies"]);
  });

  it("is narrowed by a date of birth and by a postcode typed with the name", async () => {
    const withBirthday = await searchPeople(w.lead, "Smith 5/5/2001");
    expect(withBirthday.people.map((p) => p.postcode)).toEqual(["M4 6AA"]);
    const withPostcode = await searchPeople(w.lead, "Priya Smyth ol11aa");
    expect(withPostcode.people.map((p) => p.dateOfBirth)).toEqual([born(1962, 9, 9)]);
    expect(await namesFound(w.lead, "Smith 1/1/2001")).toEqual([]);
    expect((await searchPeople(w.lead, "9/9/1962 OL1 1AA")).people.map((p) => p.givenName)).toEqual(["Priya"]);
  });
});

describe("who person search finds", () => {
  it("never a person the worker's organisation may not see, whatever the spelling", async () => {
    for (const text of ["Davies", "Daives", "Sarah Davies 27/3/1985", "Nunez", "Smith M4 6AA"]) {
      expect(await namesFound(w.outsider, text)).toEqual([]);
      // Covered by the agreement but not in the team around any of these people.
      expect(await namesFound(w.partner, text)).toEqual([]);
    }
  });

  it("a partner organisation in the team around the person finds them, others do not", async () => {
    const shared = await w.newCase();
    const familyName = "Wojcik";
    await db.person.update({ where: { id: shared.personId }, data: { givenName: "Hanna", familyName, searchName: searchNameOf("Hanna", familyName) } });
    expect(await namesFound(w.partner, "Wojick")).toEqual(["Hanna Wojcik"]);
    expect(await namesFound(w.third, "Wojcik")).toEqual([]);
    expect(await namesFound(w.outsider, "Wojcik")).toEqual([]);
  });

  it("is audited for the worker with what was searched by and how many were found, never the words", async () => {
    const before = new Date();
    await searchPeople(w.lead, "Daives 27/3/1985");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: w.lead.userId, action: "person.search", at: { gte: before } }, orderBy: { id: "desc" } });
    expect(audit.details).toEqual({ searchedBy: "name", narrowedBy: ["dateOfBirth"], results: 1 });
    expect(JSON.stringify([audit.details, audit.reasons, audit.recordId])).not.toMatch(/daives|1985/i);
  });

  it("the database's search function finds no one outside an actor's transaction", async () => {
    const rows = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('role', 'golden_thread_app', true), set_config('gt.context', 'system', true)`;
      return tx.$queryRaw<{ id: string }[]>`SELECT id FROM gt_find_people(${["davies"]}::text[], NULL, NULL, 50)`;
    });
    expect(rows).toEqual([]);
  });
});

describe("the duplicate check before recording a person", () => {
  it("offers a near match with the same date of birth, with its reason", async () => {
    const form = formDataOf({ givenName: "Sara", familyName: "Daives", dateOfBirth: born(1985, 3, 27), nhsNumber: "", postcode: "", addressLine1: "", town: "", clientRequestId: w.requestId() });
    const result = await createPerson(w.lead, form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const davies = (result.duplicates ?? []).find((p) => p.familyName === "Davies");
    expect(davies?.reasons).toEqual(["Similar name and same date of birth"]);
    // Davis was born on another day: not offered.
    expect((result.duplicates ?? []).map((p) => p.familyName)).not.toContain("Davis");
  });

  it("offers no one the worker may not see: only which organisation holds them", async () => {
    const form = formDataOf({ givenName: "Sarah", familyName: "Davies", dateOfBirth: born(1985, 3, 27), nhsNumber: "", postcode: "", addressLine1: "", town: "", clientRequestId: w.requestId() });
    const result = await createPerson(w.outsider, form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.duplicates).toEqual([]);
    expect(JSON.stringify(result.heldElsewhere)).not.toMatch(/Davies|1985/);
  });
});
