// Duplicates across agencies without disclosure: a worker about to record someone another
// organisation holds is told only "held by <organisation>" (nothing of the person), can ask that
// organisation, once per person while the request is open, and the holder accepts or declines.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "@/lib/people/create-person";
import { alreadyAskedMessage, answerLinkRequest, requestNotFoundMessage, sendLinkRequest } from "@/lib/people/link-requests";
import { getLinkRequestsForView } from "@/lib/people/link-request-view";
import { sealNhsNumber } from "@/lib/people/nhs-number-field";
import { searchNameOf } from "@/lib/domain/person-matching";
import { db } from "@/tests/support/owner-db";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "../cases/case-world";

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});

const born = new Date(Date.UTC(1979, 10, 4));

/** A family name unlike any other test's (trigram matching would find "Hidden…" in another). */
const unlikeAnyOther = () => Array.from(randomUUID().replace(/-/g, ""), (ch) => String.fromCharCode(97 + (parseInt(ch, 16) % 26))).join("").slice(0, 12);

/** A person only the lead organisation (and its partner) may see: on a case it leads. */
async function hiddenPerson() {
  const family = unlikeAnyOther();
  const c = await w.newCase();
  await db.person.update({
    where: { id: c.personId },
    data: { givenName: "Morwenna", familyName: family, searchName: searchNameOf("Morwenna", family), dateOfBirth: born, postcode: "BL1 1AA", addressLine1: "9 Secret Row", ...sealNhsNumber(c.personId, "0830166130") },
  });
  return { family, personId: c.personId };
}

const typedAs = (family: string, extra: Record<string, string> = {}) =>
  formDataOf({ givenName: "Morwena", familyName: family, dateOfBirth: born, nhsNumber: "", addressLine1: "", town: "", postcode: "", clientRequestId: randomUUID(), ...extra });

describe("the duplicate check across organisations", () => {
  it("tells the outsider only which organisation holds a matching record, nothing of the person", async () => {
    const p = await hiddenPerson();
    const result = await createPerson(w.outsider, typedAs(p.family));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.duplicates).toEqual([]);
    expect(result.heldElsewhere).toEqual([{ organisationId: w.leadOrg.id, organisationName: w.leadOrg.name }]);
    // The response holds what the worker typed and the organisation, and nothing of the record.
    const response = JSON.stringify(result);
    for (const secret of [p.personId, "Morwenna", "BL1 1AA", "Secret Row", "0830166130", "083 016 6130"]) expect(response).not.toContain(secret);
    expect(await db.person.count({ where: { familyName: p.family } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "person.heldElsewhere", actorUserId: w.outsider.userId } })).toBeGreaterThan(0);
  });

  it("matches by NHS number alone, and says nothing to the organisations that may see the person", async () => {
    const p = await hiddenPerson();
    const byNumber = await createPerson(w.outsider, typedAs(unlikeAnyOther(), { nhsNumber: "083 016 6130" }));
    expect(!byNumber.ok && byNumber.heldElsewhere?.map((h) => h.organisationId)).toContain(w.leadOrg.id);
    const lead = await createPerson(w.lead, typedAs(p.family));
    expect(!lead.ok && lead.heldElsewhere).toEqual([]);
    expect(!lead.ok && lead.duplicates?.map((d) => d.id)).toEqual([p.personId]);
  });

  it("ignores a merged-away record (a tombstone)", async () => {
    const p = await hiddenPerson();
    const kept = await w.newCase();
    await db.person.update({ where: { id: p.personId }, data: { mergedIntoId: kept.personId, mergedAt: new Date() } });
    await db.sharedCase.updateMany({ where: { personId: p.personId }, data: { personId: kept.personId } });
    const result = await createPerson(w.outsider, typedAs(p.family));
    expect(result.ok).toBe(true);
  });
});

describe("request-to-link", () => {
  const request = (family: string, extra: Record<string, string> = {}) =>
    formDataOf({ givenName: "Morwena", familyName: family, dateOfBirth: born, nhsNumber: "", postcode: "", holderOrganisationId: w.leadOrg.id, reason: "Referred to us by the GP; is this the same person?", clientRequestId: randomUUID(), ...extra });

  it("reaches the holder, once per requester while open, and the holder's answer reaches the requester without detail", async () => {
    const p = await hiddenPerson();
    const sent = await sendLinkRequest(w.outsider, request(p.family));
    expect(sent.ok).toBe(true);
    expect(await sendLinkRequest(w.outsider, request(p.family))).toMatchObject({ ok: false, formError: alreadyAskedMessage });
    const inbox = await getLinkRequestsForView(w.lead);
    const incoming = inbox.incoming.find((r) => r.person.id === p.personId);
    expect(incoming).toMatchObject({ requesterOrganisation: expect.any(String), typed: { givenName: "Morwena", familyName: p.family, nhsNumberGiven: false } });
    // Nobody else answers it: not the requester, not an organisation it was not sent to.
    for (const other of [w.outsider, w.third]) {
      expect(await answerLinkRequest(other, formDataOf({ requestId: incoming!.id, answer: "ACCEPTED", answerReason: "Yes" }))).toMatchObject({ ok: false, formError: requestNotFoundMessage });
    }
    expect((await answerLinkRequest(w.lead, formDataOf({ requestId: incoming!.id, answer: "DECLINED", answerReason: "Not the same person: different mother" }))).ok).toBe(true);
    const mine = await getLinkRequestsForView(w.outsider);
    const answered = mine.sent.find((r) => r.id === incoming!.id);
    expect(answered).toMatchObject({ status: "DECLINED", contact: null });
    expect(JSON.stringify(mine)).not.toContain("different mother");
    expect(JSON.stringify(mine)).not.toContain(p.personId);
    // Once answered, a new request may be sent; accepting gives the requester the holder's contact.
    expect((await sendLinkRequest(w.outsider, request(p.family))).ok).toBe(true);
    const again = (await getLinkRequestsForView(w.lead)).incoming.find((r) => r.person.id === p.personId)!;
    expect((await answerLinkRequest(w.lead, formDataOf({ requestId: again.id, answer: "ACCEPTED", answerReason: "Same person" }))).ok).toBe(true);
    const accepted = (await getLinkRequestsForView(w.outsider)).sent.find((r) => r.id === again.id);
    expect(accepted?.status).toBe("ACCEPTED");
    expect(accepted?.contact?.email).toBeTruthy();
    const audit = await db.auditEvent.findMany({ where: { action: { in: ["person.linkRequest", "person.linkRequest.answer"] }, OR: [{ actorUserId: w.outsider.userId }, { actorUserId: w.lead.userId }] }, select: { action: true, outcome: true } });
    expect(audit.filter((a) => a.action === "person.linkRequest" && a.outcome === "ALLOWED").length).toBeGreaterThanOrEqual(2);
    expect(audit.filter((a) => a.action === "person.linkRequest.answer" && a.outcome === "ALLOWED").length).toBeGreaterThanOrEqual(2);
  });
});
