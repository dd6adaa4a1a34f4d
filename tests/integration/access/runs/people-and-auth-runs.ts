// Runs of the people and sign-in server actions.
import { expect } from "vitest";
import { db } from "@/tests/support/owner-db";
import { searchNameOf } from "@/lib/domain/person-matching";
import { createUser, testPassword } from "../../../support/factories";
import { run, type Refusal, type RunTable } from "./types";

/** Without cases.work, requireActor answers with the 404 of a page that does not exist: deliberately not audited. */
const onlyForWorkers: Refusal<unknown> = { as: (w) => w.admin, expected: () => ({ ends: { notFound: true }, audit: [] }) };

const peopleActions = {
  createPersonAction: run({
    prepare: async (w) => ({ requestId: w.id(), familyName: `Recorded${w.suffix()}`, address: `${w.suffix()} Test Street` }),
    call: (w, c) => ({
      actor: w.lead,
      bound: [],
      form: {
        givenName: "Kit",
        familyName: c.familyName,
        dateOfBirth: { day: "6", month: "6", year: "1970" },
        nhsNumber: "",
        addressLine1: c.address,
        town: "Manchester",
        postcode: "M4 6AA",
        clientRequestId: c.requestId,
        confirmedNotDuplicate: "yes",
      },
    }),
    expected: async (_w, c) => {
      const person = await db.person.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return {
        ends: { redirect: `/cases/new?person=${person.id}` },
        // A new address makes a new household, audited with the person in one transaction.
        audit: [
          { action: "household.create", outcome: "ALLOWED", recordId: person.householdId },
          { action: "person.create", outcome: "ALLOWED", recordId: person.id },
        ],
      };
    },
    refused: onlyForWorkers,
    fuzz: {
      form: {
        givenName: { kind: "text", max: 100 },
        familyName: { kind: "text", max: 100 },
        dateOfBirth: { kind: "date", rule: "pastOrToday" },
        nhsNumber: { kind: "nhsNumber" },
        addressLine1: { kind: "optionalText", max: 200 },
        town: { kind: "optionalText", max: 100 },
        postcode: { kind: "postcode" },
        clientRequestId: { kind: "id" },
        confirmedNotDuplicate: { kind: "free" },
      },
    },
  }),

  searchPeopleAction: run({
    prepare: async (w) => {
      const familyName = `Findable${w.suffix()}`;
      await db.person.create({
        data: { givenName: "Robin", familyName, searchName: searchNameOf("Robin", familyName), dateOfBirth: new Date(Date.UTC(1980, 0, 1)), createdById: w.lead.userId },
      });
      return { familyName };
    },
    call: (w, c) => ({ actor: w.lead, bound: [], form: { q: c.familyName } }),
    expected: (_w, c) => ({
      ends: { returns: { searched: true, kind: "name", people: [expect.objectContaining({ familyName: c.familyName })] } },
      // Searches are audited with counts only: the terms may hold names.
      audit: [{ action: "person.search", outcome: "ALLOWED", recordId: null }],
    }),
    refused: onlyForWorkers,
    fuzz: {
      form: { q: { kind: "search", max: 100 } },
      // Nothing is searched, and the field says why.
      refusal: (returned) => {
        const state = returned as { searched?: unknown; kind?: unknown; error?: unknown; people?: unknown[] } | null;
        return state?.kind === "invalid" && typeof state.error === "string" && state.error.length > 0 && state.people?.length === 0;
      },
    },
  }),
};

const authActions = {
  signInAction: run({
    prepare: async () => {
      const user = await createUser();
      return { userId: user.id, email: user.email };
    },
    call: (_w, c) => ({ actor: null, bound: [], form: { email: c.email, password: testPassword } }),
    // The password starts a session that reaches only the second step.
    expected: (_w, c) => ({ ends: { redirect: "/sign-in/code" }, audit: [{ action: "auth.sign-in", outcome: "ALLOWED", recordId: c.userId }], by: c.userId }),
    refused: {
      // A wrong password: the same answer as an unknown account, the real reason in the audit trail.
      as: () => null,
      call: (_w, c) => ({ actor: null, bound: [], form: { email: c.email, password: "not the password at all" } }),
      expected: (_w, c) => ({
        ends: { returns: { ok: false, formError: "Email or password is incorrect" } },
        audit: [{ action: "auth.sign-in", outcome: "DENIED", recordId: c.userId }],
        by: c.userId,
      }),
      mayAlsoWrite: ["SignInAttempt"],
    },
    fuzz: { form: { email: { kind: "email" }, password: { kind: "password", max: 1024 } } },
  }),

  signOutAction: run({
    prepare: async () => ({}),
    call: (w) => ({ actor: w.lead, bound: [] }),
    // The server-side session is revoked and that is audited: the cookie opens nothing afterwards.
    expected: () => ({ ends: { redirect: "/sign-in?signed-out=1" }, audit: [{ action: "auth.session.end", outcome: "ALLOWED", recordId: expect.any(String) }] }),
    refused: { none: "anyone may sign out, signed in or not" },
    fuzz: { none: "it takes no input" },
  }),
};

export const peopleAndAuthRuns: RunTable = {
  "lib/people/actions.ts": peopleActions,
  "lib/auth/actions.ts": authActions,
};
