// Runs of the second-step and account server actions: codes at sign-in, setting up the
// authenticator app, the account page's sessions, recovery codes and re-authentication. Each
// acts only on the caller's own sessions, so the refused caller is someone else, or nobody.
import { expect } from "vitest";
import { codeForStep, stepAt } from "@/lib/auth/mfa/totp";
import { replaceRecoveryCodes } from "@/lib/auth/mfa/recovery-codes";
import { db } from "@/tests/support/owner-db";
import { actorFor } from "../../../support/case-factories";
import { createUser, testPassword } from "../../../support/factories";
import { createSession, enrolAuthenticator } from "../../../support/sessions";
import { run, type Refusal, type RunTable } from "./types";

const codeNow = (secret: string) => codeForStep(secret, stepAt(new Date()));

/** A user of their own (codes and sessions are theirs alone), with an authenticator unless told. */
async function userWithAuthenticator(options: { confirmed?: boolean } = {}) {
  const user = await createUser();
  const secret = await enrolAuthenticator(user.id, options);
  return { userId: user.id, secret, actor: await actorFor(user.id) };
}

/** Nobody signed in: sent to sign in, nothing written. */
const nobody: Refusal<{ userId: string }> = {
  as: () => null,
  expected: (_w, c) => ({ ends: { redirect: "/sign-in" }, audit: [], by: c.userId }),
};

// A wrong or malformed code is an attempt at the second factor, not invalid input: it is checked,
// counted against the throttle and audited (tests/integration/auth/second-step.test.ts).
const codesAreAttempts = { none: "every code typed is an attempt: checked, counted against the throttle and audited, so no input is refused unwritten" };

const secondStepActions = {
  verifyCodeAction: run({
    prepare: () => userWithAuthenticator(),
    call: (_w, c) => ({ actor: c.actor, bound: [], form: { code: codeNow(c.secret) }, session: "second-step" }),
    expected: (_w, c) => ({ ends: { redirect: "/" }, audit: [{ action: "auth.mfa", outcome: "ALLOWED", recordId: c.userId }] }),
    refused: nobody,
    fuzz: codesAreAttempts,
  }),

  verifyRecoveryCodeAction: run({
    prepare: async () => {
      const user = await userWithAuthenticator();
      const [recoveryCode] = await replaceRecoveryCodes(db, user.userId);
      return { ...user, recoveryCode };
    },
    call: (_w, c) => ({ actor: c.actor, bound: [], form: { recoveryCode: c.recoveryCode }, session: "second-step" }),
    expected: (_w, c) => ({ ends: { redirect: "/" }, audit: [{ action: "auth.mfa", outcome: "ALLOWED", recordId: c.userId }] }),
    refused: nobody,
    fuzz: codesAreAttempts,
  }),

  confirmEnrolmentAction: run({
    prepare: () => userWithAuthenticator({ confirmed: false }),
    call: (_w, c) => ({ actor: c.actor, bound: [], form: { code: codeNow(c.secret) }, session: "second-step" }),
    // The recovery codes are shown once, on this page: the action returns them rather than moving on.
    expected: (_w, c) => ({
      ends: { returns: { ok: true, recoveryCodes: expect.arrayContaining([expect.any(String)]) } },
      audit: [{ action: "auth.mfa.enrol", outcome: "ALLOWED", recordId: c.userId }],
    }),
    refused: nobody,
    fuzz: codesAreAttempts,
  }),

  finishEnrolmentAction: run({
    prepare: () => userWithAuthenticator(),
    call: (_w, c) => ({ actor: c.actor, bound: [] }),
    // Not audited: the sign-in it completes was audited when the first code was accepted.
    expected: () => ({ ends: { redirect: "/" }, audit: [] }),
    refused: nobody,
    fuzz: { none: "the \"I have saved my recovery codes\" button: it takes no input" },
  }),
};

const accountActions = {
  signOutSessionAction: run({
    prepare: async (w) => ({ userId: w.lead.userId, other: (await createSession(w.lead.userId)).sessionId }),
    call: (w, c) => ({ actor: w.lead, bound: [], form: { sessionId: c.other }, stateless: true }),
    expected: (_w, c) => ({ ends: { redirect: "/account?done=signed-out" }, audit: [{ action: "auth.session.end", outcome: "ALLOWED", recordId: c.other }] }),
    refused: {
      // Someone else's session is not theirs to end, whatever id the form carries.
      as: (w) => w.partner,
      expected: (_w, c) => ({ ends: { redirect: "/account?done=signed-out" }, audit: [{ action: "auth.session.end", outcome: "DENIED", recordId: c.other }] }),
      // The revoking UPDATE runs, scoped to the caller's own sessions, and matches none of them.
      mayAlsoWrite: ["UserSession"],
    },
    fuzz: { none: "a button with a hidden session id: any id but one of the caller's own open sessions is refused and audited (account-sessions.test.ts)" },
  }),

  signOutEverywhereElseAction: run({
    prepare: () => userWithAuthenticator(),
    call: (_w, c) => ({ actor: c.actor, bound: [], stateless: true }),
    expected: (_w, c) => ({ ends: { redirect: "/account?done=signed-out-elsewhere" }, audit: [{ action: "auth.session.end-others", outcome: "ALLOWED", recordId: c.userId }] }),
    refused: nobody,
    fuzz: { none: "a button: it takes no input" },
  }),

  staySignedInAction: run({
    prepare: () => userWithAuthenticator(),
    call: (_w, c) => ({ actor: c.actor, bound: [] }),
    // Not audited, as no request's touch of the idle limit is: it only moves the session's expiry on.
    expected: () => ({ ends: { returns: { ok: true } }, audit: [] }),
    refused: nobody,
    fuzz: { none: "the timeout warning's button: it takes no input" },
  }),

  renewRecoveryCodesAction: run({
    prepare: () => userWithAuthenticator(),
    call: (_w, c) => ({ actor: c.actor, bound: [], session: "reauthenticated" }),
    expected: (_w, c) => ({
      ends: { returns: { ok: true, recoveryCodes: expect.arrayContaining([expect.any(String)]) } },
      audit: [{ action: "auth.recovery-codes.renew", outcome: "ALLOWED", recordId: c.userId }],
    }),
    refused: {
      // The same user, without having confirmed their password and a code just now.
      as: (_w, c) => c.actor,
      call: (_w, c) => ({ actor: c.actor, bound: [] }),
      expected: (_w, c) => ({
        ends: { returns: { ok: false, formError: expect.stringMatching(/password/) } },
        audit: [{ action: "auth.recovery-codes.renew", outcome: "DENIED", recordId: c.userId }],
      }),
    },
    fuzz: { none: "a button: it takes no input" },
  }),

  reauthenticateAction: run({
    prepare: () => userWithAuthenticator(),
    call: (_w, c) => ({ actor: c.actor, bound: [], form: { password: testPassword, code: codeNow(c.secret), returnTo: "/account" } }),
    expected: (_w, c) => ({ ends: { redirect: "/account" }, audit: [{ action: "auth.reauthenticate", outcome: "ALLOWED", recordId: c.userId }] }),
    refused: {
      // A wrong password: refused and audited, and the code is not used up by it.
      as: (_w, c) => c.actor,
      call: (_w, c) => ({ actor: c.actor, bound: [], form: { password: "not the password at all", code: codeNow(c.secret), returnTo: "/account" } }),
      expected: (_w, c) => ({
        ends: { returns: { ok: false, fieldErrors: { password: [expect.any(String)] } } },
        audit: [{ action: "auth.reauthenticate", outcome: "DENIED", recordId: c.userId }],
      }),
      mayAlsoWrite: ["VerificationAttempt"],
    },
    fuzz: codesAreAttempts,
  }),
};

export const sessionRuns: RunTable = {
  "lib/auth/mfa/actions.ts": secondStepActions,
  "lib/account/actions.ts": accountActions,
};
