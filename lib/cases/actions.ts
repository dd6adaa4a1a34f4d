"use server";
// The shared-case server actions: public endpoints, each authenticating here and delegating to
// a function that validates, authorises through lib/access and writes with its audit row.
import { requireActor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/form-state";
import { addAction, type ActionValues } from "./add-action";
import { addNote, type NoteValues } from "./add-note";
import { done } from "./after-save";
import { answerLeadTransfer, requestLeadTransfer, type TransferValues } from "./lead-transfer";
import { changeCaseStatus, type StatusValues } from "./change-case-status";
import { openCase, type OpenCaseResult } from "./open-case";
import { recordConsent, type ConsentValues } from "./record-consent";
import { recordOutcome, type OutcomeValues } from "./record-outcome";
import { updateActionStatus, type ActionStatusValues } from "./update-action-status";
import { updateCaseDetails, type CaseDetailsValues } from "./update-case-details";

export async function openCaseAction(_: OpenCaseResult | null, formData: FormData): Promise<OpenCaseResult> {
  const result = await openCase(await requireActor("cases.work"), formData);
  if (result.ok) done(result.caseId, "case");
  return result;
}

export async function addNoteAction(caseId: string, _: FormState<NoteValues>, formData: FormData): Promise<FormState<NoteValues>> {
  const result = await addNote(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "note");
  return result;
}

export async function addActionAction(caseId: string, _: FormState<ActionValues>, formData: FormData): Promise<FormState<ActionValues>> {
  const result = await addAction(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "action");
  return result;
}

export async function updateActionStatusAction(caseId: string, _: FormState<ActionStatusValues>, formData: FormData): Promise<FormState<ActionStatusValues>> {
  const result = await updateActionStatus(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "action-status");
  return result;
}

export async function recordOutcomeAction(caseId: string, _: FormState<OutcomeValues>, formData: FormData): Promise<FormState<OutcomeValues>> {
  const result = await recordOutcome(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "outcome");
  return result;
}

export async function recordConsentAction(caseId: string, _: FormState<ConsentValues>, formData: FormData): Promise<FormState<ConsentValues>> {
  const result = await recordConsent(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "consent");
  return result;
}

export async function updateCaseDetailsAction(caseId: string, _: FormState<CaseDetailsValues>, formData: FormData): Promise<FormState<CaseDetailsValues>> {
  const result = await updateCaseDetails(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "details");
  return result;
}

export async function changeCaseStatusAction(caseId: string, _: FormState<StatusValues>, formData: FormData): Promise<FormState<StatusValues>> {
  const result = await changeCaseStatus(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "status");
  return result;
}

export async function requestLeadTransferAction(caseId: string, _: FormState<TransferValues>, formData: FormData): Promise<FormState<TransferValues>> {
  const result = await requestLeadTransfer(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "transfer");
  return result;
}

export async function answerLeadTransferAction(transferId: string, accept: boolean, _: FormState<Record<string, never>>): Promise<FormState<Record<string, never>>> {
  const result = await answerLeadTransfer(await requireActor("cases.work"), transferId, accept);
  if (result.ok) done(result.caseId, accept ? "transfer-accepted" : "transfer-declined");
  return result;
}
