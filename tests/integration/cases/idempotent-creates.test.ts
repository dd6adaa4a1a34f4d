// A create is "already done" only when its own idempotency key was saved by the same person:
// a repeated theme, a key used by someone else or any other clash is never reported as saved.
import { beforeAll, describe, expect, it } from "vitest";
import { addNote } from "@/lib/cases/add-note";
import { createOnce } from "@/lib/cases/create-once";
import { db } from "@/tests/support/owner-db";
import { formExpired } from "@/lib/forms/failures";
import { sendReferral } from "@/lib/referrals/send-referral";
import { formDataOf } from "../../support/form-data";
import { caseWorld, type CaseWorld } from "./case-world";

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});

const note = (clientRequestId: string) =>
  formDataOf({ kind: "CALL", visibility: "ALL_INVOLVED", occurredOn: new Date(Date.UTC(2026, 0, 5)), body: "Rang about the tenancy", clientRequestId });

describe("creates keyed by the form's idempotency key", () => {
  it("a referral with a repeated theme is saved once with that theme once, and audited", async () => {
    const c = await w.newCase();
    const requestId = w.requestId();
    const result = await sendReferral(
      w.lead,
      c.id,
      formDataOf({ toOrganisationId: w.thirdOrg.id, reason: "Needs support", themeIds: [w.themeIds[0], w.themeIds[0]], urgency: "ROUTINE", clientRequestId: requestId }),
    );
    expect(result).toEqual({ ok: true });
    const saved = await db.referral.findUniqueOrThrow({ where: { clientRequestId: requestId }, select: { id: true, themes: { select: { themeId: true } } } });
    expect(saved.themes).toEqual([{ themeId: w.themeIds[0] }]);
    expect(await db.auditEvent.count({ where: { action: "case.refer", recordId: saved.id, outcome: "ALLOWED" } })).toBe(1);
  });

  it("a second submission of the same note by its author is done, and writes nothing more", async () => {
    const c = await w.newCase();
    const requestId = w.requestId();
    expect(await addNote(w.lead, c.id, note(requestId))).toEqual({ ok: true });
    expect(await addNote(w.lead, c.id, note(requestId))).toEqual({ ok: true });
    expect(await db.caseNote.count({ where: { caseId: c.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "case.addNote", caseId: c.id } })).toBe(1);
  });

  it("a key someone else already used is refused, not reported as saved", async () => {
    const c = await w.newCase();
    const requestId = w.requestId();
    expect(await addNote(w.lead, c.id, note(requestId))).toEqual({ ok: true });
    const replayedByPartner = await addNote(w.partner, c.id, note(requestId));
    expect(replayedByPartner).toMatchObject({ ok: false, formError: formExpired });
    expect(await db.caseNote.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("a unique violation on any other key is an error, never success", async () => {
    const theme = await db.theme.findUniqueOrThrow({ where: { id: w.themeIds[0] }, select: { code: true, name: true } });
    const clash = createOnce(
      { table: "Theme", actorId: w.lead.userId, values: {}, saved: async () => null },
      () => db.theme.create({ data: { code: theme.code, name: `${theme.name} again` } }),
    );
    await expect(clash).rejects.toMatchObject({ code: "P2002" });
  });
});
