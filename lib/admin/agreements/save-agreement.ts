// Drafting, putting in force and changing information-sharing agreements. An agreement in force
// cannot go back to draft, and an ended one cannot change: ending has its own, explained, step.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/create-client";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import { changedSinceOpened, fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { nextAgreementReference } from "./agreement-reference";
import { agreementSchema, editAgreementSchema, type AgreementData, type AgreementInput, type EditAgreementInput } from "./schemas";

async function unknownChoices(tx: Tx, data: AgreementData): Promise<"partyIds" | "themeIds" | null> {
  const parties = await tx.organisation.count({ where: { id: { in: data.partyIds }, status: { not: "LEFT" } } });
  if (parties !== new Set(data.partyIds).size) return "partyIds";
  const themes = await tx.theme.count({ where: { id: { in: data.themeIds } } });
  return themes === new Set(data.themeIds).size ? null : "themeIds";
}

const choiceMessages = {
  partyIds: "Select organisations from the list (not ones that have left)",
  themeIds: "Select themes from the list",
};

function fields(data: AgreementData) {
  const { title, purpose, lawfulBasis, status, startsOn, endsOn, reviewOn } = data;
  return { title, purpose, lawfulBasis, status, startsOn, endsOn, reviewOn };
}

function related(data: AgreementData) {
  return {
    parties: { create: [...new Set(data.partyIds)].map((organisationId) => ({ organisationId })) },
    themes: { create: [...new Set(data.themeIds)].map((themeId) => ({ themeId })) },
  };
}

function auditDetails(data: AgreementData) {
  return { status: data.status, parties: data.partyIds.length, themes: data.themeIds.length, lawfulBasis: data.lawfulBasis };
}

export async function createAgreement(actor: Actor, input: AgreementInput): Promise<CommandResult<AgreementInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = agreementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const data = parsed.data;
  if (await db.sharingAgreement.findUnique({ where: { id: data.id }, select: { id: true } })) return { ok: true, id: data.id };
  // Two admins creating at once could pick the same reference: the loser tries the next one.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const problem = await db.$transaction(async (tx) => {
        const bad = await unknownChoices(tx, data);
        if (bad) return bad;
        const reference = await nextAgreementReference(tx, data.startsOn);
        await tx.sharingAgreement.create({
          data: { id: data.id, reference, ...fields(data), createdById: actor.userId, ...related(data) },
        });
        await writeAuditEvent(tx, {
          actor: auditActorOf(actor),
          action: "admin.agreement.create",
          recordType: "SharingAgreement",
          recordId: data.id,
          details: { reference, ...auditDetails(data) },
        });
        return null;
      });
      if (problem) return fieldFailure(input, problem, choiceMessages[problem]);
      return { ok: true, id: data.id };
    } catch (error) {
      if (!isUniqueViolationOn(error, "SharingAgreement", "reference") || attempt === 2) throw error;
    }
  }
  return formFailure(input, "The agreement could not be saved. Try again.");
}

export async function updateAgreement(
  actor: Actor,
  input: EditAgreementInput,
): Promise<CommandResult<EditAgreementInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = agreementSchema.safeParse(input);
  const version = editAgreementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  if (!version.success) return invalid(version.error, input);
  const data = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const before = await tx.sharingAgreement.findUnique({ where: { id: data.id }, select: { status: true } });
    if (!before) return { form: "This agreement no longer exists" };
    if (before.status === "ENDED") return { form: "This agreement has ended and can no longer be changed" };
    if (before.status === "ACTIVE" && data.status === "DRAFT") {
      return { field: "status", message: "An agreement in force cannot go back to draft: end it instead" };
    }
    const bad = await unknownChoices(tx, data);
    if (bad) return { field: bad, message: choiceMessages[bad] };
    const { count } = await tx.sharingAgreement.updateMany({
      where: { id: data.id, updatedAt: new Date(version.data.updatedAt) },
      data: fields(data),
    });
    if (count === 0) return { form: changedSinceOpened };
    await tx.agreementParty.deleteMany({ where: { agreementId: data.id } });
    await tx.agreementTheme.deleteMany({ where: { agreementId: data.id } });
    await tx.sharingAgreement.update({ where: { id: data.id }, data: related(data) });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: before.status === "DRAFT" && data.status === "ACTIVE" ? "admin.agreement.activate" : "admin.agreement.update",
      recordType: "SharingAgreement",
      recordId: data.id,
      details: auditDetails(data),
    });
    return null;
  });
  if (outcome?.form) return formFailure(input, outcome.form);
  if (outcome?.field) return fieldFailure(input, outcome.field, outcome.message);
  return { ok: true, id: data.id };
}
