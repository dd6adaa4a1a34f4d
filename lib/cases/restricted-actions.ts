"use server";
// The restricted-record server actions: public endpoints. Each parses what the page bound,
// authenticates, and delegates to a function that validates, authorises through lib/access and
// writes with its audit row; the form keeps what was typed through a database outage.
import { requireActor } from "@/lib/auth/actor";
import { uuid } from "@/lib/domain/uuid";
import { formFailure } from "@/lib/forms/failures";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { done } from "./after-save";
import { breakGlass, breakGlassValuesOf, type BreakGlassValues } from "./break-glass";
import { caseNotFoundMessage } from "./denial-message";
import { accessAnswerValuesOf, accessRequestValuesOf, answerAccessRequest, requestAccess, type AccessAnswerValues, type AccessRequestValues } from "./request-access";
import { restrictCase, restrictionValuesOf, type RestrictionValues } from "./restrict-case";

export async function restrictCaseAction(caseId: unknown, _: FormState<RestrictionValues>, formData: FormData): Promise<FormState<RestrictionValues>> {
  const id = uuid().safeParse(caseId);
  if (!id.success) return formFailure(restrictionValuesOf(formData), caseNotFoundMessage);
  return keepingInput(
    () => restrictionValuesOf(formData),
    async () => {
      const result = await restrictCase(await requireActor("cases.work"), id.data, formData);
      if (result.ok) done(id.data, formData.get("restricted") === "yes" ? "restricted" : "unrestricted");
      return result;
    },
  );
}

export async function breakGlassAction(caseId: unknown, _: FormState<BreakGlassValues>, formData: FormData): Promise<FormState<BreakGlassValues>> {
  const id = uuid().safeParse(caseId);
  if (!id.success) return formFailure(breakGlassValuesOf(formData), caseNotFoundMessage);
  return keepingInput(
    () => breakGlassValuesOf(formData),
    async () => {
      const result = await breakGlass(await requireActor("cases.work"), id.data, formData);
      if (result.ok) done(id.data, "break-glass");
      return result;
    },
  );
}

export async function requestAccessAction(caseId: unknown, _: FormState<AccessRequestValues>, formData: FormData): Promise<FormState<AccessRequestValues>> {
  const id = uuid().safeParse(caseId);
  if (!id.success) return formFailure(accessRequestValuesOf(formData), caseNotFoundMessage);
  return keepingInput(
    () => accessRequestValuesOf(formData),
    async () => {
      const result = await requestAccess(await requireActor("cases.work"), id.data, formData);
      if (result.ok) done(id.data, "access-requested");
      return result;
    },
  );
}

export async function answerAccessRequestAction(requestId: unknown, _: FormState<AccessAnswerValues>, formData: FormData): Promise<FormState<AccessAnswerValues>> {
  const id = uuid().safeParse(requestId);
  if (!id.success) return formFailure(accessAnswerValuesOf(formData), "This request cannot be found");
  return keepingInput(
    () => accessAnswerValuesOf(formData),
    async () => {
      const result = await answerAccessRequest(await requireActor("cases.work"), id.data, formData);
      // The case page of the case the request belongs to, as authorised — never an id the browser sent.
      if (result.ok) done(result.caseId, formData.get("answer") === "ACCEPT" ? "access-accepted" : "access-declined");
      return result;
    },
  );
}
