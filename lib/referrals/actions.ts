"use server";
// Referral server actions: each authenticates here; the functions they call authorise through
// lib/access and write with their audit row.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { done } from "@/lib/cases/after-save";
import type { FormState } from "@/lib/forms/form-state";
import { acceptReferral, declineReferral, withdrawReferral, type DeclineValues } from "./answer-referral";
import { sendReferral, type ReferralValues } from "./send-referral";

type Empty = Record<string, never>;

export async function sendReferralAction(caseId: string, _: FormState<ReferralValues>, formData: FormData): Promise<FormState<ReferralValues>> {
  const result = await sendReferral(await requireActor("cases.work"), caseId, formData);
  if (result.ok) done(caseId, "referral");
  return result;
}

export async function acceptReferralAction(referralId: string, _: FormState<Empty>): Promise<FormState<Empty>> {
  const result = await acceptReferral(await requireActor("cases.work"), referralId);
  if (result.ok) done(result.caseId, "accepted");
  return result;
}

export async function declineReferralAction(referralId: string, _: FormState<DeclineValues>, formData: FormData): Promise<FormState<DeclineValues>> {
  const result = await declineReferral(await requireActor("cases.work"), referralId, formData);
  if (result.ok) {
    revalidatePath("/work");
    redirect("/work?saved=declined");
  }
  return result;
}

export async function withdrawReferralAction(caseId: string, referralId: string, _: FormState<Empty>): Promise<FormState<Empty>> {
  const result = await withdrawReferral(await requireActor("cases.work"), referralId);
  if (result.ok) done(caseId, "withdrawn");
  return result;
}
