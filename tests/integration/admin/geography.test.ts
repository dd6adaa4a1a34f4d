import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getLocality, getNeighbourhood } from "@/lib/admin/geography/queries";
import { saveLocality } from "@/lib/admin/geography/save-locality";
import { createNeighbourhood, updateNeighbourhood } from "@/lib/admin/geography/save-neighbourhood";
import { removeNeighbourhoodBoundary, setNeighbourhoodBoundary } from "@/lib/admin/geography/set-boundary";
import { NotPermittedError } from "@/lib/admin/permission";
import { db } from "@/tests/support/owner-db";
import { createAdmin, createNonAdmin, createPlaceWithWards } from "../../support/admin-factories";
import { createPlace } from "../../support/case-factories";
import { uniqueSuffix } from "../../support/factories";

const square = [
  [-2.25, 53.48],
  [-2.23, 53.48],
  [-2.23, 53.49],
  [-2.25, 53.49],
  [-2.25, 53.48],
];

describe("localities", () => {
  it("adds a locality with an upper-case code and a slug, and audits it", async () => {
    const admin = await createAdmin();
    const id = randomUUID();
    const suffix = uniqueSuffix();
    expect(await saveLocality(admin, "create", { id, code: `e09-${suffix}`, name: `High Peak ${suffix}` })).toEqual({ ok: true, id });
    expect(await db.locality.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: `E09-${suffix}`.toUpperCase(), slug: `high-peak-${suffix}` });
    expect(await db.auditEvent.count({ where: { recordId: id, action: "admin.locality.create" } })).toBe(1);
  });

  it("refuses a duplicate code or name, and bad input", async () => {
    const admin = await createAdmin();
    const { locality } = await createPlace();
    expect(await saveLocality(admin, "create", { id: randomUUID(), code: locality.code, name: `Other ${uniqueSuffix()}` })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["A locality with this code already exists"] },
    });
    expect(await saveLocality(admin, "create", { id: randomUUID(), code: `X${uniqueSuffix()}`, name: locality.name.toLowerCase() })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["A locality with this name already exists"] },
    });
    expect(await saveLocality(admin, "create", { id: randomUUID(), code: "bad code!", name: "" })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringMatching(/only letters, numbers and hyphens/)], name: ["Enter the locality's name"] },
    });
  });

  it("refuses a non-admin", async () => {
    await expect(saveLocality(await createNonAdmin(), "create", { id: randomUUID(), code: "X", name: "Y" })).rejects.toThrow(NotPermittedError);
  });
});

describe("neighbourhoods", () => {
  it("adds a neighbourhood covering wards of its locality, flagging a population outside the model", async () => {
    const admin = await createAdmin();
    const { locality, wardCodes } = await createPlaceWithWards(3);
    const id = randomUUID();
    const code = `NB-${uniqueSuffix()}`.toUpperCase();
    const result = await createNeighbourhood(admin, {
      id,
      code,
      name: "Cheetham and Crumpsall",
      localityId: locality.id,
      population: "58,200",
      wardCodes: wardCodes.slice(0, 2),
    });
    expect(result).toEqual({ ok: true, id });
    const detail = await getNeighbourhood(admin, id);
    expect(detail).toMatchObject({ code, population: 58_200, populationFlagged: true, wards: expect.arrayContaining([expect.objectContaining({ code: wardCodes[0] })]) });
    expect(detail?.wards).toHaveLength(2);
    const row = (await getLocality(admin, locality.id))?.neighbourhoods.find((n) => n.id === id);
    expect(row).toMatchObject({ populationFlagged: true, wards: 2, hasBoundary: false });
  });

  it("refuses a ward of another locality, a duplicate code and a population that is not a number", async () => {
    const admin = await createAdmin();
    const here = await createPlaceWithWards(1);
    const there = await createPlaceWithWards(1);
    const base = { id: randomUUID(), code: `NB-${uniqueSuffix()}`, name: "Somewhere", localityId: here.locality.id, population: "40000", wardCodes: [] as string[] };
    expect(await createNeighbourhood(admin, { ...base, wardCodes: there.wardCodes })).toMatchObject({
      ok: false,
      fieldErrors: { wardCodes: ["Select wards of the neighbourhood's locality"] },
    });
    expect(await createNeighbourhood(admin, { ...base, code: here.neighbourhood.code })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["A neighbourhood with this code already exists"] },
    });
    expect(await createNeighbourhood(admin, { ...base, population: "lots" })).toMatchObject({
      ok: false,
      fieldErrors: { population: ["Population must be a whole number, like 42000"] },
    });
    expect(await db.neighbourhood.count({ where: { id: base.id } })).toBe(0);
  });

  it("moves wards in and out when changed, and refuses a stale form", async () => {
    const admin = await createAdmin();
    const { locality, neighbourhood, wardCodes } = await createPlaceWithWards(3);
    await db.ward.updateMany({ where: { code: { in: wardCodes.slice(0, 2) } }, data: { neighbourhoodId: neighbourhood.id } });
    const opened = neighbourhood.updatedAt.toISOString();
    const result = await updateNeighbourhood(admin, {
      id: neighbourhood.id,
      code: neighbourhood.code,
      name: neighbourhood.name,
      localityId: locality.id,
      population: "41000",
      wardCodes: [wardCodes[1], wardCodes[2]],
      updatedAt: opened,
    });
    expect(result).toMatchObject({ ok: true });
    const wards = await db.ward.findMany({ where: { code: { in: wardCodes } }, orderBy: { code: "asc" }, select: { code: true, neighbourhoodId: true } });
    expect(Object.fromEntries(wards.map((w) => [w.code, w.neighbourhoodId]))).toEqual({
      [wardCodes[0]]: null,
      [wardCodes[1]]: neighbourhood.id,
      [wardCodes[2]]: neighbourhood.id,
    });
    const stale = await updateNeighbourhood(admin, { id: neighbourhood.id, code: neighbourhood.code, name: "Stale", localityId: locality.id, population: "1", wardCodes: [], updatedAt: opened });
    expect(stale).toMatchObject({ ok: false, formError: expect.stringMatching(/Someone else changed/) });
  });

  it("refuses a non-admin", async () => {
    const { locality } = await createPlace();
    await expect(
      createNeighbourhood(await createNonAdmin(), { id: randomUUID(), code: "X", name: "Y", localityId: locality.id, population: "1", wardCodes: [] }),
    ).rejects.toThrow(NotPermittedError);
  });
});

describe("boundaries", () => {
  it("stores an uploaded Feature's polygon, shows it back, and removes it", async () => {
    const admin = await createAdmin();
    const { neighbourhood } = await createPlace();
    const upload = JSON.stringify({ type: "Feature", properties: { name: "x" }, geometry: { type: "Polygon", coordinates: [square] } });
    expect(await setNeighbourhoodBoundary(admin, neighbourhood.id, upload)).toEqual({ ok: true, points: 5 });
    expect((await getNeighbourhood(admin, neighbourhood.id))?.boundary).toEqual({ type: "Polygon", coordinates: [square] });
    expect(await db.auditEvent.findFirst({ where: { recordId: neighbourhood.id, action: "admin.neighbourhood.boundary" } })).toMatchObject({
      details: { type: "Polygon", points: 5 },
    });
    expect(await removeNeighbourhoodBoundary(admin, neighbourhood.id)).toMatchObject({ ok: true });
    expect((await getNeighbourhood(admin, neighbourhood.id))?.boundary).toBeNull();
  });

  it("refuses a bad file with a clear message and keeps the old boundary", async () => {
    const admin = await createAdmin();
    const { neighbourhood } = await createPlace();
    await setNeighbourhoodBoundary(admin, neighbourhood.id, JSON.stringify({ type: "Polygon", coordinates: [square] }));
    const london = JSON.stringify({ type: "Polygon", coordinates: [square.map(([x, y]) => [x + 2.1, y - 2])] });
    expect(await setNeighbourhoodBoundary(admin, neighbourhood.id, london)).toMatchObject({ ok: false, message: expect.stringMatching(/not in Greater Manchester/) });
    expect(await setNeighbourhoodBoundary(admin, neighbourhood.id, "{oops")).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect((await getNeighbourhood(admin, neighbourhood.id))?.boundary?.type).toBe("Polygon");
  });

  it("refuses a non-admin", async () => {
    const { neighbourhood } = await createPlace();
    await expect(setNeighbourhoodBoundary(await createNonAdmin(), neighbourhood.id, "{}")).rejects.toThrow(NotPermittedError);
  });
});
