// Runs of the approval inbox's server action: the named approver confirms a lawful basis for
// sharing without consent; anyone else (here a worker of an uninvolved organisation) is refused,
// audited DENIED against the consent record.
import { db } from "@/tests/support/owner-db";
import { notYoursToAnswer } from "@/lib/consent/answer-lawful-basis";
import { run, type RunTable } from "./types";
import type { ActionWorld } from "./world";

/** A case whose consent was refused, relying on safeguarding, awaiting the lead's confirmation. */
async function awaitingLead(w: ActionWorld) {
  const c = await w.newCase({ consent: { status: "REFUSED" } });
  const record = await db.consentRecord.create({
    data: {
      caseId: c.id,
      status: "REFUSED",
      decidedOn: new Date(),
      lawfulBasis: "SAFEGUARDING",
      lawfulBasisApprovedById: w.lead.userId,
      lawfulBasisAwaitsConfirmation: true,
      recordedById: w.lead.userId,
      recordedAt: new Date(Date.now() + 1000),
    },
  });
  return { consentRecordId: record.id, caseId: c.id };
}

const consentActions = {
  answerLawfulBasisAction: run({
    prepare: awaitingLead,
    call: (w, c) => ({ actor: w.lead, bound: [], form: { consentRecordId: c.consentRecordId, answer: "CONFIRM", declineReason: "" } }),
    expected: (_w, c) => ({
      ends: { returns: { ok: true, message: "Lawful basis confirmed: partners' access is restored" } },
      audit: [{ action: "consent.confirmLawfulBasis", outcome: "ALLOWED", recordId: c.consentRecordId, caseId: c.caseId }],
    }),
    refused: {
      as: (w) => w.outsider,
      expected: (_w, c) => ({
        ends: { returns: { ok: false, formError: notYoursToAnswer } },
        // Row security hides the record from another organisation: it is denied as "no such record", naming no case.
        audit: [{ action: "consent.confirmLawfulBasis", outcome: "DENIED", recordId: c.consentRecordId, caseId: null }],
      }),
    },
    fuzz: {
      bound: [],
      form: { consentRecordId: { kind: "id" }, answer: { kind: "choice", values: ["CONFIRM", "DECLINE"] }, declineReason: { kind: "optionalText", max: 1000 } },
    },
  }),
};

export const consentRuns: RunTable = { "lib/consent/actions.ts": consentActions };
