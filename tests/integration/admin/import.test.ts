import { describe, expect, it } from "vitest";
import { previewImport, runImport } from "@/lib/admin/import/run-import";
import { hashPasswordToken } from "@/lib/admin/password-tokens";
import { NotPermittedError } from "@/lib/admin/permission";
import { toCsv } from "@/lib/domain/csv";
import { db } from "@/tests/support/owner-db";
import { createAdmin, createNonAdmin, createPlaceWithWards, uniqueEmail } from "../../support/admin-factories";
import { mailTo, setPasswordTokenMailedTo } from "../../support/mailbox";
import { createOrganisation, createUser, uniqueSuffix } from "../../support/factories";

describe("importing organisations", () => {
  it("previews a good file without writing anything", async () => {
    const admin = await createAdmin();
    const names = [`Imported A ${uniqueSuffix()}`, `Imported B ${uniqueSuffix()}`];
    const csv = toCsv([["name", "type", "status", "joined_on"], [names[0], "VCSE", "", ""], [names[1], "NHS trust", "active", "01/04/2024"]]);
    expect(await previewImport(admin, "organisations", csv)).toMatchObject({ ok: true, rowCount: 2 });
    expect(await db.organisation.count({ where: { name: { in: names } } })).toBe(0);
  });

  it("lists every bad row with its column, and imports nothing — not even the good rows", async () => {
    const admin = await createAdmin();
    const existing = await createOrganisation();
    const good = `Good ${uniqueSuffix()}`;
    const csv = toCsv([
      ["name", "type", "status", "joined_on"],
      [good, "VCSE", "", ""],
      [existing.name.toLowerCase(), "Police", "", ""],
      ["Bad type", "Castle", "", ""],
      [good.toUpperCase(), "VCSE", "active", ""],
    ]);
    const preview = await previewImport(admin, "organisations", csv);
    expect(preview).toMatchObject({ ok: false, rowCount: 4 });
    expect(preview.ok ? [] : preview.errors).toEqual([
      { row: 3, column: "name", message: `"${existing.name.toLowerCase()}" is already in the partnership` },
      { row: 4, column: "type", message: '"Castle" is not a type of organisation' },
      { row: 5, column: "name", message: `"${good.toUpperCase()}" is also on row 2` },
      { row: 5, column: "joined_on", message: "Enter the date an active organisation joined" },
    ]);
    const outcome = await runImport(admin, "organisations", csv);
    expect(outcome.ok).toBe(false);
    expect(await db.organisation.count({ where: { name: good } })).toBe(0);
  });

  it("imports a large file in one transaction, reporting progress chunk by chunk, with an audit row each", async () => {
    const admin = await createAdmin();
    const marker = uniqueSuffix();
    const rows = Array.from({ length: 600 }, (_, i) => [`Bulk ${marker} ${i}`, "Voluntary, community and social enterprise"]);
    const progress: [number, number][] = [];
    const outcome = await runImport(admin, "organisations", toCsv([["Name", "Type"], ...rows]), (done, total) => progress.push([done, total]));
    expect(outcome).toMatchObject({ ok: true, created: 600 });
    expect(progress).toEqual([[0, 600], [250, 600], [500, 600], [600, 600]]);
    expect(await db.organisation.count({ where: { name: { startsWith: `Bulk ${marker}` }, status: "INVITED", type: "VCSE" } })).toBe(600);
    expect(await db.auditEvent.count({ where: { actorUserId: admin.userId, action: "admin.organisation.create", reasons: { has: "bulk import" } } })).toBe(600);
    expect(await db.auditEvent.count({ where: { actorUserId: admin.userId, action: "admin.import" } })).toBe(1);
  }, 120_000);

  it("reports a broken CSV and a wrong header before looking at rows", async () => {
    const admin = await createAdmin();
    expect(await previewImport(admin, "organisations", 'name,type\r\n"unclosed,VCSE\r\n')).toMatchObject({
      ok: false,
      errors: [{ row: 2, message: expect.stringMatching(/never closed/) }],
    });
    expect(await previewImport(admin, "organisations", "title,kind\r\nx,y\r\n")).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        { row: 1, column: "name", message: 'The column "name" is missing' },
        { row: 1, column: "title", message: '"title" is not a column of a organisations import' },
      ]),
    });
  });
});

describe("importing users", () => {
  it("creates users with roles and lead areas, and emails each their one-time link (only hashes kept, no link returned to the admin)", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    const { locality, neighbourhood } = await createPlaceWithWards(0);
    const worker = uniqueEmail("Import.Worker");
    const lead = uniqueEmail("import.lead");
    const csv = toCsv([
      ["email", "name", "job_title", "organisation", "roles", "lead_areas"],
      [worker, "Imported Worker", "Support Worker", organisation.name.toUpperCase(), "Frontline worker", ""],
      [lead, "Imported Lead", "", organisation.name, "locality lead; frontline_worker", `${locality.name}; ${neighbourhood.code}`],
    ]);
    const outcome = await runImport(admin, "users", csv);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.passwordLinksEmailed).toBe(2);
    expect(JSON.stringify(outcome)).not.toContain("set-password");
    const saved = await db.user.findUniqueOrThrow({ where: { email: lead }, select: { id: true, roles: { select: { role: true, localityId: true, neighbourhoodId: true } } } });
    expect(saved.roles).toHaveLength(3);
    const token = await setPasswordTokenMailedTo(lead);
    expect((await mailTo(worker)).map((m) => m.subject)).toEqual(["Your Golden Thread account: choose your password"]);
    expect(await db.passwordSetToken.count({ where: { userId: saved.id, tokenHash: hashPasswordToken(token) } })).toBe(1);
  });

  it("refuses duplicate addresses, unknown organisations and roles, and a lead without areas", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    const taken = await createUser();
    const fresh = uniqueEmail();
    const csv = toCsv([
      ["email", "name", "organisation", "roles", "lead_areas"],
      [taken.email.toUpperCase(), "A", organisation.name, "Frontline worker", ""],
      [fresh, "B", "No Such Trust", "Wizard", ""],
      [fresh, "C", organisation.name, "Locality lead", ""],
    ]);
    const preview = await previewImport(admin, "users", csv);
    expect(preview.ok ? [] : preview.errors).toEqual([
      { row: 2, column: "email", message: `A user with the email address ${taken.email} already exists` },
      { row: 3, column: "organisation", message: 'No organisation is called "No Such Trust"' },
      { row: 3, column: "roles", message: '"Wizard" is not a role: use Frontline worker, Locality lead or Partnership admin' },
      { row: 4, column: "email", message: `${fresh} is also on row 3` },
      { row: 4, column: "lead_areas", message: "Enter the localities or neighbourhoods a locality lead leads" },
    ]);
  });
});

describe("importing neighbourhoods", () => {
  it("creates neighbourhoods covering free wards of their locality", async () => {
    const admin = await createAdmin();
    const { locality, wardCodes } = await createPlaceWithWards(3);
    const code = `IMP-${uniqueSuffix()}`.toUpperCase();
    const csv = toCsv([["code", "name", "locality", "population", "wards"], [code, "Imported Place", locality.code, "44,000", `${wardCodes[0]};${wardCodes[1]}`]]);
    expect(await runImport(admin, "neighbourhoods", csv)).toMatchObject({ ok: true, created: 1 });
    const saved = await db.neighbourhood.findUniqueOrThrow({ where: { code }, select: { population: true, slug: true, wards: { select: { code: true } } } });
    expect(saved.population).toBe(44_000);
    expect(saved.slug).toBe(`${locality.slug}-imported-place`);
    expect(saved.wards.map((w) => w.code).sort()).toEqual(wardCodes.slice(0, 2).sort());
  });

  it("refuses a ward already in a neighbourhood or in another locality, and a bad population", async () => {
    const admin = await createAdmin();
    const here = await createPlaceWithWards(2);
    const there = await createPlaceWithWards(1);
    await db.ward.update({ where: { code: here.wardCodes[0] }, data: { neighbourhoodId: here.neighbourhood.id } });
    const csv = toCsv([
      ["code", "name", "locality", "population", "wards"],
      [`A-${uniqueSuffix()}`, "First", here.locality.name, "lots", `${here.wardCodes[0]};${there.wardCodes[0]}`],
    ]);
    const preview = await previewImport(admin, "neighbourhoods", csv);
    expect(preview.ok ? [] : preview.errors.map((e) => e.column)).toEqual(["population", "wards", "wards"]);
  });
});

describe("who may import", () => {
  it("refuses a non-admin, for preview and import", async () => {
    const worker = await createNonAdmin();
    const csv = toCsv([["name", "type"], [`Nope ${uniqueSuffix()}`, "VCSE"]]);
    await expect(previewImport(worker, "organisations", csv)).rejects.toThrow(NotPermittedError);
    await expect(runImport(worker, "organisations", csv)).rejects.toThrow(NotPermittedError);
  });
});
