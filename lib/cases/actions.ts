"use server";
// The shared-case server actions: public endpoints. Each parses what the browser bound to it,
// authenticates, and delegates to a function that validates, authorises through lib/access and
// writes with its audit row. If the database cannot answer for a moment the form comes back
// with everything typed (lib/forms/keeping-input.ts).
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { uuid } from "@/lib/domain/uuid";
import { formFailure } from "@/lib/forms/failures";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { addAction, actionValuesOf, type ActionValues } from "./add-action";
import { addNote, noteValuesOf, type NoteValues } from "./add-note";
import { done } from "./after-save";
import { changeCaseStatus, statusValuesOf, type StatusValues } from "./change-case-status";
import { caseNotFoundMessage } from "./denial-message";
import { answerLeadTransfer, requestLeadTransfer, transferValuesOf, type TransferValues } from "./lead-transfer";
import { openCase, openCaseValuesOf, type OpenCaseResult } from "./open-case";
import { consentValuesOf, recordConsent, type ConsentValues } from "./record-consent";
import { outcomeValuesOf, recordOutcome, type OutcomeValues } from "./record-outcome";
import { actionStatusValuesOf, updateActionStatus, type ActionStatusValues } from "./update-action-status";
import { caseDetailsValuesOf, updateCaseDetails, type CaseDetailsValues } from "./update-case-details";

type CaseWrite<V> = (actor: Awaited<ReturnType<typeof requireActor>>, caseId: string, formData: FormData) => Promise<{ ok: true } | Exclude<FormState<V>, null>>;

/** A case form's action: the bound case id parsed, the write kept through an outage, then the case page. */
async function caseForm<V>(caseId: unknown, formData: FormData, valuesOf: (f: FormData) => V, write: CaseWrite<V>, saved: string): Promise<FormState<V>> {
  const id = uuid().safeParse(caseId);
  if (!id.success) return formFailure(valuesOf(formData), caseNotFoundMessage);
  return keepingInput(
    () => valuesOf(formData),
    async () => {
      const result = await write(await requireActor("cases.work"), id.data, formData);
      if (result.ok) done(id.data, saved);
      return result;
    },
  );
}

export async function openCaseAction(_: OpenCaseResult | null, formData: FormData): Promise<OpenCaseResult> {
  return keepingInput(
    () => openCaseValuesOf(formData),
    async () => {
      const result = await openCase(await requireActor("cases.work"), formData);
      if (result.ok) done(result.caseId, "case");
      return result;
    },
  );
}

export async function addNoteAction(caseId: unknown, _: FormState<NoteValues>, formData: FormData): Promise<FormState<NoteValues>> {
  return caseForm(caseId, formData, noteValuesOf, addNote, "note");
}

export async function addActionAction(caseId: unknown, _: FormState<ActionValues>, formData: FormData): Promise<FormState<ActionValues>> {
  return caseForm(caseId, formData, actionValuesOf, addAction, "action");
}

export async function updateActionStatusAction(caseId: unknown, _: FormState<ActionStatusValues>, formData: FormData): Promise<FormState<ActionStatusValues>> {
  return caseForm(caseId, formData, actionStatusValuesOf, updateActionStatus, "action-status");
}

export async function recordOutcomeAction(caseId: unknown, _: FormState<OutcomeValues>, formData: FormData): Promise<FormState<OutcomeValues>> {
  return caseForm(caseId, formData, outcomeValuesOf, recordOutcome, "outcome");
}

export async function recordConsentAction(caseId: unknown, _: FormState<ConsentValues>, formData: FormData): Promise<FormState<ConsentValues>> {
  return caseForm(caseId, formData, consentValuesOf, recordConsent, "consent");
}

export async function updateCaseDetailsAction(caseId: unknown, _: FormState<CaseDetailsValues>, formData: FormData): Promise<FormState<CaseDetailsValues>> {
  return caseForm(caseId, formData, caseDetailsValuesOf, updateCaseDetails, "details");
}

export async function changeCaseStatusAction(caseId: unknown, _: FormState<StatusValues>, formData: FormData): Promise<FormState<StatusValues>> {
  return caseForm(caseId, formData, statusValuesOf, changeCaseStatus, "status");
}

export async function requestLeadTransferAction(caseId: unknown, _: FormState<TransferValues>, formData: FormData): Promise<FormState<TransferValues>> {
  return caseForm(caseId, formData, transferValuesOf, requestLeadTransfer, "transfer");
}

const transferAnswer = z.object({ transferId: uuid(), accept: z.boolean() });

export async function answerLeadTransferAction(transferId: unknown, accept: unknown, _: FormState<Record<string, never>>): Promise<FormState<Record<string, never>>> {
  const parsed = transferAnswer.safeParse({ transferId, accept });
  if (!parsed.success) return formFailure({}, "This transfer cannot be found");
  return keepingInput(
    () => ({}),
    async () => {
      const result = await answerLeadTransfer(await requireActor("cases.work"), parsed.data.transferId, parsed.data.accept);
      // The case page of the case the transfer belongs to, as authorised — never an id the browser sent.
      if (result.ok) done(result.caseId, parsed.data.accept ? "transfer-accepted" : "transfer-declined");
      return result;
    },
  );
}
