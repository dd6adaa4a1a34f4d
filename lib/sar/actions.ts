"use server";
// The subject access server actions: public endpoints. Each authenticates (any signed-in user:
// the SAR policy itself refuses, and audits, anyone who is not a data-protection officer of the
// request's organisation), parses the request id its page bound, and delegates to a command that
// validates, authorises and writes with its audit row. Input is kept through a database outage.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { reauthenticatePath } from "@/lib/auth/reauthentication";
import { uuid } from "@/lib/domain/uuid";
import { formFailure } from "@/lib/forms/failures";
import type { CommandResult, FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { releaseItem, releaseValuesOf, withholdItem, withholdValuesOf, type ReleaseValues, type WithholdValues } from "./decide-item";
import { exportResponse } from "./export-response";
import { extendDueDate, extendValuesOf, type ExtendValues } from "./extend-due-date";
import { logRequestValuesOf, logSubjectAccessRequest, type LogRequestValues } from "./log-request";
import { sarNotFoundMessage } from "./sar-transaction";

type Actor = Awaited<ReturnType<typeof requireActor>>;

export async function logSubjectAccessRequestAction(_: FormState<LogRequestValues>, formData: FormData): Promise<FormState<LogRequestValues>> {
  const result = await keepingInput(
    () => logRequestValuesOf(formData),
    async () => logSubjectAccessRequest(await requireActor(), formData),
  );
  if (!result.ok) return result;
  revalidatePath("/records");
  redirect(`/records/${result.id}?saved=logged`);
}

async function requestForm<V>(requestId: unknown, formData: FormData, valuesOf: (f: FormData) => V, write: (actor: Actor, id: string, f: FormData) => Promise<CommandResult<V>>, saved: string): Promise<FormState<V>> {
  const id = uuid().safeParse(requestId);
  if (!id.success) return formFailure(valuesOf(formData), sarNotFoundMessage);
  const result = await keepingInput(
    () => valuesOf(formData),
    async () => write(await requireActor(), id.data, formData),
  );
  if (!result.ok) return result;
  revalidatePath(`/records/${id.data}`);
  redirect(`/records/${id.data}?saved=${saved}`);
}

export async function withholdItemAction(requestId: unknown, _: FormState<WithholdValues>, formData: FormData): Promise<FormState<WithholdValues>> {
  return requestForm(requestId, formData, withholdValuesOf, withholdItem, "withheld");
}

export async function releaseItemAction(requestId: unknown, _: FormState<ReleaseValues>, formData: FormData): Promise<FormState<ReleaseValues>> {
  return requestForm(requestId, formData, releaseValuesOf, releaseItem, "released");
}

export async function extendDueDateAction(requestId: unknown, _: FormState<ExtendValues>, formData: FormData): Promise<FormState<ExtendValues>> {
  return requestForm(requestId, formData, extendValuesOf, extendDueDate, "extended");
}

/**
 * Producing the response: the officer re-entered their password and a code just now (ASVS
 * 7.5.3; otherwise refused, audited, and sent to confirm it is them). Audited as sar.export; an
 * open request is marked responded today. Then the document.
 */
export async function exportResponseAction(requestId: unknown, _: FormState<Record<string, never>>): Promise<FormState<Record<string, never>>> {
  const id = uuid().safeParse(requestId);
  if (!id.success) return formFailure({}, sarNotFoundMessage);
  const result = await keepingInput(
    () => ({}),
    async () => exportResponse(await requireActor(), id.data),
  );
  if (result === "reauthenticate") redirect(reauthenticatePath(`/records/${id.data}/respond`));
  if (!result.ok) return result;
  revalidatePath(`/records/${id.data}`);
  redirect(`/records/${id.data}/response`);
}
