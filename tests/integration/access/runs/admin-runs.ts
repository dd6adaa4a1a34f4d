// Runs of the partnership admin server actions: organisations, users, agreements. Each is
// called by a partnership admin and refused for a frontline worker.
import { expect } from "vitest";
import { LawfulBasis, OrganisationType, Role } from "@/lib/generated/prisma/enums";
import { uniqueEmail } from "../../../support/admin-factories";
import { createAgreement, daysFromToday } from "../../../support/case-factories";
import { createOrganisation, createUser } from "../../../support/factories";
import type { FieldRule } from "../../../support/invalid-input";
import { run, type Refusal, type RunTable } from "./types";
import { dateParts, noDate, type ActionWorld } from "./world";

/**
 * A caller without admin.manage gets requireActor's 404, the same answer as a page that does not
 * exist, deliberately without an audit row (the command would refuse too, lib/admin/permission.ts).
 */
export const onlyForAdmins: Refusal<unknown> = { as: (w) => w.lead, expected: () => ({ ends: { notFound: true }, audit: [] }) };

const values = (e: Record<string, string>) => Object.values(e);
const allowed = (action: string, recordId: string) => [{ action, outcome: "ALLOWED" as const, recordId }];

const organisationRules: Record<string, FieldRule> = {
  id: { kind: "id" },
  name: { kind: "text", max: 200 },
  type: { kind: "choice", values: values(OrganisationType) },
};

const organisationActions = {
  createOrganisationAction: run({
    prepare: async (w) => ({ id: w.id(), name: `Invited organisation ${w.suffix()}` }),
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, name: c.name, type: "VCSE" } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/organisations/${c.id}?done=created` }, audit: allowed("admin.organisation.create", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: organisationRules },
  }),

  updateOrganisationAction: run({
    prepare: async (w) => {
      const organisation = await createOrganisation({ type: "VCSE" });
      return { id: organisation.id, updatedAt: organisation.updatedAt.toISOString(), name: `Renamed organisation ${w.suffix()}` };
    },
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, name: c.name, type: "HOUSING_PROVIDER", updatedAt: c.updatedAt } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/organisations/${c.id}?done=updated` }, audit: allowed("admin.organisation.update", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { ...organisationRules, updatedAt: { kind: "timestamp" } } },
  }),

  changeWideAccessAction: run({
    prepare: async () => {
      const organisation = await createOrganisation({ type: "LOCAL_AUTHORITY" });
      return { id: organisation.id, updatedAt: organisation.updatedAt.toISOString() };
    },
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, wideAccessRoles: ["SUPERVISOR"], updatedAt: c.updatedAt } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/organisations/${c.id}?done=wide-access` }, audit: allowed("admin.organisation.wide-access", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { id: { kind: "id" }, wideAccessRoles: { kind: "optionalChoices", values: ["FRONTLINE_WORKER", "SUPERVISOR"] }, updatedAt: { kind: "timestamp" } } },
  }),

  changeMembershipAction: run({
    prepare: async () => ({ id: (await createOrganisation({ status: "SUSPENDED" })).id }),
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, change: "leave", leftOn: dateParts(-1) } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/organisations/${c.id}?done=leave` }, audit: allowed("admin.organisation.leave", c.id) }),
    refused: onlyForAdmins,
    fuzz: {
      form: {
        id: { kind: "id" },
        // The hidden field saying which change the form makes.
        change: { kind: "choice", values: ["activate", "suspend", "reinstate", "leave"] },
        leftOn: { kind: "date", rule: "pastOrToday" },
      },
    },
  }),
};

async function existingUser(w: ActionWorld) {
  const user = await createUser({ organisationId: w.leadOrg.id });
  return { id: user.id, email: user.email, updatedAt: user.updatedAt.toISOString() };
}

const roleRules: Record<string, FieldRule> = {
  // The valid inputs give no locality lead role, so any area at all is refused.
  roles: { kind: "roles", values: values(Role) },
  leadAreas: { kind: "leadAreasOfNonLead" },
};

const userActions = {
  createUserAction: run({
    prepare: async (w) => ({ id: w.id(), email: uniqueEmail("joiner") }),
    call: (w, c) => ({
      actor: w.admin,
      bound: [],
      form: { id: c.id, name: "Jo Joiner", email: c.email, jobTitle: "", organisationId: w.leadOrg.id, roles: ["FRONTLINE_WORKER"], leadAreas: [] },
    }),
    expected: (_w, c) => ({
      // The set-password link goes to the new user by mail, never to the admin's screen.
      ends: { returns: { ok: true, userId: c.id, userName: "Jo Joiner", emailedTo: c.email } },
      audit: allowed("admin.user.create", c.id),
    }),
    refused: onlyForAdmins,
    fuzz: {
      form: {
        id: { kind: "id" },
        name: { kind: "text", max: 200 },
        email: { kind: "email" },
        jobTitle: { kind: "optionalText", max: 120 },
        organisationId: { kind: "id" },
        ...roleRules,
      },
    },
  }),

  updateUserAction: run({
    prepare: existingUser,
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, name: "Renamed Person", email: c.email, jobTitle: "Support worker", updatedAt: c.updatedAt } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/users/${c.id}?done=updated` }, audit: allowed("admin.user.update", c.id) }),
    refused: onlyForAdmins,
    fuzz: {
      form: { id: { kind: "id" }, name: { kind: "text", max: 200 }, email: { kind: "email" }, jobTitle: { kind: "optionalText", max: 120 }, updatedAt: { kind: "timestamp" } },
    },
  }),

  changeUserRolesAction: run({
    prepare: existingUser,
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, roles: ["FRONTLINE_WORKER", "SUPERVISOR"], leadAreas: [], supervisedAreas: [`neighbourhood:${w.neighbourhood.id}`] }, session: "reauthenticated" }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/users/${c.id}?done=roles` }, audit: allowed("admin.user.roles", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { id: { kind: "id" }, ...roleRules, supervisedAreas: { kind: "supervisedAreas" } } },
  }),

  setUserActiveAction: run({
    prepare: existingUser,
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, active: "false" } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/users/${c.id}?done=deactivated` }, audit: allowed("admin.user.deactivate", c.id) }),
    refused: onlyForAdmins,
    // "active" is the hidden field of the deactivate and reactivate buttons.
    fuzz: { form: { id: { kind: "id" }, active: { kind: "choice", values: ["true", "false"] } } },
  }),

  resetPasswordAction: run({
    prepare: existingUser,
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id } }),
    expected: (_w, c) => ({ ends: { returns: { ok: true, userId: c.id, emailedTo: c.email } }, audit: allowed("admin.user.reset-password", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { id: { kind: "id" } } },
  }),

  resetMfaAction: run({
    prepare: existingUser,
    // Taking over a sign-in factor needs the admin's own password and code just now (ASVS 6.4).
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id }, session: "reauthenticated" }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/users/${c.id}?done=mfa-reset` }, audit: allowed("admin.user.reset-mfa", c.id) }),
    refused: {
      as: (w) => w.admin,
      call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id } }),
      expected: (_w, c) => ({
        ends: { returns: { ok: false, formError: expect.stringMatching(/password/i) } },
        audit: [{ action: "admin.user.reset-mfa", outcome: "DENIED", recordId: c.id }],
      }),
    },
    fuzz: { form: { id: { kind: "id" } } },
  }),

  moveUserAction: run({
    prepare: existingUser,
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, organisationId: w.partnerOrg.id } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/users/${c.id}?done=moved` }, audit: allowed("admin.user.move", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { id: { kind: "id" }, organisationId: { kind: "id" } } },
  }),
};

/** A draft between the lead organisation and the third party: drafts share nothing. */
function agreementForm(w: ActionWorld, id: string) {
  return {
    id,
    title: "Tenancy sustainment (draft)",
    purpose: "Integrated neighbourhood working on tenancy sustainment",
    lawfulBasis: "PUBLIC_TASK",
    status: "DRAFT",
    partyIds: [w.leadOrg.id, w.thirdOrg.id],
    themeIds: w.themeIds,
    startsOn: dateParts(-1),
    endsOn: noDate,
    reviewOn: noDate,
  };
}

const agreementRules: Record<string, FieldRule> = {
  id: { kind: "id" },
  title: { kind: "text", max: 200 },
  purpose: { kind: "text", max: 2000 },
  lawfulBasis: { kind: "choice", values: values(LawfulBasis) },
  status: { kind: "choice", values: ["DRAFT", "ACTIVE"] },
  partyIds: { kind: "ids", min: 2 },
  themeIds: { kind: "ids", min: 1 },
  startsOn: { kind: "date", rule: "any" },
  endsOn: { kind: "date", rule: "any", optional: true, notBefore: daysFromToday(-1) },
  reviewOn: { kind: "date", rule: "any", optional: true, notBefore: daysFromToday(-1) },
};

async function draftAgreement(w: ActionWorld) {
  const agreement = await createAgreement({ partyIds: [w.leadOrg.id, w.thirdOrg.id], themeIds: w.themeIds, status: "DRAFT" });
  return { id: agreement.id, updatedAt: agreement.updatedAt.toISOString() };
}

const agreementActions = {
  createAgreementAction: run({
    prepare: async (w) => ({ id: w.id() }),
    call: (w, c) => ({ actor: w.admin, bound: [], form: agreementForm(w, c.id) }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/agreements/${c.id}?done=created` }, audit: allowed("admin.agreement.create", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: agreementRules },
  }),

  updateAgreementAction: run({
    prepare: draftAgreement,
    call: (w, c) => ({ actor: w.admin, bound: [], form: { ...agreementForm(w, c.id), updatedAt: c.updatedAt } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/agreements/${c.id}?done=updated` }, audit: allowed("admin.agreement.update", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { ...agreementRules, updatedAt: { kind: "timestamp" } } },
  }),

  endAgreementAction: run({
    prepare: draftAgreement,
    call: (w, c) => ({ actor: w.admin, bound: [], form: { id: c.id, reason: "Service recommissioned" } }),
    expected: (_w, c) => ({ ends: { redirect: `/admin/agreements/${c.id}?done=ended` }, audit: allowed("admin.agreement.end", c.id) }),
    refused: onlyForAdmins,
    fuzz: { form: { id: { kind: "id" }, reason: { kind: "text", max: 500 } } },
  }),
};

export const adminRuns: RunTable = {
  "lib/admin/organisations/actions.ts": organisationActions,
  "lib/admin/users/actions.ts": userActions,
  "lib/admin/agreements/actions.ts": agreementActions,
};

