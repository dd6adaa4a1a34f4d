"use server";
// Referral server actions: public endpoints. Each parses what the browser bound to it,
// authenticates, and calls a function that authorises through lib/access and writes with its
// audit row; after saving it goes to the case the authorisation found, never one the browser named.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { done } from "@/lib/cases/after-save";
import { caseNotFoundMessage } from "@/lib/cases/denial-message";
import { uuid } from "@/lib/domain/uuid";
import { formFailure } from "@/lib/forms/failures";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { acceptReferral, declineReferral, declineValuesOf, withdrawReferral, type DeclineValues } from "./answer-referral";
import { referralValuesOf, sendReferral, type ReferralValues } from "./send-referral";

type Empty = Record<string, never>;
const notFound = "This referral cannot be found. It may have been withdrawn, or it may not be for your organisation.";

export async function sendReferralAction(caseId: unknown, _: FormState<ReferralValues>, formData: FormData): Promise<FormState<ReferralValues>> {
  const id = uuid().safeParse(caseId);
  if (!id.success) return formFailure(referralValuesOf(formData), caseNotFoundMessage);
  return keepingInput(
    () => referralValuesOf(formData),
    async () => {
      const result = await sendReferral(await requireActor("cases.work"), id.data, formData);
      if (result.ok) done(id.data, "referral");
      return result;
    },
  );
}

export async function acceptReferralAction(referralId: unknown, _: FormState<Empty>): Promise<FormState<Empty>> {
  const id = uuid().safeParse(referralId);
  if (!id.success) return formFailure({}, notFound);
  return keepingInput(
    () => ({}),
    async () => {
      const result = await acceptReferral(await requireActor("cases.work"), id.data);
      if (result.ok) done(result.caseId, "accepted");
      return result;
    },
  );
}

export async function declineReferralAction(referralId: unknown, _: FormState<DeclineValues>, formData: FormData): Promise<FormState<DeclineValues>> {
  const id = uuid().safeParse(referralId);
  if (!id.success) return formFailure(declineValuesOf(formData), notFound);
  return keepingInput(
    () => declineValuesOf(formData),
    async () => {
      const result = await declineReferral(await requireActor("cases.work"), id.data, formData);
      if (result.ok) {
        revalidatePath("/work");
        redirect("/work?saved=declined");
      }
      return result;
    },
  );
}

export async function withdrawReferralAction(referralId: unknown, _: FormState<Empty>): Promise<FormState<Empty>> {
  const id = uuid().safeParse(referralId);
  if (!id.success) return formFailure({}, notFound);
  return keepingInput(
    () => ({}),
    async () => {
      const result = await withdrawReferral(await requireActor("cases.work"), id.data);
      if (result.ok) done(result.caseId, "withdrawn");
      return result;
    },
  );
}
