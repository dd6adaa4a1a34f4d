// The single-case decision and the list filter agree on random worlds: for every user of a
// randomly arranged partnership (roles, teams, supervision, organisation settings) and every
// randomly arranged case (neighbourhood, lead professional, named workers, partner, lead
// offered, restricted or not, break-glass grants in force or expired, the consent record in
// force: given, lapsed, withdrawn, a lawful basis unconfirmed, confirmed or declined), a case is
// listed by visibleCasesWhere exactly when decideCaseAccess lets the user view it, and by
// redactedCasesWhere exactly when decideRedactedEntry shows it redacted. Both run through the
// real loaders, as the user, on the real database.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { decideForCase } from "@/lib/access/authorize-case";
import { wideAccessRoleChoices } from "@/lib/access/need-to-know";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { decideRedactedEntry } from "@/lib/access/redacted-entry";
import { redactedCasesWhere } from "@/lib/access/restricted-records-where";
import type { Actor } from "@/lib/auth/actor";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import { unsafeLoadCaseFacts } from "@/lib/access/case-facts";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/tests/support/owner-db";
import { actorFor, createAgreement, createCase, createOrganisation, createPlace, createTheme, createUser, daysFromToday } from "../../support/case-factories";

const day = 86_400_000;
type Fixed = Awaited<ReturnType<typeof fixedWorld>>;
let fixed: Fixed;

async function fixedWorld() {
  const north = (await createPlace()).neighbourhood;
  const south = (await createPlace()).neighbourhood;
  const theme = await createTheme("Housing");
  const council = await createOrganisation();
  const trust = await createOrganisation({ type: "NHS_TRUST" });
  await createAgreement({ partyIds: [council.id, trust.id], themeIds: [theme.id] });
  const teams = [
    await db.team.create({ data: { name: "North team", neighbourhoodId: north.id, baseAddress: "1 North Street" } }),
    await db.team.create({ data: { name: "South team", neighbourhoodId: south.id, baseAddress: "1 South Street" } }),
  ];
  const users = [
    ...(await Promise.all([0, 1, 2, 3].map(() => createUser({ organisationId: council.id, roles: [] })))),
    ...(await Promise.all([0, 1].map(() => createUser({ organisationId: trust.id, roles: [] })))),
  ];
  return { neighbourhoods: [north, south], theme, council, trust, teams, users };
}

beforeAll(async () => {
  fixed = await fixedWorld();
});

// Consent over time: the record in force may open sharing, suspend the partner, or lapse today.
const consentArrangements = ["given", "lapsed", "lapses today", "lapses tomorrow", "withdrawn", "refused", "basis unconfirmed", "basis confirmed", "basis lapsed", "basis declined"] as const;
type ConsentArrangement = (typeof consentArrangements)[number];

function consentRecordFor(arrangement: ConsentArrangement, approverId: string): Omit<Prisma.ConsentRecordUncheckedCreateInput, "caseId" | "recordedById"> {
  const basis = { status: "REFUSED" as const, decidedOn: daysFromToday(-3), lawfulBasis: "SAFEGUARDING" as const, lawfulBasisApprovedById: approverId };
  switch (arrangement) {
    case "given": return { status: "GIVEN", decidedOn: daysFromToday(-3), reviewOn: daysFromToday(300) };
    case "lapsed": return { status: "GIVEN", decidedOn: daysFromToday(-400), reviewOn: daysFromToday(-1) };
    case "lapses today": return { status: "GIVEN", decidedOn: daysFromToday(-365), reviewOn: daysFromToday(0) };
    case "lapses tomorrow": return { status: "GIVEN", decidedOn: daysFromToday(-364), reviewOn: daysFromToday(1) };
    case "withdrawn": return { status: "WITHDRAWN", decidedOn: daysFromToday(-1) };
    case "refused": return { status: "REFUSED", decidedOn: daysFromToday(-1) };
    case "basis unconfirmed": return { ...basis, lawfulBasisAwaitsConfirmation: true };
    case "basis confirmed": return { ...basis, lawfulBasisConfirmedAt: new Date(), reviewOn: daysFromToday(30) };
    case "basis lapsed": return { ...basis, lawfulBasisConfirmedAt: new Date(), reviewOn: daysFromToday(-2) };
    case "basis declined": return { ...basis, lawfulBasisDeclinedAt: new Date(), lawfulBasisDeclineReason: "Not met" };
  }
}

const userIndex = fc.integer({ min: 0, max: 5 });
const supervisorScope = fc.constantFrom("team:0", "team:1", "neighbourhood:0", "neighbourhood:1");
const userArrangement = fc.record({
  roles: fc.subarray<Role>(["FRONTLINE_WORKER", "SUPERVISOR", "LOCALITY_LEAD"]),
  teams: fc.subarray([0, 1]),
  supervises: fc.uniqueArray(supervisorScope, { maxLength: 2 }),
});
const caseArrangement = fc.record({
  neighbourhood: fc.integer({ min: 0, max: 1 }),
  leadProfessional: fc.integer({ min: 0, max: 3 }),
  named: fc.uniqueArray(userIndex, { maxLength: 3 }),
  partnerInvolved: fc.boolean(),
  leadOfferedTo: fc.option(userIndex, { nil: null }),
  restricted: fc.boolean(),
  breakGlass: fc.array(fc.record({ user: userIndex, inForce: fc.boolean() }), { maxLength: 3 }),
  consent: fc.constantFrom(...consentArrangements),
});
const worldArrangement = fc.record({
  users: fc.array(userArrangement, { minLength: 6, maxLength: 6 }),
  councilWide: fc.subarray([...wideAccessRoleChoices]),
  trustWide: fc.subarray([...wideAccessRoleChoices]),
  cases: fc.array(caseArrangement, { minLength: 1, maxLength: 4 }),
});
type World = typeof worldArrangement extends fc.Arbitrary<infer W> ? W : never;

async function arrange(world: World): Promise<{ actors: Actor[]; caseIds: string[] }> {
  const userIds = fixed.users.map((u) => u.id);
  await db.teamMember.deleteMany({ where: { userId: { in: userIds } } });
  await db.roleAssignment.deleteMany({ where: { userId: { in: userIds } } });
  await db.organisation.update({ where: { id: fixed.council.id }, data: { wideAccessRoles: world.councilWide } });
  await db.organisation.update({ where: { id: fixed.trust.id }, data: { wideAccessRoles: world.trustWide } });
  for (const [i, arrangement] of world.users.entries()) {
    const userId = userIds[i];
    for (const team of arrangement.teams) await db.teamMember.create({ data: { userId, teamId: fixed.teams[team].id } });
    for (const role of arrangement.roles.filter((r) => r !== "SUPERVISOR")) await db.roleAssignment.create({ data: { userId, role } });
    if (arrangement.roles.includes("SUPERVISOR")) {
      for (const scope of arrangement.supervises) {
        const [kind, index] = scope.split(":");
        const where = kind === "team" ? { teamId: fixed.teams[Number(index)].id } : { neighbourhoodId: fixed.neighbourhoods[Number(index)].id };
        await db.roleAssignment.create({ data: { userId, role: "SUPERVISOR", ...where } });
      }
    }
  }
  const actors = await Promise.all(userIds.map((id) => actorFor(id)));
  const caseIds: string[] = [];
  for (const arrangement of world.cases) {
    const leadProfessional = await actorFor(userIds[arrangement.leadProfessional]);
    const created = await createCase({
      lead: leadProfessional,
      neighbourhoodId: fixed.neighbourhoods[arrangement.neighbourhood].id,
      themeIds: [fixed.theme.id],
      involvedOrganisationIds: arrangement.partnerInvolved ? [fixed.trust.id] : [],
    });
    for (const named of arrangement.named) {
      if (named !== arrangement.leadProfessional) await db.caseWorker.create({ data: { caseId: created.id, userId: userIds[named], role: "Named worker" } });
    }
    if (arrangement.leadOfferedTo !== null) {
      await db.leadTransfer.create({
        data: { caseId: created.id, kind: "LEAD_PROFESSIONAL", toOrganisationId: fixed.council.id, toProfessionalId: userIds[arrangement.leadOfferedTo], reason: "Handing over", requestedById: leadProfessional.userId },
      });
    }
    if (arrangement.restricted) {
      await db.sharedCase.update({ where: { id: created.id }, data: { restrictedAt: new Date(), restrictedReason: "At risk", restrictedById: leadProfessional.userId } });
    }
    // Grants a day either side of now: in force, or lapsed.
    for (const grant of arrangement.breakGlass) {
      const grantedAt = new Date(Date.now() - (grant.inForce ? 1 : 2) * day);
      const expiresAt = new Date(Date.now() + (grant.inForce ? 1 : -1) * day);
      await db.breakGlassGrant.create({ data: { caseId: created.id, userId: userIds[grant.user], reason: "Urgent safeguarding call", grantedAt, expiresAt } });
    }
    await db.consentRecord.create({
      data: { ...consentRecordFor(arrangement.consent, leadProfessional.userId), caseId: created.id, recordedById: leadProfessional.userId, recordedAt: new Date(Date.now() + 1000) },
    });
    caseIds.push(created.id);
  }
  return { actors, caseIds };
}

async function mismatchesIn(world: World): Promise<string[]> {
  const { actors, caseIds } = await arrange(world);
  const mismatches: string[] = [];
  for (const [i, actor] of actors.entries()) {
    const [listed, redacted] = await asActor(actor, async (tx) => {
      const grounds = await accessGroundsFor(tx, actor);
      const rows = await tx.sharedCase.findMany({ where: { AND: [visibleCasesWhere(actor, grounds), { id: { in: caseIds } }] }, select: { id: true } });
      const hidden = await tx.sharedCase.findMany({ where: { AND: [redactedCasesWhere(actor, grounds), { id: { in: caseIds } }] }, select: { id: true } });
      return [new Set(rows.map((r) => r.id)), new Set(hidden.map((r) => r.id))];
    });
    for (const [c, caseId] of caseIds.entries()) {
      const decided = await asActor(actor, async (tx) => (await decideForCase(tx, actor, caseId, "view")).allowed);
      if (decided !== listed.has(caseId)) mismatches.push(`user ${i} / case ${c}: decision ${decided ? "allows" : "denies"}, list ${listed.has(caseId) ? "includes" : "omits"}`);
      const shownRedacted = await asActor(actor, async (tx) => {
        const facts = await unsafeSystemStep(tx, actor, () => unsafeLoadCaseFacts(tx, caseId));
        return facts !== null && decideRedactedEntry(actor, facts, await accessGroundsFor(tx, actor));
      });
      if (shownRedacted !== redacted.has(caseId)) {
        mismatches.push(`user ${i} / case ${c}: redacted entry ${shownRedacted ? "shown" : "not shown"}, redacted list ${redacted.has(caseId) ? "includes" : "omits"}`);
      }
    }
  }
  return mismatches;
}

describe("need-to-know: the decision and the list filter", () => {
  it("agree for every user and case of random worlds", async () => {
    let worlds = 0;
    let found: string[] = [];
    await fc.assert(
      fc.asyncProperty(worldArrangement, async (world) => {
        worlds += 1;
        found = await mismatchesIn(world);
        return found.length === 0;
      }),
      { numRuns: 25 },
    );
    console.log(`Need-to-know agreement: ${worlds} random worlds, ${found.length} mismatches`);
    expect(found).toEqual([]);
  }, 600_000);
});
