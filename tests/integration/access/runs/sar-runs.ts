// Runs of the subject access server actions. Each is called by a data-protection officer of the
// organisation that received the request (the export with a session re-authenticated just now),
// and refused for a frontline worker of that organisation, audited DENIED.
import { db } from "@/tests/support/owner-db";
import { sarDueOn } from "@/lib/domain/sar-due-date";
import { sarNotFoundMessage } from "@/lib/sar/sar-transaction";
import { onlyOfficers } from "@/lib/sar/log-request";
import { sarSections } from "@/lib/sar/sar-items";
import { createActor } from "../../../support/case-factories";
import { run, type RunTable } from "./types";
import { dateParts, type ActionWorld } from "./world";

/** An officer of the lead organisation, and an open request about a person with a case and a note. */
async function withRequest(w: ActionWorld) {
  const officer = await createActor({ organisationId: w.leadOrg.id, roles: ["DATA_PROTECTION_OFFICER"] });
  const c = await w.newCase();
  const note = await db.caseNote.create({ data: { caseId: c.id, authorId: w.partner.userId, authorOrganisationId: w.partnerOrg.id, kind: "NOTE", visibility: "OWN_ORGANISATION", occurredAt: new Date(), body: "A neighbour's name" } });
  const receivedOn = new Date(Date.UTC(2026, 0, 31));
  const request = await db.subjectAccessRequest.create({
    data: { organisationId: w.leadOrg.id, personId: c.personId, receivedOn, dueOn: sarDueOn(receivedOn), identityCheckedBy: "A. Clerk", identityCheckMethod: "Passport", loggedById: officer.userId },
  });
  return { officer, personId: c.personId, requestId: request.id, noteId: note.id };
}

const deniedOnRequest = (action: string, recordId: string) => ({
  ends: { returns: { ok: false, formError: sarNotFoundMessage } },
  audit: [{ action, outcome: "DENIED" as const, recordId }],
});

const decided = (action: string) => (_w: ActionWorld, c: Awaited<ReturnType<typeof withRequest>>) => ({
  ends: { redirect: `/records/${c.requestId}?saved=${action === "sar.withhold" ? "withheld" : "released"}` },
  audit: [
    { action: "sar.gather", outcome: "ALLOWED" as const, recordId: c.personId },
    { action, outcome: "ALLOWED" as const, recordId: c.requestId },
  ],
  by: c.officer.userId,
});

const version = { kind: "version" } as const;
const itemRules = { itemType: { kind: "choice", values: sarSections }, itemId: { kind: "text", max: 100 } } as const;

const sarActions = {
  logSubjectAccessRequestAction: run({
    prepare: async (w) => {
      const made = await withRequest(w);
      return { ...made, clientRequestId: w.id() };
    },
    call: (_w, c) => ({ actor: c.officer, bound: [], form: { personId: c.personId, receivedOn: dateParts(-2), identityCheckedBy: "A. Clerk", identityCheckMethod: "Passport and a council tax bill", clientRequestId: c.clientRequestId } }),
    expected: async (_w, c) => {
      const made = await db.subjectAccessRequest.findUniqueOrThrow({ where: { clientRequestId: c.clientRequestId } });
      return { ends: { redirect: `/records/${made.id}?saved=logged` }, audit: [{ action: "sar.create", outcome: "ALLOWED", recordId: made.id }], by: c.officer.userId };
    },
    refused: { as: (w) => w.lead, expected: () => ({ ends: { returns: { ok: false, formError: onlyOfficers } }, audit: [{ action: "sar.create", outcome: "DENIED", recordId: null }] }) },
    fuzz: {
      form: {
        personId: { kind: "id" },
        receivedOn: { kind: "date", rule: "pastOrToday" },
        identityCheckedBy: { kind: "text", max: 200 },
        identityCheckMethod: { kind: "text", max: 500 },
        clientRequestId: { kind: "id" },
      },
    },
  }),

  withholdItemAction: run({
    prepare: withRequest,
    call: (_w, c) => ({ actor: c.officer, bound: [c.requestId], form: { itemType: "note", itemId: c.noteId, reason: "Third-party data", version: "1" } }),
    expected: decided("sar.withhold"),
    refused: { as: (w) => w.lead, expected: (_w, c) => deniedOnRequest("sar.withhold", c.requestId) },
    fuzz: { bound: [{ kind: "id" }], form: { ...itemRules, reason: { kind: "text", max: 500 }, version } },
  }),

  releaseItemAction: run({
    prepare: async (w) => {
      const made = await withRequest(w);
      await db.sarItemDecision.create({ data: { requestId: made.requestId, itemType: "note", itemId: made.noteId, withheld: true, reason: "Third-party data", decidedById: made.officer.userId } });
      return made;
    },
    call: (_w, c) => ({ actor: c.officer, bound: [c.requestId], form: { itemType: "note", itemId: c.noteId, version: "1" } }),
    expected: decided("sar.release"),
    refused: { as: (w) => w.lead, expected: (_w, c) => deniedOnRequest("sar.release", c.requestId) },
    fuzz: { bound: [{ kind: "id" }], form: { ...itemRules, version } },
  }),

  extendDueDateAction: run({
    prepare: withRequest,
    // Received 31 January 2026, due 28 February; extended to 30 March.
    call: (_w, c) => ({ actor: c.officer, bound: [c.requestId], form: { extendedDueOn: { day: "30", month: "3", year: "2026" }, extensionReason: "Records held by five organisations", version: "1" } }),
    expected: (_w, c) => ({ ends: { redirect: `/records/${c.requestId}?saved=extended` }, audit: [{ action: "sar.extend", outcome: "ALLOWED", recordId: c.requestId }], by: c.officer.userId }),
    refused: { as: (w) => w.lead, expected: (_w, c) => deniedOnRequest("sar.extend", c.requestId) },
    fuzz: { bound: [{ kind: "id" }], form: { extendedDueOn: { kind: "date", rule: "any" }, extensionReason: { kind: "text", max: 500 }, version } },
  }),

  exportResponseAction: run({
    prepare: withRequest,
    call: (_w, c) => ({ actor: c.officer, bound: [c.requestId], session: "reauthenticated" }),
    expected: (_w, c) => ({ ends: { redirect: `/records/${c.requestId}/response` }, audit: [{ action: "sar.export", outcome: "ALLOWED", recordId: c.personId }], by: c.officer.userId }),
    // The officer without a recent re-authentication is refused and sent to confirm it is them.
    refused: {
      as: (_w, c) => c.officer,
      call: (_w, c) => ({ actor: c.officer, bound: [c.requestId] }),
      expected: (_w, c) => ({ ends: { redirect: `/re-authenticate?return=${encodeURIComponent(`/records/${c.requestId}/respond`)}` }, audit: [{ action: "sar.export", outcome: "DENIED", recordId: c.requestId }] }),
    },
    fuzz: { none: "takes only the request id its page binds, and no form fields: a wrong id is refused before anything is read" },
  }),
};

export const sarRuns: RunTable = { "lib/sar/actions.ts": sarActions };
