// Runs of the partnership admin server actions for geography, teams and the access checker, and
// of the public set-password form.
import { expect } from "vitest";
import { linkNotWorking } from "@/lib/admin/set-password/password-link";
import { newPasswordToken } from "@/lib/admin/password-tokens";
import { db } from "@/tests/support/owner-db";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { createPlaceWithWards } from "../../../support/admin-factories";
import { createPlace } from "../../../support/case-factories";
import { createUser } from "../../../support/factories";
import type { FieldRule } from "../../../support/invalid-input";
import { onlyForAdmins } from "./admin-runs";
import { run, type RunTable } from "./types";
import type { ActionWorld } from "./world";

const allowed = (action: string, recordId: string) => [{ action, outcome: "ALLOWED" as const, recordId }];

const neighbourhoodRules: Record<string, FieldRule> = {
  id: { kind: "id" },
  code: { kind: "code", max: 20 },
  name: { kind: "text", max: 100 },
  localityId: { kind: "id" },
  population: { kind: "population" },
  wardCodes: { kind: "codes", max: 20 },
};

async function placeWithWards(w: ActionWorld) {
  const place = await createPlaceWithWards(2);
  const { neighbourhood } = place;
  return { id: w.id(), code: `N-${w.suffix()}`, neighbourhood, localityId: place.locality.id, wardCodes: place.wardCodes, updatedAt: neighbourhood.updatedAt.toISOString() };
}

const geographyActions = {
  saveLocalityAction: run({
    prepare: async (w) => ({ id: w.id(), code: `L-${w.suffix()}`.toUpperCase(), name: `Locality ${w.suffix()}` }),
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, mode: "create", code: c.code, name: c.name } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/geography/localities/${c.id}?done=created` }, audit: allowed("admin.locality.create", c.id) }),
    refused: onlyForAdmins,
    fuzz: {
      form: {
        id: { kind: "id" },
        // The hidden field saying whether the form adds a locality or changes one.
        mode: { kind: "choice", values: ["create", "update"] },
        code: { kind: "code", max: 20 },
        name: { kind: "text", max: 100 },
      },
    },
  }),

  createNeighbourhoodAction: run({
    prepare: placeWithWards,
    call: (w, c) => ({
      actor: w.admin,
      bound: [],
      form: { id: c.id, code: c.code, name: `Neighbourhood ${c.code}`, localityId: c.localityId, population: "42,000", wardCodes: c.wardCodes },
    }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/geography/neighbourhoods/${c.id}?done=created` }, audit: allowed("admin.neighbourhood.create", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: neighbourhoodRules },
  }),

  updateNeighbourhoodAction: run({
    prepare: placeWithWards,
    call: (w, c) => ({
      actor: w.admin,
      bound: [],
      form: {
        id: c.neighbourhood.id,
        code: c.neighbourhood.code,
        name: `${c.neighbourhood.name} renamed`,
        localityId: c.localityId,
        population: "41000",
        wardCodes: c.wardCodes,
        updatedAt: c.updatedAt,
      },
    }),
    expected: (_w, c) => ({
      ends: { redirect: `/admin/geography/neighbourhoods/${c.neighbourhood.id}?done=updated` },
      audit: allowed("admin.neighbourhood.update", c.neighbourhood.id),
    }),
    refused: onlyForAdmins,
    fuzz: { form: { ...neighbourhoodRules, updatedAt: { kind: "timestamp" } } },
  }),

  removeBoundaryAction: run({
    prepare: async () => ({ id: (await createPlace()).neighbourhood.id }),
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id } }),
    expected: (_w, c) => ({
      ends: { redirect: `/admin/geography/neighbourhoods/${c.id}?done=boundary-removed` },
      audit: allowed("admin.neighbourhood.boundary-removed", c.id),
    }),
    refused: onlyForAdmins,
    fuzz: { form: { id: { kind: "id" } } },
  }),
};

const teamRules: Record<string, FieldRule> = {
  id: { kind: "id" },
  name: { kind: "text", max: 150 },
  neighbourhoodId: { kind: "id" },
  baseAddress: { kind: "text", max: 300 },
};

async function team(w: ActionWorld) {
  const saved = await db.team.create({ data: { name: `Hub ${w.suffix()}`, neighbourhoodId: w.neighbourhood.id, baseAddress: "1 Hub Street, Manchester" } });
  const member = await createUser({ organisationId: w.partnerOrg.id });
  return { id: saved.id, updatedAt: saved.updatedAt.toISOString(), member: { id: member.id, email: member.email } };
}

const teamActions = {
  createTeamAction: run({
    prepare: async (w) => ({ id: w.id(), name: `Gorton Hub ${w.suffix()}` }),
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, name: c.name, neighbourhoodId: w.neighbourhood.id, baseAddress: "2 Garratt Way, Manchester M18 8HE" } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/teams/${c.id}?done=created` }, audit: allowed("admin.team.create", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: teamRules },
  }),

  updateTeamAction: run({
    prepare: team,
    call: (w, c) => ({
      actor: w.admin,
      bound: [],
      form: { id: c.id, name: `Renamed hub ${w.suffix()}`, neighbourhoodId: w.neighbourhood.id, baseAddress: "3 Hub Street, Manchester", updatedAt: c.updatedAt },
    }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/teams/${c.id}?done=updated` }, audit: allowed("admin.team.update", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { ...teamRules, updatedAt: { kind: "timestamp" } } },
  }),

  addTeamMemberAction: run({
    prepare: team,
    call: (w, c) => ({ actor: w.admin, bound: [], form: { teamId: c.id, email: c.member.email.toUpperCase(), roleInTeam: "Team leader" } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/teams/${c.id}?done=member-added` }, audit: allowed("admin.team.member-add", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { teamId: { kind: "id" }, email: { kind: "email" }, roleInTeam: { kind: "optionalText", max: 120 } } },
  }),

  removeTeamMemberAction: run({
    prepare: async (w) => {
      const c = await team(w);
      await db.teamMember.create({ data: { teamId: c.id, userId: c.member.id } });
      return c;
    },
    call: (w, c) => ({ actor: w.admin, bound: [], form: { teamId: c.id, userId: c.member.id } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/teams/${c.id}?done=member-removed` }, audit: allowed("admin.team.member-remove", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { teamId: { kind: "id" }, userId: { kind: "id" } } },
  }),
};

const accessCheckActions = {
  checkAccessAction: run({
    prepare: async (w) => {
      const c = await w.newCase();
      return { caseId: c.id, reference: formatCaseReference(c.number) };
    },
    call: (w, c) => ({ actor: w.admin, bound: [], form: { email: w.partner.email, caseReference: c.reference } }),
    expected: (_w, c) => ({
      ends: { returns: { ok: true, answer: expect.objectContaining({ caseReference: c.reference }) } },
      // Audited against the case, so its trail shows who asked about it.
      audit: [{ action: "admin.access-check", outcome: "ALLOWED", recordId: c.caseId, caseId: c.caseId }],
    }),
    refused: onlyForAdmins,
    fuzz: { form: { email: { kind: "email" }, caseReference: { kind: "caseReference" } } },
  }),
};

const setPasswordActions = {
  setPasswordAction: run({
    prepare: async () => {
      const user = await createUser();
      const { token, tokenHash, expiresAt } = newPasswordToken("joiner");
      await db.passwordSetToken.create({ data: { userId: user.id, tokenHash, expiresAt } });
      return { userId: user.id, token, password: "wombat kettle harbour lantern" };
    },
    call: (_w, c) => ({ actor: null, bound: [], form: { token: c.token, password: c.password, confirmation: c.password } }),
    expected: (_w, c) => ({ ends: { returns: { ok: true } }, audit: [{ action: "auth.password-set", outcome: "ALLOWED", recordId: c.userId }], by: c.userId }),
    refused: {
      // The link is the authority. A link that does not work names nobody to audit against, so
      // nothing at all is written.
      as: () => null,
      call: (_w, c) => ({ actor: null, bound: [], form: { token: `${c.token}x`, password: c.password, confirmation: c.password } }),
      expected: (_w, c) => ({ ends: { returns: { ok: false, formError: linkNotWorking } }, audit: [], by: c.userId }),
    },
    fuzz: { form: { token: { kind: "exactly" }, password: { kind: "newPassword" }, confirmation: { kind: "exactly" } } },
  }),
};

export const adminPlaceRuns: RunTable = {
  "lib/admin/geography/actions.ts": geographyActions,
  "lib/admin/teams/actions.ts": teamActions,
  "lib/admin/access-check/actions.ts": accessCheckActions,
  "lib/admin/set-password/actions.ts": setPasswordActions,
};
