// Runs of the shared-case server actions. Each is called by a worker the access policy allows,
// and refused for a worker of an uninvolved organisation (audited DENIED against the case,
// recorded by inCaseTransaction).
import { expect } from "vitest";
import { caseNotFoundMessage } from "@/lib/cases/denial-message";
import { db } from "@/tests/support/owner-db";
import { ActionStatus, CaseStatus, ClosureReason, ConsentStatus, ContactKind, LawfulBasis, NoteVisibility, RiskLevel } from "@/lib/generated/prisma/enums";
import type { FieldRule } from "../../../support/invalid-input";
import { daysFromToday } from "../../../support/case-factories";
import { run, type RunTable } from "./types";
import { dateParts, type ActionWorld } from "./world";

export const anyUuid = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
export const values = (e: Record<string, string>) => Object.values(e);

/** An uninvolved organisation's worker is answered as if the case did not exist, and the denial audited. */
export const deniedOnCase = (action: string, caseId: string, recordId: unknown = anyUuid) => ({
  ends: { returns: { ok: false, formError: caseNotFoundMessage } },
  audit: [{ action, outcome: "DENIED" as const, recordId, caseId }],
});

const consentRules: Record<string, FieldRule> = {
  consentStatus: { kind: "choice", values: values(ConsentStatus) },
  // Required because the valid input's consent is given or withdrawn, not "not yet asked".
  consentDecidedOn: { kind: "date", rule: "pastOrToday" },
  consentScope: { kind: "optionalText", max: 500 },
  lawfulBasis: { kind: "optionalChoice", values: values(LawfulBasis) },
  lawfulBasisApprovedById: { kind: "optionalId" },
  lawfulBasisNote: { kind: "optionalText", max: 1000 },
  clientRequestId: { kind: "id" },
};
const noLawfulBasis = { consentScope: "", lawfulBasis: "", lawfulBasisApprovedById: "", lawfulBasisNote: "" };
export const themeIds: FieldRule = { kind: "ids", min: 1, max: 12 };

export async function withCase(w: ActionWorld) {
  const c = await w.newCase();
  return { caseId: c.id, number: c.number, requestId: w.id() };
}

async function withAction(w: ActionWorld) {
  const c = await withCase(w);
  const action = await db.caseAction.create({
    data: { caseId: c.caseId, description: "Book a housing assessment", assigneeOrganisationId: w.leadOrg.id, dueOn: daysFromToday(5), createdById: w.lead.userId },
  });
  return { ...c, actionId: action.id };
}

async function withTransfer(w: ActionWorld) {
  const c = await withCase(w);
  const transfer = await db.leadTransfer.create({
    data: { caseId: c.caseId, kind: "LEAD_ORGANISATION", toOrganisationId: w.partnerOrg.id, reason: "The partner now leads the work", requestedById: w.lead.userId },
  });
  return { ...c, transferId: transfer.id };
}

const caseActions = {
  openCaseAction: run({
    prepare: async (w) => {
      const person = await db.person.create({
        data: { givenName: "Sam", familyName: `Opening${w.suffix()}`, searchName: `sam opening`, dateOfBirth: new Date(Date.UTC(1960, 1, 2)), createdById: w.lead.userId },
      });
      return { personId: person.id, requestId: w.id() };
    },
    call: (w, c) => ({
      actor: w.lead,
      bound: [],
      form: {
        personId: c.personId,
        neighbourhoodId: w.neighbourhood.id,
        themeIds: w.themeIds,
        riskLevel: "LOW",
        summary: "",
        leadProfessionalId: w.lead.userId,
        forHousehold: "",
        consentStatus: "GIVEN",
        consentDecidedOn: dateParts(-1),
        ...noLawfulBasis,
        clientRequestId: c.requestId,
      },
    }),
    expected: async (_w, c) => {
      const { id } = await db.sharedCase.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: { redirect: `/cases/${id}?saved=case` }, audit: [{ action: "case.create", outcome: "ALLOWED", recordId: id, caseId: id }] };
    },
    refused: {
      // The person is on no case shared with the outsider's organisation: refused before any case exists.
      as: (w) => w.outsider,
      expected: (_w, c) => ({
        ends: { returns: { ok: false, formError: "The person cannot be found. Search for them again." } },
        audit: [{ action: "person.view", outcome: "DENIED", recordId: c.personId }],
      }),
    },
    fuzz: {
      form: {
        personId: { kind: "id" },
        neighbourhoodId: { kind: "id" },
        themeIds,
        riskLevel: { kind: "choice", values: values(RiskLevel) },
        summary: { kind: "optionalText", max: 2000 },
        leadProfessionalId: { kind: "id" },
        forHousehold: { kind: "optionalChoice", values: ["yes"] },
        ...consentRules,
      },
    },
  }),

  addNoteAction: run({
    prepare: withCase,
    call: (w, c) => ({
      actor: w.partner,
      bound: [c.caseId],
      form: { kind: "CALL", visibility: "ALL_INVOLVED", occurredOn: dateParts(-1), body: "Called the family about the tenancy.", clientRequestId: c.requestId },
    }),
    expected: async (_w, c) => {
      const note = await db.caseNote.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: { redirect: `/cases/${c.caseId}?saved=note` }, audit: [{ action: "case.addNote", outcome: "ALLOWED", recordId: note.id, caseId: c.caseId }] };
    },
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.addNote", c.caseId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        kind: { kind: "choice", values: values(ContactKind) },
        visibility: { kind: "choice", values: values(NoteVisibility) },
        occurredOn: { kind: "date", rule: "pastOrToday" },
        body: { kind: "text", max: 5000 },
        clientRequestId: { kind: "id" },
      },
    },
  }),

  addActionAction: run({
    prepare: withCase,
    call: (w, c) => ({
      actor: w.lead,
      bound: [c.caseId],
      form: { description: "Book a housing assessment", assigneeOrganisationId: w.partnerOrg.id, assigneeUserId: w.partner.userId, dueOn: dateParts(3), clientRequestId: c.requestId },
    }),
    expected: async (_w, c) => {
      const action = await db.caseAction.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: { redirect: `/cases/${c.caseId}?saved=action` }, audit: [{ action: "case.addAction", outcome: "ALLOWED", recordId: action.id, caseId: c.caseId }] };
    },
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.addAction", c.caseId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        description: { kind: "text", max: 500 },
        assigneeOrganisationId: { kind: "id" },
        assigneeUserId: { kind: "optionalId" },
        dueOn: { kind: "date", rule: "futureOrToday" },
        clientRequestId: { kind: "id" },
      },
    },
  }),

  updateActionStatusAction: run({
    prepare: withAction,
    call: (w, c) => ({ actor: w.partner, bound: [c.caseId], form: { actionId: c.actionId, status: "IN_PROGRESS" } }),
    expected: (_w, c) => ({
      ends: { redirect: `/cases/${c.caseId}?saved=action-status` },
      audit: [{ action: "case.updateAction", outcome: "ALLOWED", recordId: c.actionId, caseId: c.caseId }],
    }),
    refused: {
      as: (w) => w.outsider,
      expected: (_w, c) => deniedOnCase("case.updateAction", c.caseId, c.actionId),
    },
    fuzz: { bound: [{ kind: "id" }], form: { actionId: { kind: "id" }, status: { kind: "choice", values: values(ActionStatus) } } },
  }),

  recordOutcomeAction: run({
    prepare: withCase,
    call: (w, c) => ({
      actor: w.lead,
      bound: [c.caseId],
      form: { outcomeTypeId: w.outcomeType.id, achievedOn: dateParts(-1), evidence: "Tenancy signed; seen the agreement.", clientRequestId: c.requestId },
    }),
    expected: async (_w, c) => {
      const outcome = await db.outcome.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: { redirect: `/cases/${c.caseId}?saved=outcome` }, audit: [{ action: "case.recordOutcome", outcome: "ALLOWED", recordId: outcome.id, caseId: c.caseId }] };
    },
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.recordOutcome", c.caseId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: { outcomeTypeId: { kind: "id" }, achievedOn: { kind: "date", rule: "pastOrToday" }, evidence: { kind: "text", max: 2000 }, clientRequestId: { kind: "id" } },
    },
  }),

  recordConsentAction: run({
    prepare: withCase,
    call: (w, c) => ({
      actor: w.lead,
      bound: [c.caseId],
      form: { consentStatus: "WITHDRAWN", consentDecidedOn: dateParts(-1), ...noLawfulBasis, clientRequestId: c.requestId },
    }),
    expected: async (w, c) => {
      const record = await db.consentRecord.findFirstOrThrow({ where: { caseId: c.caseId, status: "WITHDRAWN", recordedById: w.lead.userId } });
      return { ends: { redirect: `/cases/${c.caseId}?saved=consent` }, audit: [{ action: "case.recordConsent", outcome: "ALLOWED", recordId: record.id, caseId: c.caseId }] };
    },
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.recordConsent", c.caseId) },
    fuzz: { bound: [{ kind: "id" }], form: consentRules },
  }),

  updateCaseDetailsAction: run({
    prepare: withCase,
    call: (w, c) => ({ actor: w.lead, bound: [c.caseId], form: { riskLevel: "HIGH", summary: "Risk raised after the visit", themeIds: w.themeIds, version: "1" } }),
    expected: (_w, c) => ({ ends: { redirect: `/cases/${c.caseId}?saved=details` }, audit: [{ action: "case.edit", outcome: "ALLOWED", recordId: c.caseId, caseId: c.caseId }] }),
    refused: {
      as: (w) => w.outsider,
      expected: (_w, c) => deniedOnCase("case.edit", c.caseId, c.caseId),
    },
    fuzz: {
      bound: [{ kind: "id" }],
      form: { riskLevel: { kind: "choice", values: values(RiskLevel) }, summary: { kind: "optionalText", max: 2000 }, themeIds, version: { kind: "version" } },
    },
  }),

  changeCaseStatusAction: run({
    prepare: withCase,
    call: (w, c) => ({ actor: w.lead, bound: [c.caseId], form: { status: "CLOSED", reason: "", closureReason: "OUTCOMES_ACHIEVED", version: "1" } }),
    expected: (_w, c) => ({ ends: { redirect: `/cases/${c.caseId}?saved=status` }, audit: [{ action: "case.close", outcome: "ALLOWED", recordId: c.caseId, caseId: c.caseId }] }),
    refused: {
      as: (w) => w.outsider,
      expected: (_w, c) => deniedOnCase("case.close", c.caseId, c.caseId),
    },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        status: { kind: "choice", values: values(CaseStatus) },
        reason: { kind: "optionalText", max: 1000 },
        // Closing needs a reason, so with the valid input's status an empty one is refused too.
        closureReason: { kind: "choice", values: values(ClosureReason) },
        version: { kind: "version" },
      },
    },
  }),

  requestLeadTransferAction: run({
    prepare: withCase,
    call: (w, c) => ({ actor: w.lead, bound: [c.caseId], form: { kind: "LEAD_ORGANISATION", toProfessionalId: "", toOrganisationId: w.partnerOrg.id, reason: "The partner now leads the work" } }),
    expected: async (_w, c) => {
      const transfer = await db.leadTransfer.findFirstOrThrow({ where: { caseId: c.caseId } });
      return { ends: { redirect: `/cases/${c.caseId}?saved=transfer` }, audit: [{ action: "case.transferLead", outcome: "ALLOWED", recordId: transfer.id, caseId: c.caseId }] };
    },
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.transferLead", c.caseId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        kind: { kind: "choice", values: ["LEAD_PROFESSIONAL", "LEAD_ORGANISATION"] },
        toProfessionalId: { kind: "optionalId" },
        // Required: the valid input transfers the lead organisation.
        toOrganisationId: { kind: "id" },
        reason: { kind: "text", max: 1000 },
      },
    },
  }),

  answerLeadTransferAction: run({
    prepare: withTransfer,
    call: (w, c) => ({ actor: w.partner, bound: [c.transferId, true] }),
    expected: (_w, c) => ({
      ends: { redirect: `/cases/${c.caseId}?saved=transfer-accepted` },
      audit: [{ action: "case.answerTransfer", outcome: "ALLOWED", recordId: c.transferId, caseId: c.caseId }],
    }),
    refused: {
      as: (w) => w.outsider,
      expected: (_w, c) => deniedOnCase("case.answerTransfer", c.caseId, c.transferId),
    },
    fuzz: { bound: [{ kind: "id" }, { kind: "boolean" }] },
  }),
};

export const caseRuns: RunTable = {
  "lib/cases/actions.ts": caseActions,
};
