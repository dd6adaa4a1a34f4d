// Runs of the restricted-record server actions: restricting a case, break-glass, requesting
// access and answering a request. Each is called by the worker the policy allows, and refused
// for a worker of an uninvolved organisation (audited DENIED against the case).
import { db } from "@/tests/support/owner-db";
import { createActor, joinTeam } from "../../../support/case-factories";
import { anyUuid, deniedOnCase, withCase } from "./case-runs";
import { run, type RunTable } from "./types";
import type { ActionWorld } from "./world";

/** A restricted case, and a colleague of the lead in the neighbourhood's team who is not on it (sees it redacted). */
async function restrictedCase(w: ActionWorld) {
  const c = await withCase(w);
  await db.sharedCase.update({ where: { id: c.caseId }, data: { restrictedAt: new Date(), restrictedReason: "At risk of harm", restrictedById: w.lead.userId } });
  const colleague = await createActor({ organisationId: w.leadOrg.id });
  await joinTeam(w.neighbourhood.id, colleague);
  return { ...c, colleague };
}

const restrictedRecordActions = {
  restrictCaseAction: run({
    prepare: withCase,
    call: (w, c) => ({ actor: w.lead, bound: [c.caseId], form: { restricted: "yes", reason: "Survivor of domestic abuse, at risk" } }),
    expected: (_w, c) => ({ ends: { redirect: `/cases/${c.caseId}?saved=restricted` }, audit: [{ action: "case.markRestricted", outcome: "ALLOWED", recordId: c.caseId, caseId: c.caseId }] }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.markRestricted", c.caseId, c.caseId) },
    fuzz: { bound: [{ kind: "id" }], form: { restricted: { kind: "choice", values: ["yes", "no"] }, reason: { kind: "text", max: 1000 } } },
  }),

  breakGlassAction: run({
    prepare: restrictedCase,
    call: (_w, c) => ({ actor: c.colleague, bound: [c.caseId], form: { reason: "Urgent safeguarding call from the hospital tonight", confirm: "yes" } }),
    expected: (_w, c) => ({ ends: { redirect: `/cases/${c.caseId}?saved=break-glass` }, audit: [{ action: "case.breakGlass", outcome: "ALLOWED", recordId: anyUuid, caseId: c.caseId }] }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.breakGlass", c.caseId) },
    fuzz: { bound: [{ kind: "id" }], form: { reason: { kind: "text", max: 1000 }, confirm: { kind: "exactly" } } },
  }),

  requestAccessAction: run({
    prepare: restrictedCase,
    call: (_w, c) => ({ actor: c.colleague, bound: [c.caseId], form: { reason: "I am picking up the family's housing work" } }),
    expected: (_w, c) => ({ ends: { redirect: `/cases/${c.caseId}?saved=access-requested` }, audit: [{ action: "case.requestAccess", outcome: "ALLOWED", recordId: c.caseId, caseId: c.caseId }] }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.requestAccess", c.caseId, c.caseId) },
    fuzz: { bound: [{ kind: "id" }], form: { reason: { kind: "text", max: 1000 } } },
  }),

  answerAccessRequestAction: run({
    prepare: async (w) => {
      const c = await restrictedCase(w);
      const request = await db.accessRequest.create({ data: { caseId: c.caseId, requesterId: c.colleague.userId, reason: "Picking up the housing work" } });
      return { ...c, requestId: request.id };
    },
    call: (w, c) => ({ actor: w.lead, bound: [c.requestId], form: { answer: "ACCEPT", answerReason: "" } }),
    expected: (_w, c) => ({
      ends: { redirect: `/cases/${c.caseId}?saved=access-accepted` },
      audit: [{ action: "case.answerAccessRequest", outcome: "ALLOWED", recordId: c.requestId, caseId: c.caseId }],
    }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.answerAccessRequest", c.caseId, c.requestId) },
    fuzz: { bound: [{ kind: "id" }], form: { answer: { kind: "choice", values: ["ACCEPT", "DECLINE"] }, answerReason: { kind: "optionalText", max: 1000 } } },
  }),
};

export const restrictedRecordRuns: RunTable = { "lib/cases/restricted-actions.ts": restrictedRecordActions };
