// Recording people (with likely-duplicate checks) and opening shared cases for them.
import { beforeAll, describe, expect, it } from "vitest";
import { openCase } from "@/lib/cases/open-case";
import { db } from "@/tests/support/owner-db";
import { createPerson } from "@/lib/people/create-person";
import { nhsNumberLookup, openNhsNumber } from "@/lib/people/nhs-number-field";
import { searchPeople } from "@/lib/people/queries";
import { createActor, daysFromToday } from "../../support/case-factories";
import { uniqueSuffix } from "../../support/factories";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "./case-world";

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});

// Each person gets a different date of birth unless a test says otherwise, so people made by
// one test are never likely duplicates of another's.
let birthdays = 0;
const nextBirthday = () => new Date(Date.UTC(1950, 0, 1) + (birthdays += 1) * 86_400_000);
const personForm = (overrides: Record<string, string | Date> = {}) =>
  formDataOf({ givenName: "Morgan", familyName: `Hale${uniqueSuffix().replace(/\d/g, "x")}`, dateOfBirth: nextBirthday(), nhsNumber: "", postcode: "m4 6aa", addressLine1: "1 Test Street", town: "Manchester", clientRequestId: w.requestId(), ...overrides });

describe("recording a person", () => {
  it("saves them with a normalised postcode and links a household at the same address", async () => {
    const first = await createPerson(w.lead, personForm());
    const second = await createPerson(w.lead, personForm({ givenName: "Robin", dateOfBirth: new Date(Date.UTC(2001, 0, 1)) }));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    const [a, b] = await Promise.all([db.person.findUniqueOrThrow({ where: { id: first.personId } }), db.person.findUniqueOrThrow({ where: { id: second.personId } })]);
    expect(a.postcode).toBe("M4 6AA");
    expect(a.householdId).not.toBeNull();
    expect(b.householdId).toBe(a.householdId);
  });

  it("offers a likely duplicate with the reason it matched, and creates only once confirmed", async () => {
    const familyName = `Quill${uniqueSuffix().replace(/\d/g, "q")}`;
    const dateOfBirth = nextBirthday();
    await createPerson(w.lead, personForm({ familyName, dateOfBirth }));
    const typo = personForm({ givenName: "Morgen", familyName, postcode: "", dateOfBirth });
    const offered = await createPerson(w.lead, typo);
    expect(offered.ok).toBe(false);
    if (offered.ok) return;
    expect(offered.duplicates?.[0]?.reasons).toEqual(["Similar name and same date of birth"]);
    typo.set("confirmedNotDuplicate", "yes");
    expect((await createPerson(w.lead, typo)).ok).toBe(true);
  });

  it("does not offer people the worker may not see as duplicates: it says only which organisation holds them", async () => {
    const familyName = `Vane${uniqueSuffix().replace(/\d/g, "v")}`;
    const dateOfBirth = nextBirthday();
    await createPerson(w.lead, personForm({ familyName, dateOfBirth }));
    const result = await createPerson(w.outsider, personForm({ familyName, dateOfBirth }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.duplicates).toEqual([]);
    expect(result.heldElsewhere?.map((h) => h.organisationId)).toContain(w.lead.organisation.id);
  });

  it.each([
    [{ nhsNumber: "123" }, "nhsNumber", "NHS number must be 10 digits, like 943 476 5919"],
    [{ nhsNumber: "9434765918" }, "nhsNumber", "Enter a valid NHS number: the last digit does not match the others, so check it"],
    [{ givenName: "" }, "givenName", "Enter the person's first name"],
    [{ dateOfBirth: daysFromToday(1) }, "dateOfBirth", "Date of birth must be today or in the past"],
    [{ postcode: "nowhere" }, "postcode", "Enter a real postcode, like M4 6AA"],
    [{ familyName: "x".repeat(101) }, "familyName", "Last name must be 100 characters or fewer"],
  ])("refuses %o with a message at the field", async (overrides, field, message) => {
    const result = await createPerson(w.lead, personForm(overrides));
    expect(result.ok ? null : result.fieldErrors[field]).toEqual([message]);
  });

  it("records one person when the same form arrives twice", async () => {
    const form = personForm();
    const [a, b] = [await createPerson(w.lead, form), await createPerson(w.lead, form)];
    expect(a).toEqual(b);
  });

  it("is refused to a partnership admin", async () => {
    const admin = await createActor({ roles: ["PARTNERSHIP_ADMIN"] });
    const result = await createPerson(admin, personForm());
    expect(result.ok ? null : result.formError).toBe("Only frontline workers can record people");
  });
});

describe("opening a shared case", () => {
  async function newPersonId() {
    const created = await createPerson(w.lead, personForm());
    if (!created.ok) throw new Error("person not created");
    return created.personId;
  }
  const caseForm = (personId: string, overrides: Record<string, string | string[] | Date> = {}) =>
    formDataOf({
      personId,
      neighbourhoodId: w.neighbourhood.id,
      themeIds: w.themeIds,
      riskLevel: "HIGH",
      summary: "Sofa surfing",
      leadProfessionalId: w.lead.userId,
      consentStatus: "GIVEN",
      consentDecidedOn: daysFromToday(0),
      clientRequestId: w.requestId(),
      ...overrides,
    });

  it("opens it led by the worker's organisation, with consent, themes and its audit row; a double submit opens one", async () => {
    const personId = await newPersonId();
    const form = caseForm(personId);
    const result = await openCase(w.lead, form);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await openCase(w.lead, form)).toEqual(result);
    const opened = await db.sharedCase.findUniqueOrThrow({ where: { id: result.caseId }, select: { leadOrganisationId: true, status: true, themes: true, consents: true, involvements: true } });
    expect(opened.leadOrganisationId).toBe(w.leadOrg.id);
    expect(opened.status).toBe("OPEN");
    expect(opened.themes).toHaveLength(2);
    expect(opened.consents[0]?.status).toBe("GIVEN");
    expect(opened.involvements.map((i) => i.role)).toEqual(["LEAD"]);
    expect(await db.auditEvent.count({ where: { caseId: result.caseId, action: "case.create" } })).toBe(1);
    expect(await db.sharedCase.count({ where: { personId } })).toBe(1);
  });

  it.each([
    [{ themeIds: [] }, "themeIds", "Choose at least one theme"],
    [{ riskLevel: "" }, "riskLevel", "Choose the risk level"],
    [{ consentStatus: "" }, "consentStatus", "Choose whether the person has consented to sharing"],
    [{ consentDecidedOn: "" }, "consentDecidedOn", "Enter the date of the consent decision"],
    [{ consentStatus: "REFUSED", lawfulBasis: "SAFEGUARDING" }, "lawfulBasisApprovedById", "Choose who approved sharing on this lawful basis"],
  ])("refuses %o", async (overrides, field, message) => {
    const result = await openCase(w.lead, caseForm(await newPersonId(), overrides));
    expect(result.ok ? null : result.fieldErrors[field]).toEqual([message]);
  });

  it("refuses a lead professional from another organisation", async () => {
    const result = await openCase(w.lead, caseForm(await newPersonId(), { leadProfessionalId: w.partner.userId }));
    expect(result.ok ? null : result.fieldErrors.leadProfessionalId).toEqual(["Choose a frontline worker of your organisation as lead professional"]);
  });

  it("refuses a person the worker may not see", async () => {
    const result = await openCase(w.outsider, caseForm(await newPersonId()));
    expect(result.ok ? null : result.formError).toBe("The person cannot be found. Search for them again.");
  });
});

describe("an NHS number at rest", () => {
  it("is stored only encrypted, sealed to its person, and found by its exact value", async () => {
    // Other tests' people share this number (held by other organisations): past the duplicate check.
    const created = await createPerson(w.lead, personForm({ nhsNumber: "943 476 5919", confirmedNotDuplicate: "yes" }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Person" WHERE id = ${created.personId}::uuid`;
    expect(JSON.stringify(row)).not.toContain("9434765919");
    expect(row.nhsNumberHash).toBe(nhsNumberLookup("9434765919"));
    expect(openNhsNumber(created.personId, row.nhsNumberCiphertext as string)).toBe("9434765919");
    // Copied onto another person's row, the ciphertext does not open.
    const other = await createPerson(w.lead, personForm());
    expect(other.ok).toBe(true);
    if (other.ok) expect(() => openNhsNumber(other.personId, row.nhsNumberCiphertext as string)).toThrow();
    expect((await searchPeople(w.lead, "9434765919")).people.map((p) => p.id)).toContain(created.personId);
    expect((await searchPeople(w.lead, "943476")).people.map((p) => p.id)).not.toContain(created.personId);
  });
});

describe("searching for people", () => {
  it("finds by name, NHS number, postcode and date of birth, only among visible people", async () => {
    const familyName = `Zed${uniqueSuffix().replace(/\d/g, "z")}`;
    await createPerson(w.lead, personForm({ familyName, nhsNumber: "4010232137", dateOfBirth: new Date(Date.UTC(1979, 10, 3)) }));
    for (const text of [`morgan ${familyName}`, "401 023 2137"]) {
      const { people } = await searchPeople(w.lead, text);
      expect(people.map((p) => p.familyName)).toContain(familyName);
    }
    expect((await searchPeople(w.lead, "3/11/1979")).people.map((p) => p.familyName)).toContain(familyName);
    expect((await searchPeople(w.outsider, familyName)).people).toEqual([]);
    expect((await searchPeople(w.outsider, "401 023 2137")).people).toEqual([]);
  });
});
