// Runs of the merge, unmerge and request-to-link actions. Merging and unmerging are the lead
// organisation's (it may edit both records), refused to an uninvolved organisation (audited
// DENIED against the record kept); a link request is sent by the uninvolved organisation's worker
// to the lead organisation holding the person, and answered by the lead's worker (refused to a
// third organisation, audited DENIED against the person).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { sendLinkRequest, requestNotFoundMessage } from "@/lib/people/link-requests";
import { mergePeople } from "@/lib/people/merge-people";
import { personNotFoundMessage } from "@/lib/people/person-transaction";
import { searchNameOf } from "@/lib/domain/person-matching";
import { db } from "@/tests/support/owner-db";
import { formDataOf } from "../../../support/form-data";
import { run, type RunTable } from "./types";
import type { ActionWorld } from "./world";

const choiceRule = { kind: "optionalChoice", values: ["kept", "away"] } as const;
const allKept = { "choice-givenName": "kept", "choice-familyName": "kept", "choice-dateOfBirth": "kept", "choice-nhsNumber": "kept", "choice-addressLine1": "kept", "choice-town": "kept", "choice-postcode": "kept", "choice-household": "kept" };

/** A family name no other run's matches by trigrams (letters only, random). */
const unlikeAnyOther = () => Array.from(randomUUID().replace(/-/g, ""), (ch) => String.fromCharCode(97 + (parseInt(ch, 16) % 26))).join("").slice(0, 12);

/** Two records of one person, each with a case the lead organisation leads. */
async function duplicatePair(w: ActionWorld) {
  const [a, b] = [await w.newCase(), await w.newCase()];
  return { keptId: a.personId, awayId: b.personId };
}

/** A person only the lead organisation holds, with a name the outsider is about to type. */
async function heldPerson(w: ActionWorld) {
  const c = await w.newCase();
  const familyName = unlikeAnyOther();
  await db.person.update({ where: { id: c.personId }, data: { givenName: "Wren", familyName, searchName: searchNameOf("Wren", familyName), dateOfBirth: new Date(Date.UTC(1990, 4, 9)) } });
  return { personId: c.personId, familyName };
}

const linkForm = (w: ActionWorld, familyName: string) => ({
  givenName: "Wren", familyName, dateOfBirth: { day: "9", month: "5", year: "1990" }, nhsNumber: "", postcode: "", holderOrganisationId: w.leadOrg.id, reason: "Referred to us; is this the same person?", clientRequestId: randomUUID(),
});

const personMergeActions = {
  mergePeopleAction: run({
    prepare: duplicatePair,
    call: (w, c) => ({ actor: w.lead, bound: [], form: { keptId: c.keptId, awayId: c.awayId, keptVersion: "1", awayVersion: "1", confirmed: "yes", ...allKept } }),
    expected: (_w, c) => ({ ends: { redirect: `/people/${c.keptId}?saved=merged` }, audit: [{ action: "person.merge", outcome: "ALLOWED", recordId: c.keptId }] }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => ({ ends: { returns: { ok: false, formError: personNotFoundMessage } }, audit: [{ action: "person.merge", outcome: "DENIED", recordId: c.keptId }] }) },
    fuzz: {
      form: {
        keptId: { kind: "id" }, awayId: { kind: "id" }, keptVersion: { kind: "version" }, awayVersion: { kind: "version" }, confirmed: { kind: "exactly" },
        "choice-givenName": choiceRule, "choice-familyName": choiceRule, "choice-dateOfBirth": choiceRule, "choice-nhsNumber": choiceRule,
        "choice-addressLine1": choiceRule, "choice-town": choiceRule, "choice-postcode": choiceRule, "choice-household": choiceRule,
      },
    },
  }),

  unmergePeopleAction: run({
    prepare: async (w) => {
      const pair = await duplicatePair(w);
      const merged = await mergePeople(w.lead, formDataOf({ keptId: pair.keptId, awayId: pair.awayId, keptVersion: "1", awayVersion: "1", confirmed: "yes", ...allKept }));
      if (!merged.ok) throw new Error("the run's merge failed");
      return { ...pair, mergeId: merged.mergeId };
    },
    call: (w, c) => ({ actor: w.lead, bound: [], form: { mergeId: c.mergeId, keptVersion: "2" } }),
    expected: (_w, c) => ({ ends: { redirect: `/people/${c.keptId}?saved=unmerged` }, audit: [{ action: "person.unmerge", outcome: "ALLOWED", recordId: c.keptId }] }),
    refused: { as: (w) => w.outsider, expected: (_w, c) => ({ ends: { returns: { ok: false, formError: personNotFoundMessage } }, audit: [{ action: "person.unmerge", outcome: "DENIED", recordId: c.keptId }] }) },
    fuzz: { form: { mergeId: { kind: "id" }, keptVersion: { kind: "version" } } },
  }),

  sendLinkRequestAction: run({
    prepare: heldPerson,
    call: (w, c) => ({ actor: w.outsider, bound: [], form: linkForm(w, c.familyName) }),
    expected: () => ({ ends: { redirect: "/people/link-requests?sent=1" }, audit: [{ action: "person.linkRequest", outcome: "ALLOWED", recordId: expect.any(String) }] }),
    refused: { as: (w) => w.admin, expected: () => ({ ends: { notFound: true }, audit: [] }) },
    fuzz: {
      form: {
        givenName: { kind: "text", max: 100 }, familyName: { kind: "text", max: 100 }, dateOfBirth: { kind: "date", rule: "pastOrToday" }, nhsNumber: { kind: "nhsNumber" },
        postcode: { kind: "postcode" }, holderOrganisationId: { kind: "id" }, reason: { kind: "text", max: 1000 }, clientRequestId: { kind: "id" },
      },
    },
  }),

  answerLinkRequestAction: run({
    prepare: async (w) => {
      const held = await heldPerson(w);
      const sent = await sendLinkRequest(w.outsider, formDataOf({ ...linkForm(w, held.familyName), dateOfBirth: new Date(Date.UTC(1990, 4, 9)) }));
      if (!sent.ok) throw new Error("the run's link request failed");
      return { ...held, requestId: sent.requestIds[0] };
    },
    call: (_w, c) => ({ actor: _w.lead, bound: [], form: { requestId: c.requestId, answer: "ACCEPTED", answerReason: "Same person: we will refer the case to you" } }),
    expected: (_w, c) => ({ ends: { redirect: "/people/link-requests?answered=1" }, audit: [{ action: "person.linkRequest.answer", outcome: "ALLOWED", recordId: c.requestId }] }),
    refused: { as: (w) => w.third, expected: (_w, c) => ({ ends: { returns: { ok: false, formError: requestNotFoundMessage } }, audit: [{ action: "person.linkRequest.answer", outcome: "DENIED", recordId: c.requestId }] }) },
    fuzz: { form: { requestId: { kind: "id" }, answer: { kind: "choice", values: ["ACCEPTED", "DECLINED"] }, answerReason: { kind: "text", max: 1000 } } },
  }),
};

export const personMergeRuns: RunTable = { "lib/people/merge-actions.ts": personMergeActions };
